import {
  createTenantFixture, startTestApp, type TenantFixture, type TestApp, type TestClient,
} from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS } from '../src/common/development-plan-permissions.js';

/** Two tenants, as every tenant-scoped test has, on a fresh server. */
export interface PlanWorld {
  test: TestApp;
  north: TenantFixture;
  south: TenantFixture;
}

export async function startPlanWorld(): Promise<PlanWorld> {
  const test = await startTestApp();
  const north = await createTenantFixture(test, { slug: 'atelier-noord' });
  const south = await createTenantFixture(test, { slug: 'atelier-zuid' });
  return { test, north, south };
}

/** What a create answers: at least an id. */
export type Created = { id: string; [key: string]: unknown };

/** Posts `body` to `path` and fails the test unless it answers 201. */
export async function created(
  client: TestClient,
  path: string,
  body: Record<string, unknown>,
): Promise<Created> {
  const answer = await client.post(path, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${answer.text}`);
  return answer.body;
}

/** A plan for `personId` for 2026. */
export function createPlan(client: TestClient, personId: string): Promise<Created> {
  return created(client, DEVELOPMENT_PLAN_PATHS.plansOf(personId), {
    periodFrom: '2026-01-01', periodTo: '2026-12-31',
  });
}

/** A goal with both levels, of the given kind. */
export function createGoal(
  client: TestClient,
  planId: string,
  overrides: Record<string, unknown> = {},
): Promise<Created> {
  return created(client, DEVELOPMENT_PLAN_PATHS.goals(planId), {
    title: 'Op tijd beginnen', competence: 'Stiptheid', competenceKind: 'generic',
    currentLevel: 'Soms te laat', targetLevel: 'Elke dag op tijd', ...overrides,
  });
}

export function createAction(
  client: TestClient,
  goalId: string,
  overrides: Record<string, unknown> = {},
): Promise<Created> {
  return created(client, DEVELOPMENT_PLAN_PATHS.actions(goalId), {
    text: 'Wekker vroeger zetten', dueDate: '2026-03-01', ...overrides,
  });
}

/** The fields a 400 answer names. */
export function fieldsOf(body: { errors?: Array<{ field: string }> }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}
