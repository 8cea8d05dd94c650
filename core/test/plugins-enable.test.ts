import { expect } from 'chai';
import { ContainerModule, injectable } from 'inversify';
import { Entity, Property } from '@mikro-orm/core';
import { z } from 'zod';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import {
  PermissionContribution, RouteContribution,
} from '../src/server/plugins/extension-points.js';
import type { RouteRegistrar } from '../src/server/http/route-registrar.js';
import { TenantOwnedEntity } from '../src/server/entities/tenant-owned-entity.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';
import { Tenant } from '../src/server/entities/tenant.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';
import { RouteRegistry } from '../src/server/http/route-registry.js';

/** A row of the test plugin, so that "its data stays" can be seen. */
@Entity({ tableName: 'test_note' })
class TestNote extends TenantOwnedEntity {
  @Property({ type: 'string', length: 200 })
  text!: string;
}

@injectable()
class NoteRoutes {
  readonly pluginId = 'test-notes';

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: 'test-notes.use' };
    routes.add({
      method: 'get', path: '/', summary: 'Notes', access,
      handler: async (ctx) => (await ctx.em.find(TestNote, {})).map((note) => note.text),
    });
    routes.add({
      method: 'post', path: '/', summary: 'Add a note', access, status: 201,
      body: z.strictObject({ text: z.string().min(1).max(200) }),
      handler: async (ctx, { body }) => {
        ctx.em.persist(ctx.em.create(TestNote, { text: body.text }));
        return { ok: true };
      },
    });
  }

  permissions() {
    return [{
      name: 'test-notes.use', labelNl: 'Notities', labelEn: 'Notes',
      defaultRoles: ['staff' as const],
    }];
  }
}

@injectable()
class BaseRoutes {
  readonly pluginId = 'test-base';

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/ping', summary: 'Ping', access: 'signed-in',
      handler: async () => ({ pong: true }),
    });
  }
}

const testBase = definePlugin({
  id: 'test-base', version: '0.0.1', labelNl: 'Basis', labelEn: 'Base',
  module: new ContainerModule((options) => {
    bindContribution(options, BaseRoutes, [RouteContribution]);
  }),
});

const testNotes = definePlugin({
  id: 'test-notes', version: '0.0.1', labelNl: 'Notities', labelEn: 'Notes',
  requires: ['test-base'],
  entities: [TestNote],
  migrations: [{
    name: '0001-notes',
    sqlite: [
      'create table `test_note` (`id` text not null, `created_at` datetime not null, ' +
        '`updated_at` datetime not null, `tenant_id` text not null, `text` text not null, ' +
        'primary key (`id`))',
    ],
    mysql: [
      'create table `test_note` (`id` varchar(36) not null, `created_at` datetime not null, ' +
        '`updated_at` datetime not null, `tenant_id` varchar(36) not null, ' +
        '`text` varchar(200) not null, primary key (`id`))',
    ],
  }],
  module: new ContainerModule((options) => {
    bindContribution(options, NoteRoutes, [RouteContribution, PermissionContribution]);
  }),
});

