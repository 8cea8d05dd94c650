import {
  createTenantFixture, startTestApp, type TenantFixture, type TestApp, type TestClient,
  type TestResponse,
} from '@dots/core/testing';

/** Two tenants, as every tenant-scoped test has, on a fresh server. */
export interface DossierWorld {
  test: TestApp;
  north: TenantFixture;
  south: TenantFixture;
}

export async function startDossierWorld(): Promise<DossierWorld> {
  const test = await startTestApp();
  const north = await createTenantFixture(test, { slug: 'atelier-noord' });
  const south = await createTenantFixture(test, { slug: 'atelier-zuid' });
  return { test, north, south };
}

/** A person of the tenant besides the employee's own, added through the API. */
export async function addPerson(staff: TestClient, givenNames: string): Promise<string> {
  const answer = await staff.post('/api/people', { givenNames, familyName: 'Dossiertest' });
  if (answer.status !== 201) throw new Error(`person: ${answer.status} ${answer.text}`);
  return answer.body.id as string;
}

/** Fields a problem answer names. */
export function fieldsOf(answer: TestResponse): string[] {
  return ((answer.body?.errors ?? []) as Array<{ field: string }>).map((e) => e.field);
}

/** Throws unless the answer has `status`, so a fixture step cannot fail silently. */
export function expectStatus<T>(answer: TestResponse<T>, status: number): T {
  if (answer.status !== status) {
    throw new Error(`expected ${status}, got ${answer.status}: ${answer.text.slice(0, 300)}`);
  }
  return answer.body;
}

/** Monday to Friday 08:00–16:30 with a 30-minute break: 8 hours a day, 40 a week. */
export function weekdays(start = '08:00', end = '16:30', breakMinutes = 30, week = 'A') {
  return [1, 2, 3, 4, 5].map((weekday) => ({ week, weekday, start, end, breakMinutes }));
}
