import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
  (body.errors ?? []).map((e) => e.field);

describe(`Role administration (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let admin: TestClient;

  interface RoleView {
    role: string;
    permissions: string[];
    custom: boolean;
    editable: boolean;
  }
  const roleOf = (body: { roles: RoleView[] }, role: string) =>
    body.roles.find((r) => r.role === role)!;

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });
    admin = await north.client('admin');
  });
  after(async () => {
    await test?.close();
  });

  it('should show each role with its permissions, and each permission labelled', async () => {
    const answer = await admin.get('/api/admin/roles');
    expect(answer.status).to.equal(200);
    const names = answer.body.permissions.map((p: { name: string }) => p.name);
    expect(roleOf(answer.body, 'admin').permissions).to.have.members(names);
    expect(roleOf(answer.body, 'admin').editable).to.equal(false);
    expect(roleOf(answer.body, 'coach').permissions).to.include('people.read');
    expect(roleOf(answer.body, 'coach').permissions).to.not.include('accounts.manage');
    const reset = answer.body.permissions
      .find((p: { name: string }) => p.name === 'accounts.reset-code');
    expect(reset).to.include({ pluginId: 'core', labelEn: "Reset an employee's sign-in code" });
  });

  it("should change a role's permissions at once, in its own tenant only", async () => {
    const coach = await north.client('coach');
    expect((await coach.get('/api/lists')).status).to.equal(200);

    const answer = await admin.put('/api/admin/roles/coach', { permissions: [] });
    expect(answer.status).to.equal(200);
    expect(roleOf(answer.body, 'coach')).to.include({ custom: true });
    expect(roleOf(answer.body, 'coach').permissions).to.deep.equal([]);
    expect((await coach.get('/api/lists')).status).to.equal(403);
    expect((await (await south.client('coach')).get('/api/lists')).status).to.equal(200);

    const audit = await test.emFor(north.tenant.id).find(AuditEntry, { action: 'role.update' });
    expect(audit.map((e) => e.subjectId)).to.deep.equal(['coach']);
  });

  it('should give a role back its defaults', async () => {
    const answer = await admin.delete('/api/admin/roles/coach');
    expect(answer.status).to.equal(200);
    expect(roleOf(answer.body, 'coach').custom).to.equal(false);
    expect(roleOf(answer.body, 'coach').permissions).to.include('people.read');
  });

  it('should refuse unknown permission names, naming them', async () => {
    const answer = await admin.put('/api/admin/roles/staff', {
      permissions: ['people.read', 'people.fly', 'everything'],
    });
    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer.body)).to.deep.equal(['permissions.1', 'permissions.2']);
    expect(answer.body.detail).to.contain('people.fly');
  });

  it("should refuse giving employees the core's permissions", async () => {
    const answer = await admin.put('/api/admin/roles/employee', { permissions: ['people.read'] });
    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer.body)).to.deep.equal(['permissions.0']);
  });

  it('should refuse changing the admin role, unknown roles and unknown fields', async () => {
    expect((await admin.put('/api/admin/roles/admin', { permissions: [] })).status).to.equal(409);
    expect((await admin.put('/api/admin/roles/platform-admin', { permissions: [] })).status)
      .to.equal(404);
    const extra = await admin.put('/api/admin/roles/staff', {
      permissions: [], tenantId: south.tenant.id,
    });
    expect(extra.status).to.equal(400);
    expect(fieldsOf(extra.body)).to.deep.equal(['tenantId']);
  });

  it('should refuse everyone without roles.manage', async () => {
    for (const role of ['staff', 'coach', 'employee'] as const) {
      const client = await north.client(role);
      expect((await client.get('/api/admin/roles')).status, role).to.equal(403);
      expect((await client.put('/api/admin/roles/staff', {
        permissions: ['roles.manage'],
      })).status, role)
        .to.equal(403);
    }
  });
});
