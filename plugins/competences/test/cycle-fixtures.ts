import type { TestApp, TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import { CycleClock } from '../src/server/services/cycle-clock.js';
import { createMeasurement, created, fullAnswers } from './competence-fixtures.js';

/** Stands the cycles' clock at `iso` until the returned function is called. */
export function freezeCycleClock(test: TestApp, iso: string): () => void {
  const clock = test.app.container.get(CycleClock);
  clock.now = () => new Date(iso);
  return () => {
    Reflect.deleteProperty(clock, 'now');
  };
}

/** The tenant's employee types as forms read them. */
export async function employeeTypesOf(client: TestClient): Promise<Array<{ id: string }>> {
  const lists = await client.get('/api/lists');
  if (lists.status !== 200) throw new Error(`/api/lists: ${lists.status} ${lists.text}`);
  return lists.body.employeeTypes;
}

/** A person through the people API, e.g. `{ employeeTypeId, startDate, status }`. */
export async function addPerson(client: TestClient, familyName: string,
  extra: object = {}): Promise<string> {
  const body = { givenNames: 'Zofia', familyName, ...extra };
  const person = await created(client, '/api/people', body);
  return person.id;
}

/** A final measurement, periodic unless `kind` says otherwise. */
export async function measured(client: TestClient, personId: string, frameworkId: string,
  date: string, kind: 'periodic' | 'ad-hoc' = 'periodic'): Promise<string> {
  const measurement = await createMeasurement(client, personId, frameworkId, fullAnswers(), {
    date, kind,
  });
  const final = await client.post(PATHS.finalise(measurement.id));
  if (final.status !== 200) throw new Error(`finalise: ${final.status} ${final.text}`);
  return measurement.id;
}

/**
 * Counts the SQL statements the server sends while `run` runs, on the connection every request
 * shares. It spies, it does not stub: each statement still runs.
 */
export async function countQueries(test: TestApp, run: () => Promise<unknown>): Promise<number> {
  const connection = test.app.orm.em.getConnection();
  const execute = connection.execute;
  let count = 0;
  connection.execute = function counted(this: typeof connection, ...args: unknown[]) {
    count += 1;
    return Reflect.apply(execute, this, args);
  } as typeof execute;
  try {
    await run();
  } finally {
    connection.execute = execute;
  }
  return count;
}
