import {
  createTenantFixture, startTestApp, type TenantFixture, type TestApp, type TestClient,
} from '@dots/core/testing';
import { COMPETENCE_PATHS } from '../src/common/competence-permissions.js';

/** Two tenants, as every tenant-scoped test has, on a fresh server. */
export interface CompetenceWorld {
  test: TestApp;
  north: TenantFixture;
  south: TenantFixture;
}

export async function startCompetenceWorld(): Promise<CompetenceWorld> {
  const test = await startTestApp();
  const north = await createTenantFixture(test, { slug: 'atelier-noord' });
  const south = await createTenantFixture(test, { slug: 'kringloop-zuid' });
  return { test, north, south };
}

export type Created = { id: string; [key: string]: any };

/** Posts `body` to `path` and fails the test unless it answers 201. */
export async function created(client: TestClient, path: string, body: object): Promise<Created> {
  const answer = await client.post(path, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${answer.text}`);
  return answer.body;
}

const LEVELS = ['nog niet', 'met veel hulp', 'met wat hulp', 'zelfstandig'];

/** The content of case C10: "Samenwerken" with i1, i2, i3, plus a second competence. */
export function samenwerkenContent(text = 'Helpt collega’s') {
  return {
    scale: LEVELS,
    groups: [{
      key: 'social', name: 'Sociale vaardigheden',
      competences: [{
        key: 'samenwerken', name: 'Samenwerken',
        indicators: [
          { key: 'i1', text, levels: LEVELS },
          { key: 'i2', text: 'Verdeelt het werk', levels: LEVELS },
          { key: 'i3', text: 'Stemt af', levels: LEVELS },
        ],
      }, {
        key: 'communiceren', name: 'Communiceren',
        indicators: [
          { key: 'i4', text: 'Zegt wat nodig is', levels: LEVELS },
          { key: 'i5', text: 'Is beleefd', levels: LEVELS },
        ],
      }],
    }],
  };
}

export function createFramework(client: TestClient, name = 'Samenwerken'): Promise<Created> {
  return created(client, COMPETENCE_PATHS.frameworks, { name, content: samenwerkenContent() });
}

/** A draft measurement of `personId` on `frameworkId` with the given answers. */
export function createMeasurement(
  client: TestClient,
  personId: string,
  frameworkId: string,
  scores: object[] = [],
  extra: object = {},
): Promise<Created> {
  return created(client, COMPETENCE_PATHS.measurementsOf(personId), {
    frameworkId, date: '2026-03-10', kind: 'periodic', scores, ...extra,
  });
}

/** Answers for every indicator of the C10 content, i2 not observed. */
export function fullAnswers(values: [number, number, number, number] = [4, 2, 3, 3]) {
  return [
    { indicatorKey: 'i1', value: values[0] },
    { indicatorKey: 'i2', notObserved: true },
    { indicatorKey: 'i3', value: values[1] },
    { indicatorKey: 'i4', value: values[2] },
    { indicatorKey: 'i5', value: values[3] },
  ];
}

/** The fields a 400 answer names. */
export function fieldsOf(body: { errors?: Array<{ field: string }> }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}
