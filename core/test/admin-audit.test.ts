import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';
import { startOfBrusselsDay } from '../src/server/admin/audit-query.js';

interface Entry {
  id: string;
  at: string;
  action: string;
  accountId: string | null;
  accountName: string | null;
  personId: string | null;
}

describe(`Audit log (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let admin: TestClient;

  const list = async (query = ''): Promise<{ items: Entry[]; total: number }> => {
    const answer = await admin.get(`/api/admin/audit${query}`);
    expect(answer.status, answer.text).to.equal(200);
    return answer.body;
  };

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });
    admin = await north.client('admin');
    const southAdmin = await south.client('admin');

    for (let i = 0; i < 7; i += 1) {
      await admin.post('/api/admin/departments', { name: `Dienst ${i}` });
    }
    await admin.post('/api/admin/teams', { name: 'Ploeg A' });
    await southAdmin.post('/api/admin/departments', { name: 'Zuid' });

    // Entries of the last year, so date filters have something to leave out.
    const em = test.emFor(north.tenant.id);
    em.persist(em.create(AuditEntry, {
      at: new Date('2025-06-30T22:30:00Z'), action: 'person.read', subjectType: 'person',
      personId: north.employeePerson.id,
    }));
    em.persist(em.create(AuditEntry, {
      at: new Date('2025-07-01T21:59:00Z'), action: 'person.update', subjectType: 'person',
      personId: north.employeePerson.id,
    }));
    await em.flush();
  });
  after(async () => {
    await test?.close();
  });

  it("should list the tenant's own entries, newest first, with who did it", async () => {
    const page = await list();
    expect(page.total).to.be.at.least(10);
    const times = page.items.map((e) => Date.parse(e.at));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    expect(page.items.map((e) => e.action)).to.not.include('zuid');
    const made = page.items.filter((e) => e.action === 'department.create');
    expect(made).to.have.length(7);
    expect(made[0])
      .to.include({ accountId: north.accounts.admin.id, accountName: 'admin atelier-noord' });

    const southIds = (await test.emFor(south.tenant.id).find(AuditEntry, {})).map((e) => e.id);
    expect(page.items.map((e) => e.id)).to.not.include.members(southIds);
  });

  it('should page without gaps or repeats', async () => {
    const all = await list('?limit=200');
    const seen: string[] = [];
    for (let offset = 0; offset < all.total; offset += 3) {
      const page = await list(`?limit=3&offset=${offset}`);
      expect(page.total).to.equal(all.total);
      seen.push(...page.items.map((e) => e.id));
    }
    expect(seen).to.deep.equal(all.items.map((e) => e.id));
  });

  it('should filter on action, action prefix, account and person', async () => {
    expect((await list('?action=team.create')).items.map((e) => e.action))
      .to.deep.equal(['team.create']);
    const prefixed = await list('?action=person.*');
    expect(prefixed.items.map((e) => e.action))
      .to.include.members(['person.read', 'person.update']);
    expect(prefixed.items.every((e) => e.action.startsWith('person.'))).to.equal(true);
    const byAccount = await list(`?accountId=${north.accounts.admin.id}&action=department.create`);
    expect(byAccount.total).to.equal(7);
    const byPerson = await list(`?personId=${north.employeePerson.id}`);
    expect(byPerson.items.map((e) => e.personId)).to.satisfy((ids: string[]) =>
      ids.length >= 2 && ids.every((id) => id === north.employeePerson.id));
  });

  it('should filter on days in Belgian time and on instants', async () => {
    // 2025-06-30T22:30Z is already 1 July in Brussels; 2025-07-01T21:59Z is still 1 July.
    const day = await list('?from=2025-07-01&to=2025-07-01');
    expect(day.items.map((e) => e.action)).to.have.members(['person.read', 'person.update']);
    const instant = await list('?from=2025-07-01T00:00:00Z&to=2025-07-31T00:00:00Z');
    expect(instant.items.map((e) => e.action)).to.deep.equal(['person.update']);
    expect(startOfBrusselsDay('2025-01-15').toISOString()).to.equal('2025-01-14T23:00:00.000Z');
  });

  it('should refuse bad filters, naming them', async () => {
    const queries = ['?from=gisteren', '?limit=0', '?limit=500', '?action=DROP%20TABLE', '?x=1'];
    for (const query of queries) {
      const answer = await admin.get(`/api/admin/audit${query}`);
      expect(answer.status, query).to.equal(400);
      expect(answer.body.errors[0].field, query).to.match(/^query\./);
    }
  });

  it('should refuse everyone without audit.read', async () => {
    for (const role of ['staff', 'coach', 'employee'] as const) {
      const client = await north.client(role);
      expect((await client.get('/api/admin/audit')).status, role).to.equal(403);
    }
  });
});