describe(`Plugin enabling per tenant (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let adminNorth: TestClient;
  let staffNorth: TestClient;
  let staffSouth: TestClient;

  const switchPlugin = (client: TestClient, id: string, enabled: boolean) =>
    client.put(`/api/admin/plugins/${id}`, { enabled });

  before(async () => {
    test = await startTestApp({ plugins: [testBase, testNotes] });
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });
    adminNorth = await north.client('admin');
    staffNorth = await north.client('staff');
    staffSouth = await south.client('staff');
  });
  after(async () => {
    await test?.close();
  });

  it('should list every installed plugin with its requirements and state', async () => {
    const answer = await adminNorth.get('/api/admin/plugins');
    expect(answer.status).to.equal(200);
    const notes = answer.body.items.find((p: { id: string }) => p.id === 'test-notes');
    expect(notes).to.include({ enabled: true, labelEn: 'Notes' });
    expect(notes.requires).to.deep.equal(['test-base']);
    const base = answer.body.items.find((p: { id: string }) => p.id === 'test-base');
    expect(base.requiredBy).to.deep.equal(['test-notes']);
  });

  it('should answer 404 on a disabled plugin for that tenant only, and keep its data', async () => {
    expect((await staffNorth.post('/api/test-notes', { text: 'noord' })).status).to.equal(201);
    expect((await staffSouth.post('/api/test-notes', { text: 'zuid' })).status).to.equal(201);

    const off = await switchPlugin(adminNorth, 'test-notes', false);
    expect(off.status).to.equal(200);
    expect(off.body.enabled).to.equal(false);

    // The very next request of an already signed-in account sees the change: no restart.
    expect((await staffNorth.get('/api/test-notes')).status).to.equal(404);
    expect((await staffNorth.post('/api/test-notes', { text: 'x' })).status).to.equal(404);
    const session = await staffNorth.get('/api/session');
    expect(session.body.permissions).to.not.include('test-notes.use');
    expect((await staffSouth.get('/api/test-notes')).body).to.deep.equal(['zuid']);

    const rows = await test.em().find(TestNote, {}, { filters: false });
    expect(rows.map((row) => row.text).sort()).to.deep.equal(['noord', 'zuid']);

    expect((await switchPlugin(adminNorth, 'test-notes', true)).status).to.equal(200);
    const back = await staffNorth.get('/api/test-notes');
    expect(back.status).to.equal(200);
    expect(back.body).to.deep.equal(['noord']);
  });

  it('should refuse to disable a plugin another enabled plugin requires, naming it', async () => {
    const answer = await switchPlugin(adminNorth, 'test-base', false);
    expect(answer.status).to.equal(409);
    expect(answer.headers.get('content-type')).to.match(/application\/problem\+json/);
    expect(answer.body.detail).to.contain('test-notes');
    expect(answer.body.requiredBy).to.deep.equal(['test-notes']);
    expect((await staffNorth.get('/api/test-base/ping')).status).to.equal(200);
  });

  it('should refuse to enable a plugin whose requirement is off, naming it', async () => {
    expect((await switchPlugin(adminNorth, 'test-notes', false)).status).to.equal(200);
    expect((await switchPlugin(adminNorth, 'test-base', false)).status).to.equal(200);
    expect((await staffNorth.get('/api/test-base/ping')).status).to.equal(404);

    const answer = await switchPlugin(adminNorth, 'test-notes', true);
    expect(answer.status).to.equal(409);
    expect(answer.body.detail).to.contain('test-base');
    expect(answer.body.requires).to.deep.equal(['test-base']);

    expect((await switchPlugin(adminNorth, 'test-base', true)).status).to.equal(200);
    expect((await switchPlugin(adminNorth, 'test-notes', true)).status).to.equal(200);
    expect((await staffNorth.get('/api/test-notes')).body).to.deep.equal(['noord']);
  });

  it('should answer 404 for a plugin that is not installed', async () => {
    const answer = await switchPlugin(adminNorth, 'no-such-plugin', true);
    expect(answer.status).to.equal(404);
  });

  it('should refuse a tenantId in the body and change no tenant (C20)', async () => {
    const answer = await adminNorth.put('/api/admin/plugins/test-notes', {
      enabled: false, tenantId: south.tenant.id,
    });
    expect(answer.status).to.equal(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).to.include('tenantId');

    const tenants = await test.em().find(Tenant, {}, { orderBy: { slug: 'asc' } });
    for (const tenant of tenants) expect(tenant.enabledPlugins).to.include('test-notes');
  });

  it('should let only holders of plugins.manage switch plugins', async () => {
    const coach = await north.client('coach');
    const employee = await north.client('employee');
    expect((await switchPlugin(staffNorth, 'test-notes', false)).status).to.equal(403);
    expect((await switchPlugin(coach, 'test-notes', false)).status).to.equal(403);
    expect((await switchPlugin(employee, 'test-notes', false)).status).to.equal(403);
    expect((await coach.get('/api/admin/plugins')).status).to.equal(403);
    expect((await staffNorth.get('/api/test-notes')).status).to.equal(200);
  });

  it('should write each switch to the audit of its own tenant', async () => {
    const entries = await test.em().find(AuditEntry, { action: { $like: 'plugin.%' } }, {
      filters: false,
    });
    expect(entries.length).to.be.greaterThan(0);
    for (const entry of entries) expect(entry.tenant.id).to.equal(north.tenant.id);
    expect(entries.map((e) => e.details?.pluginId)).to.include.members(['test-notes', 'test-base']);
  });
});

describe(`Plugin enabling with the installed plugins (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;

  before(async function () {
    const root = new URL('../..', import.meta.url).pathname;
    const plugins = await loadPlugins(installedPluginPackages(root));
    if (!plugins.some((p) => p.id === 'reminders')) this.skip();
    test = await startTestApp({ plugins });
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });
  });
  after(async () => {
    await test?.close();
  });

  it('should hide the reminders of a tenant that disables them and bring them back', async () => {
    // Node 20.19 may require() this file while the plugin is import()ed: two copies of the core,
    // whose extension-point symbols differ, and the plugin's routes are never collected.
    const routes = test.app.container.get(RouteRegistry).all();
    const mounted = routes.some((route) => route.pluginId === 'reminders');
    expect(mounted, 'reminders routes not mounted; run mocha with no-experimental-require-module')
      .to.equal(true);

    const admin = await north.client('admin');
    const staff = await north.client('staff');
    const southStaff = await south.client('staff');
    const made = await staff.post('/api/reminders', { text: 'Bellen', dueDate: '2026-05-04' });
    expect(made.status, made.text).to.equal(201);

    expect((await admin.put('/api/admin/plugins/reminders', { enabled: false })).status)
      .to.equal(200);
    expect((await staff.get('/api/reminders')).status).to.equal(404);
    expect((await staff.get(`/api/reminders/${made.body.id}`)).status).to.equal(404);
    expect((await southStaff.get('/api/reminders')).status).to.equal(200);

    expect((await admin.put('/api/admin/plugins/reminders', { enabled: true })).status)
      .to.equal(200);
    const back = await staff.get(`/api/reminders/${made.body.id}`);
    expect(back.status).to.equal(200);
    expect(back.body.text).to.equal('Bellen');
  });
});
