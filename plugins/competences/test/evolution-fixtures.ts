import type { EntityManager } from '@mikro-orm/core';
import { Department, Person } from '@dots/core';
import type { TestApp, TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import type { Perspective } from '../src/common/competence-permissions.js';
import {
  CompetenceFramework, CompetenceFrameworkVersion, CompetenceMeasurement, CompetenceScore,
} from '../src/server/entities/index.js';
import { createMeasurement } from './competence-fixtures.js';

/** An answer as `[indicatorKey, level]`, or `[indicatorKey, 'n.o.']` for not observed. */
export type Answer = [string, number | 'n.o.'];

const COMPETENCE_OF: Record<string, string> = {
  i1: 'samenwerken', i2: 'samenwerken', i3: 'samenwerken', i4: 'communiceren', i5: 'communiceren',
};

function answerBodies(answers: Answer[]) {
  return answers.map(([indicatorKey, value]) => value === 'n.o.'
    ? { indicatorKey, notObserved: true } : { indicatorKey, value });
}

/** A coach's final measurement through the staff routes. */
export async function finalCoachMeasurement(client: TestClient, personId: string,
  frameworkId: string, date: string, answers: Answer[]): Promise<string> {
  const draft = await createMeasurement(client, personId, frameworkId, answerBodies(answers),
    { date });
  const final = await client.post(PATHS.finalise(draft.id), {});
  if (final.status !== 200) throw new Error(`finalise: ${final.status} ${final.text}`);
  return draft.id;
}

/**
 * A measurement written straight through the entity manager, as the self-assessment routes
 * store it (perspective `self`, no assessor), so these tests do not lean on those routes.
 */
export async function storedMeasurement(test: TestApp, tenantId: string, options: {
  personId: string; frameworkId: string; date: string; perspective: Perspective;
  status: 'draft' | 'final'; answers: Answer[];
}): Promise<string> {
  const em = test.emFor(tenantId);
  const framework = await em.findOneOrFail(CompetenceFramework, { id: options.frameworkId });
  const version = await em.findOneOrFail(CompetenceFrameworkVersion, {
    framework: framework.id, number: framework.currentVersion,
  });
  const person = em.getReference(Person, options.personId);
  const measurement = em.create(CompetenceMeasurement, {
    person, framework, version, date: options.date, kind: 'periodic',
    perspective: options.perspective, status: options.status, assessor: null,
    finalisedAt: options.status === 'final' ? new Date() : null,
  });
  em.persist(measurement);
  for (const [indicatorKey, value] of options.answers) {
    em.persist(em.create(CompetenceScore, {
      measurement, person, indicatorKey, competenceKey: COMPETENCE_OF[indicatorKey]!,
      value: value === 'n.o.' ? null : value, notObserved: value === 'n.o.',
    }));
  }
  await em.flush();
  return measurement.id;
}

/** Marks a coach's final measurement as shared with the employee, as the share route does. */
export async function markShared(em: EntityManager, measurementId: string): Promise<void> {
  const measurement = await em.findOneOrFail(CompetenceMeasurement, { id: measurementId });
  measurement.sharedAt = new Date();
  await em.flush();
}

/** Puts a person in a department, straight in the database (the API asks for a version). */
export async function placeInDepartment(em: EntityManager, personId: string,
  departmentId: string): Promise<void> {
  const person = await em.findOneOrFail(Person, { id: personId });
  person.department = em.getReference(Department, departmentId);
  await em.flush();
}
