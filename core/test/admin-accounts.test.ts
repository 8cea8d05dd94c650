import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, TestClient, TEST_PASSWORD,
  type TenantFixture, type TestApp,
} from '../src/testing/index.js';
import { Account } from '../src/server/entities/account.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';

const GOOD = 'een-goed-wachtwoord';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
  (body.errors ?? []).map((e) => e.field);

describe(`Account administration (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let admin: TestClient;

  const signIn = (fixture: TenantFixture, login: string, password: string) =>
    new TestClient(test.url).post('/api/auth/login', { tenant: fixture.slug, login, password });

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });
    admin = await north.client('admin');
  });
  after(async () => {
    await test?.close();
  });

  describe('GET /api/admin/accounts', () => {
    it("should list the tenant's own accounts only", async () => {
      const answer = await admin.get('/api/admin/accounts');
      expect(answer.status).to.equal(200);
      const ids = answer.body.items.map((a: { id: string }) => a.id);
      expect(ids).to.include.members(Object.values(north.accounts).map((a) => a.id));
      for (const account of Object.values(south.accounts)) expect(ids).to.not.include(account.id);
      expect(answer.body.items[0]).to.not.have.property('passwordHash');
    });

    it('should filter on role and activity', async () => {
      const answer = await admin.get('/api/admin/accounts?role=coach&active=true');
      expect(answer.body.items.map((a: { id: string }) => a.id))
        .to.deep.equal([north.accounts.coach.id]);
    });

    it('should show staff the employee accounts only', async () => {
      const staff = await north.client('staff');
      const answer = await staff.get('/api/admin/accounts');
      expect(answer.status).to.equal(200);
      expect(answer.body.items.map((a: { role: string }) => a.role)).to.deep.equal(['employee']);
      expect((await staff.get(`/api/admin/accounts/${north.accounts.coach.id}`)).status)
        .to.equal(403);
    });

    it('should refuse coaches and employees', async () => {
      expect((await (await north.client('coach')).get('/api/admin/accounts')).status).to.equal(403);
      const employee = await north.client('employee');
      expect((await employee.get('/api/admin/accounts')).status).to.be.oneOf([403, 404]);
    });

    it("should answer 404 for another tenant's account", async () => {
      const answer = await admin.get(`/api/admin/accounts/${south.accounts.coach.id}`);
      expect(answer.status).to.equal(404);
    });
  });

  describe('POST /api/admin/accounts', () => {
    it('should make a coach who can sign in with the password given', async () => {
      const answer = await admin.post('/api/admin/accounts', {
        displayName: 'Jonas Peeters', username: 'Jonas.Peeters', role: 'coach', password: GOOD,
      });
      expect(answer.status).to.equal(201);
      expect(answer.body.account).to.include({ username: 'jonas.peeters', role: 'coach' });
      expect(answer.body).to.not.have.property('code');
      expect((await signIn(north, 'jonas.peeters', 'een-goed-wachtwoord')).status).to.equal(200);
    });

    it('should give an employee without password a code that signs in', async () => {
      const person = await createPerson(admin, 'Öztürk');
      const answer = await admin.post('/api/admin/accounts', {
        displayName: 'Ayşe Öztürk', username: 'ayse', role: 'employee', personId: person,
      });
      expect(answer.status).to.equal(201);
      expect(answer.body.code).to.match(/^[a-z2-9]{8}$/);
      expect(answer.body.account.personId).to.equal(person);
      expect((await signIn(north, 'ayse', answer.body.code)).status).to.equal(200);

      const again = await admin.post('/api/admin/accounts', {
        displayName: 'Ayşe bis', username: 'ayse2', role: 'employee', personId: person,
      });
      expect(again.status).to.equal(409);
    });

    it('should refuse an employee without a person, or of another tenant', async () => {
      const none = await admin.post('/api/admin/accounts', {
        displayName: 'X', username: 'x1', role: 'employee',
      });
      expect(none.status).to.equal(400);
      expect(fieldsOf(none.body)).to.include('personId');

      const foreign = await admin.post('/api/admin/accounts', {
        displayName: 'X', username: 'x2', role: 'employee', personId: south.employeePerson.id,
      });
      expect(foreign.status).to.equal(400);
      expect(fieldsOf(foreign.body)).to.include('personId');
    });

    it('should refuse a role that is not one of the four, and unknown fields', async () => {
      for (const role of ['platform-admin', 'superuser']) {
        const answer = await admin.post('/api/admin/accounts', {
          displayName: 'X', username: `r-${role}`, role, password: 'een-goed-wachtwoord',
        });
        expect(answer.status).to.equal(400);
        expect(fieldsOf(answer.body)).to.include('role');
      }
      const extra = await admin.post('/api/admin/accounts', {
        displayName: 'X', username: 'x3', role: 'coach', password: 'een-goed-wachtwoord',
        tenantId: south.tenant.id, permissions: ['accounts.manage'],
      });
      expect(extra.status).to.equal(400);
      expect(fieldsOf(extra.body)).to.include.members(['tenantId', 'permissions']);
      expect(await test.em().count(Account, { username: { $like: 'x%' } })).to.equal(0);
    });

    it('should refuse a login of the same tenant, not one of another tenant', async () => {
      const clash = await admin.post('/api/admin/accounts', {
        displayName: 'Dubbel', username: 'coach', role: 'coach', password: 'een-goed-wachtwoord',
      });
      expect(clash.status).to.equal(409);
      const southAdmin = await south.client('admin');
      const free = await southAdmin.post('/api/admin/accounts', {
        displayName: 'Jonas Zuid', username: 'jonas.peeters', role: 'coach', password: GOOD,
      });
      expect(free.status).to.equal(201);
    });

    it('should refuse staff creating an admin (C20)', async () => {
      const staff = await north.client('staff');
      const answer = await staff.post('/api/admin/accounts', {
        login: 'nieuw.coach', role: 'admin',
      });
      expect(answer.status).to.be.oneOf([400, 403]);
      const made = await staff.post('/api/admin/accounts', {
        displayName: 'Nieuw', username: 'nieuw.coach', role: 'admin', password: GOOD,
      });
      expect(made.status).to.equal(403);
      expect(await test.em().count(Account, { username: 'nieuw.coach' })).to.equal(0);
    });

    it('should let only an admin give the admin role, not staff with accounts.manage', async () => {
      const granted = await admin.put('/api/admin/roles/staff', {
        permissions: ['people.read', 'accounts.manage', 'accounts.reset-code'],
      });
      expect(granted.status).to.equal(200);
      try {
        const staff = await north.client('staff');
        const made = await staff.post('/api/admin/accounts', {
          displayName: 'Baas', username: 'baas', role: 'admin', password: 'een-goed-wachtwoord',
        });
        expect(made.status).to.equal(403);
        const promote = await staff.patch(`/api/admin/accounts/${north.accounts.staff.id}`, {
          role: 'admin',
        });
        expect(promote.status).to.equal(403);
        const demote = await staff.patch(`/api/admin/accounts/${north.accounts.admin.id}`, {
          active: false,
        });
        expect(demote.status).to.equal(403);

        const refused = await test.emFor(north.tenant.id).find(AuditEntry, {
          action: 'account.refused',
        });
        expect(refused.length).to.be.at.least(3);
        expect(await test.em().count(Account, { username: 'baas' })).to.equal(0);
        const staffRow = await test.em().findOneOrFail(Account, north.accounts.staff.id);
        expect(staffRow.role).to.equal('staff');
      } finally {
        await admin.delete('/api/admin/roles/staff');
      }
    });
  });

  describe('PATCH /api/admin/accounts/:id', () => {
    it('should end the sessions of a deactivated account at once', async () => {
      const coach = await north.client('coach');
      expect((await coach.get('/api/session')).status).to.equal(200);

      const answer = await admin.patch(`/api/admin/accounts/${north.accounts.coach.id}`, {
        active: false,
      });
      expect(answer.status).to.equal(200);
      expect(answer.body.active).to.equal(false);
      expect((await coach.get('/api/session')).status).to.equal(401);
      expect((await signIn(north, 'coach', TEST_PASSWORD)).status).to.equal(401);

      await admin.patch(`/api/admin/accounts/${north.accounts.coach.id}`, { active: true });
      expect((await signIn(north, 'coach', TEST_PASSWORD)).status).to.equal(200);
    });

    it('should change name, e-mail and language and write the change to the audit', async () => {
      const answer = await admin.patch(`/api/admin/accounts/${north.accounts.staff.id}`, {
        displayName: 'Sarah Janssens', email: 'Sarah@Atelier.be', locale: 'en',
      });
      expect(answer.status).to.equal(200);
      expect(answer.body)
        .to.include({ displayName: 'Sarah Janssens', email: 'sarah@atelier.be', locale: 'en' });
      const entries = await test.emFor(north.tenant.id).find(AuditEntry, {
        action: 'account.update', subjectId: north.accounts.staff.id,
      });
      expect(entries.at(-1)?.details?.fields)
        .to.include.members(['displayName', 'email', 'locale']);
    });

    it('should refuse unknown fields and the platform admin role (C20)', async () => {
      const id = north.accounts.coach.id;
      const extra = await admin.patch(`/api/admin/accounts/${id}`, {
        displayName: 'C', tenantId: south.tenant.id,
      });
      expect(extra.status).to.equal(400);
      expect(fieldsOf(extra.body)).to.include('tenantId');
      const platform = await admin.patch(`/api/admin/accounts/${id}`, { role: 'platform-admin' });
      expect(platform.status).to.equal(400);
      const row = await test.em().findOneOrFail(Account, id, { populate: ['tenant'] });
      expect(row.role).to.equal('coach');
      expect(row.tenant?.id).to.equal(north.tenant.id);
    });

    it('should refuse to turn an account into an employee, or an employee into staff', async () => {
      const answer = await admin.patch(`/api/admin/accounts/${north.accounts.employee.id}`, {
        role: 'staff',
      });
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer.body)).to.include('role');
    });

    it('should refuse an admin taking away their own access', async () => {
      const id = north.accounts.admin.id;
      expect((await admin.patch(`/api/admin/accounts/${id}`, { active: false })).status)
        .to.equal(409);
      expect((await admin.patch(`/api/admin/accounts/${id}`, { role: 'staff' })).status)
        .to.equal(409);
    });

    it("should answer 404 for another tenant's account and change nothing", async () => {
      const id = south.accounts.coach.id;
      expect((await admin.patch(`/api/admin/accounts/${id}`, { active: false })).status)
        .to.equal(404);
      expect((await test.em().findOneOrFail(Account, id)).active).to.equal(true);
    });
  });

  describe('POST /api/admin/accounts/:id/reset-code', () => {
    it("should let staff reset an employee's code: the old one fails, sessions end", async () => {
      const employee = await north.client('employee');
      const staff = await north.client('staff');
      const path = `/api/admin/accounts/${north.accounts.employee.id}/reset-code`;
      const answer = await staff.post(path);
      expect(answer.status).to.equal(200);
      expect(answer.body.code).to.match(/^[a-z2-9]{8}$/);

      expect((await employee.get('/api/session')).status).to.equal(401);
      expect((await signIn(north, 'employee', TEST_PASSWORD)).status).to.equal(401);
      expect((await signIn(north, 'employee', answer.body.code)).status).to.equal(200);

      const entries = await test.emFor(north.tenant.id).find(AuditEntry, {
        action: 'account.reset-code',
      });
      expect(entries.map((e) => e.personId)).to.include(north.employeePerson.id);
    });

    it('should refuse staff resetting the code of a non-employee', async () => {
      const staff = await north.client('staff');
      const answer = await staff.post(`/api/admin/accounts/${north.accounts.coach.id}/reset-code`);
      expect(answer.status).to.equal(403);
      expect((await signIn(north, 'coach', TEST_PASSWORD)).status).to.equal(200);
    });

    it('should refuse coaches, and answer 404 for another tenant', async () => {
      const coach = await north.client('coach');
      const own = `/api/admin/accounts/${north.accounts.employee.id}/reset-code`;
      expect((await coach.post(own)).status)
        .to.equal(403);
      const staff = await north.client('staff');
      const foreign = `/api/admin/accounts/${south.accounts.employee.id}/reset-code`;
      expect((await staff.post(foreign)).status)
        .to.equal(404);
    });

    it('should tell an admin that codes are for employees', async () => {
      const answer = await admin.post(`/api/admin/accounts/${north.accounts.coach.id}/reset-code`);
      expect(answer.status).to.equal(409);
    });
  });

  describe('POST /api/admin/accounts/:id/password', () => {
    it("should set a password and end the account's sessions", async () => {
      const coach = await north.client('coach');
      const answer = await admin.post(`/api/admin/accounts/${north.accounts.coach.id}/password`, {
        password: 'nieuw-wachtwoord-2026',
      });
      expect(answer.status).to.equal(204);
      expect((await coach.get('/api/session')).status).to.equal(401);
      expect((await signIn(north, 'coach', TEST_PASSWORD)).status).to.equal(401);
      expect((await signIn(north, 'coach', 'nieuw-wachtwoord-2026')).status).to.equal(200);
    });

    it('should refuse a short password, naming the field', async () => {
      const answer = await admin.post(`/api/admin/accounts/${north.accounts.coach.id}/password`, {
        password: 'kort',
      });
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer.body)).to.deep.equal(['password']);
    });
  });
});

/** A person made through the people API, as an admin's screen would. */
async function createPerson(client: TestClient, familyName: string): Promise<string> {
  const answer = await client.post('/api/people', { givenNames: 'Ayşe', familyName });
  if (answer.status !== 201) throw new Error(`person not made: ${answer.status} ${answer.text}`);
  return answer.body.id;
}
