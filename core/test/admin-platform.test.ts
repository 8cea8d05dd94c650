import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, TestClient, TEST_PASSWORD,
  type TenantFixture, type TestApp,
} from '../src/testing/index.js';
import { AccountService } from '../src/server/accounts/account-service.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';
import { Tenant } from '../src/server/entities/tenant.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
  (body.errors ?? []).map((e) => e.field);

describe(`Platform administration (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let platform: TestClient;

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });
    const em = test.em();
    await test.app.container.get(AccountService).create(em, {
      role: 'platform-admin', displayName: 'Platform', username: 'platform',
      password: TEST_PASSWORD,
    });
    await em.flush();
    platform = await new TestClient(test.url).signIn(undefined, 'platform', TEST_PASSWORD);
  });
  after(async () => {
    await test?.close();
  });

  it('should list every tenant', async () => {
    const answer = await platform.get('/api/platform/tenants');
    expect(answer.status).to.equal(200);
    expect(answer.body.items.map((t: { slug: string }) => t.slug))
      .to.include.members([north.slug, south.slug]);
  });

  it('should make a tenant with the employee types of its kind and a first admin', async () => {
    const made = await platform.post('/api/platform/tenants', {
      slug: 'dagcentrum-oost', name: 'Dagcentrum Oost', kind: 'arbeidszorg',
      settings: { nameSort: 'main-part' },
    });
    expect(made.status).to.equal(201);
    expect(made.body).to.include({ slug: 'dagcentrum-oost', kind: 'arbeidszorg', active: true });
    expect(made.body.enabledPlugins).to.deep.equal([]);

    const first = await platform.post(`/api/platform/tenants/${made.body.id}/accounts`, {
      displayName: 'Els Maes', email: 'els@oost.be', password: 'een-goed-wachtwoord',
    });
    expect(first.status).to.equal(201);
    expect(first.body.role).to.equal('admin');

    const admin = await new TestClient(test.url)
      .signIn('dagcentrum-oost', 'els@oost.be', 'een-goed-wachtwoord');
    const types = await admin.get('/api/admin/employee-types');
    expect(types.body.items.map((t: { code: string }) => t.code)).to.include('ama-participant');
    expect((await admin.get('/api/admin/settings')).body.nameSort).to.equal('main-part');

    const audit = await test.emFor(made.body.id).find(AuditEntry, {});
    expect(audit.map((e) => e.action)).to.include.members(['tenant.create', 'account.create']);
  });

  it('should refuse bad slugs, kinds, plugins and fields, naming them', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ slug: 'Bad Slug', name: 'X', kind: 'other' }, 'slug'],
      [{ slug: '-x-', name: 'X', kind: 'other' }, 'slug'],
      [{ slug: 'goed', name: 'X', kind: 'bakery' }, 'kind'],
      [{ slug: 'goed', name: '', kind: 'other' }, 'name'],
      [{ slug: 'goed', name: 'X', kind: 'other', enabledPlugins: ['no-such'] }, 'enabledPlugins.0'],
      [{ slug: 'goed', name: 'X', kind: 'other', active: false }, 'active'],
      [{ slug: 'goed', name: 'X', kind: 'other', settings: { nameSort: 'x' } },
        'settings.nameSort'],
    ];
    for (const [body, field] of cases) {
      const answer = await platform.post('/api/platform/tenants', body);
      expect(answer.status, JSON.stringify(body)).to.equal(400);
      expect(fieldsOf(answer.body), JSON.stringify(body)).to.include(field);
    }
    expect(await test.em().count(Tenant, { slug: 'goed' })).to.equal(0);
  });

  it('should refuse a slug that is taken', async () => {
    const answer = await platform.post('/api/platform/tenants', {
      slug: north.slug, name: 'X', kind: 'other',
    });
    expect(answer.status).to.equal(409);
  });

  it('should rename a tenant', async () => {
    const answer = await platform.patch(`/api/platform/tenants/${north.tenant.id}`, {
      name: 'Atelier Noord vzw',
    });
    expect(answer.status).to.equal(200);
    expect(answer.body.name).to.equal('Atelier Noord vzw');
    const bad = await platform.patch(`/api/platform/tenants/${north.tenant.id}`, { slug: 'ander' });
    expect(bad.status).to.equal(400);
  });

  it('should keep tenant accounts out of the platform routes', async () => {
    const admin = await north.client('admin');
    expect((await admin.get('/api/platform/tenants')).status).to.equal(403);
    expect((await admin.post('/api/platform/tenants', {
      slug: 'x', name: 'X', kind: 'other',
    })).status)
      .to.equal(403);
    expect((await admin.post(`/api/platform/tenants/${south.tenant.id}/accounts`, {
      displayName: 'Inbreker', username: 'inbreker', password: 'een-goed-wachtwoord',
    })).status).to.equal(403);
  });

  it('should keep the platform admin out of the tenant admin routes', async () => {
    for (const path of ['accounts', 'fields', 'plugins', 'audit'].map((p) => `/api/admin/${p}`)) {
      expect((await platform.get(path)).status, path).to.equal(403);
    }
  });
});
