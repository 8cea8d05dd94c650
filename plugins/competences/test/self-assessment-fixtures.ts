import { TestClient, type TenantFixture, type TestApp } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import { created, fullAnswers, type Created } from './competence-fixtures.js';

const PASSWORD = 'een-lang-wachtwoord-2026';

/**
 * A second employee of the tenant, with a dossier of their own: the colleague of case C8.
 * `personExtra` adds to their person, e.g. `{ employeeTypeId }`.
 */
export async function colleagueOf(test: TestApp, tenant: TenantFixture, username: string,
  personExtra: object = {}) {
  const admin = await tenant.client('admin');
  const person = await created(admin, '/api/people', {
    givenNames: 'Çağla', familyName: `Öztürk ${username}`, ...personExtra,
  });
  await created(admin, '/api/admin/accounts', {
    displayName: `Çağla ${username}`, username, role: 'employee', personId: person.id,
    password: PASSWORD,
  });
  const client = await new TestClient(test.url).signIn(tenant.slug, username, PASSWORD);
  return { personId: person.id, client };
}

/**
 * Offers `frameworkId` to the person for a self-assessment, the way a coach prepares it: a cycle
 * of their own that asks for one. Returns the cycle's id.
 */
export async function offeredFor(staff: TestClient, personId: string, frameworkId: string,
  withSelfAssessment = true): Promise<string> {
  const cycle = await created(staff, PATHS.cycles, {
    frameworkId, personId, intervalMonths: 6, startsOn: '2026-01-01', withSelfAssessment,
  });
  return cycle.id;
}

/** A self-assessment by `employee` on `frameworkId`, answered in full and handed in. */
export async function submittedSelfAssessment(
  employee: TestClient,
  frameworkId: string,
  values: [number, number, number, number] = [2, 2, 2, 2],
): Promise<Created> {
  const draft = await startedSelfAssessment(employee, frameworkId);
  await answered(employee.patch(PATHS.mySelfAssessment(draft.id), {
    scores: fullAnswers(values),
  }));
  return answered(employee.post(PATHS.submitSelfAssessment(draft.id), {}));
}

/** The employee's draft on `frameworkId`: a new one, or the open one there already. */
export async function startedSelfAssessment(employee: TestClient, frameworkId: string) {
  return answered(employee.post(PATHS.mySelfAssessments, { frameworkId }));
}

/** The body of a 2xx answer; any other answer fails the test with what the server said. */
async function answered(request: Promise<{ status: number; body: any; text: string }>) {
  const answer = await request;
  if (answer.status >= 300) throw new Error(`${answer.status} ${answer.text}`);
  return answer.body as Created;
}
