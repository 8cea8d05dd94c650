import { expect } from 'chai';
import { AuditEntry } from '../src/server/entities/index.js';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
} from '../src/testing/index.js';

describe(`Refused requests in the audit (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid' });
  });
  after(async () => {
    await test?.close();
  });

  const refusals = (fixture: TenantFixture) =>
    test.emFor(fixture.tenant.id).find(AuditEntry, { action: 'request.refused' });

  it('should record fields an employee may not set, by name and without values', async () => {
    const employee = await a.client('employee');
    const answer = await employee.patch('/api/me', {
      displayName: 'Jana', role: 'admin', tenantId: b.tenant.id,
    });

    expect(answer.status).to.equal(400);
    const entries = await refusals(a);
    const entry = entries.find((e) => e.accountId === a.accounts.employee.id);
    expect(entry?.details).to.deep.include({ route: 'PATCH /api/me', reason: 'unknown_fields' });
    expect(entry?.details?.fields).to.have.members(['role', 'tenantId']);
    expect(JSON.stringify(entry?.details)).to.not.include(b.tenant.id);
  });

  it('should record a route the role may not use, in its own tenant only', async () => {
    const coach = await a.client('coach');
    const answer = await coach.get('/api/admin/accounts');

    expect(answer.status).to.equal(403);
    const entry = (await refusals(a)).find((e) => e.accountId === a.accounts.coach.id);
    expect(entry?.details).to.deep.include({ route: 'GET /api/admin/accounts' });
    expect(await refusals(b)).to.have.length(0);
  });

  it('should not audit plain mistakes such as a wrong type', async () => {
    const before = (await refusals(a)).length;
    const staff = await a.client('staff');
    const answer = await staff.post('/api/people', { givenNames: 42, familyName: 'Peeters' });

    expect(answer.status).to.equal(400);
    expect(await refusals(a)).to.have.length(before);
  });
});
