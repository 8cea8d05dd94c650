import path from 'node:path';
import { expect } from 'chai';
import { ContainerModule, injectable } from 'inversify';
import {
  bodyFieldsOf, declaredParamsOf, pathParamsOf, pathWith, platformAdminClient, populateTenant,
  readTenantRows, registeredRoutes, routeLabel, startTestApp, testDatabaseKind, TestClient,
  UNLOADED_PARAMS, wrongValueFor, type PopulatedTenant, type TenantRows, type TestApp,
  type TestResponse,
} from '../src/testing/index.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { RouteContribution } from '../src/server/plugins/extension-points.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import type { RouteRegistrar, RegisteredRoute } from '../src/server/http/route-registrar.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TWO_MEGABYTES = 2 * 1024 * 1024;

/** A route that fails the way a bug does, to prove that a 500 cannot pass unseen. */
@injectable()
class BrokenRoutes implements RouteContribution {
  readonly pluginId = 'broken';

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/crash', summary: 'Always fails', access: 'signed-in',
      handler: async () => {
        throw new Error('secret internal detail');
      },
    });
  }
}

const brokenPlugin = definePlugin({
  id: 'broken', version: '0.0.0', labelNl: 'Kapot', labelEn: 'Broken',
  module: new ContainerModule((options) => {
    bindContribution(options, BrokenRoutes, [RouteContribution]);
  }),
});

interface Walk {
  test: TestApp;
  a: PopulatedTenant;
  b: PopulatedTenant;
  adminA: TestClient;
  /** Tenant A's admin again, with a client that returns a 500 instead of throwing. */
  lenientA: TestClient;
  platform: TestClient;
  rowsA: TenantRows;
  bodyRoutes: RegisteredRoute[];
}

describe(`Bad input walk (${testDatabaseKind()})`, () => {
  const walk = {} as Walk;
  let rowsBefore: TenantRows[];

  before(async () => {
    const installed = await loadPlugins(installedPluginPackages(ROOT));
    walk.test = await startTestApp({ plugins: [...installed, brokenPlugin] });
    walk.a = await populateTenant(walk.test, { slug: 'bad-a' });
    walk.b = await populateTenant(walk.test, { slug: 'bad-b', kind: 'arbeidszorg' });
    walk.adminA = await walk.a.client('admin');
    walk.lenientA = await new TestClient(walk.test.url, { allowInternalErrors: true })
      .signIn(walk.a.slug, 'admin', walk.test.app.settings.demoPassword);
    walk.platform = await platformAdminClient(walk.test);
    walk.rowsA = await readTenantRows(walk.test, walk.a.id);
    walk.bodyRoutes = registeredRoutes(walk.test).filter((route) => route.body);
    rowsBefore = await bothTenants(walk);
  });

  after(async () => {
    await walk.test?.close();
  });

  it('should have routes with a body to walk', () => {
    expect(walk.bodyRoutes).to.not.be.empty;
  });

  it('should refuse malformed JSON with 400 naming the body', async () => {
    await expectEveryRoute(walk, (route) => sendJson(walk, route, '{"givenNames": "Jan",'),
      (route, answer) => problemOf(route, answer, 400, '(body)'));
  });

  it('should refuse a JSON array with 400', async () => {
    await expectEveryRoute(walk, (route) => sendJson(walk, route, '[{"id": 1}]'),
      (route, answer) => problemOf(route, answer, 400, '(body)'));
  });

  it('should refuse an unknown field with 400 naming it, the tenant first', async () => {
    const body = JSON.stringify({ tenantId: walk.b.id });
    await expectEveryRoute(walk, (route) => sendJson(walk, route, body),
      (route, answer) => problemOf(route, answer, 400, 'tenantId'));
  });

  it('should refuse a field of the wrong type with 400 naming it', async () => {
    const problems: string[] = [];
    for (const route of walk.bodyRoutes) {
      for (const field of bodyFieldsOf(route)) {
        const value = wrongValueFor(field.types);
        if (value === undefined) continue;
        const body = JSON.stringify({ [field.name]: value });
        const answer = await sendJson(walk, route, body);
        problems.push(...problemOf(route, answer, 400, field.name, `${field.name}=${body}`));
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('should refuse a field longer than its maximum with 400 naming it', async () => {
    const problems: string[] = [];
    for (const route of walk.bodyRoutes) {
      for (const field of bodyFieldsOf(route).filter((f) => f.schema.maxLength !== undefined)) {
        const body = JSON.stringify({ [field.name]: 'x'.repeat(field.schema.maxLength! + 1) });
        const answer = await sendJson(walk, route, body);
        problems.push(...problemOf(route, answer, 400, field.name, `a too long ${field.name}`));
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('should refuse a 2 MB body with 413', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(TWO_MEGABYTES) });
    await expectEveryRoute(walk, (route) => sendJson(walk, route, body),
      (route, answer) => problemOf(route, answer, 413));
  });

  it('should refuse a body that is not JSON with 415', async () => {
    const form = 'application/x-www-form-urlencoded';
    await expectEveryRoute(walk, (route) => send(walk, route, 'givenNames=Jan', form),
      (route, answer) => problemOf(route, answer, 415));
  });

  it('should fail the test that meets a 500, naming the route', async () => {
    const failure = await walk.adminA.get('/api/broken/crash')
      .then(() => undefined, (error: Error) => error);

    expect(failure?.message).to.include('GET /api/broken/crash answered 500');
  });

  it('should answer a 500 without the reason, quoting the request id', async () => {
    const answer = await walk.lenientA.get('/api/broken/crash');

    expect(answer.status).to.equal(500);
    expect(answer.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(answer.text).to.not.include('secret internal detail');
    expect(answer.body.detail).to.include(answer.headers.get('x-request-id'));
  });

  it('should have changed nothing in either tenant but audit the refusals', async () => {
    const [a, b] = await bothTenants(walk);
    const [aBefore, bBefore] = rowsBefore;
    const added = newRows(aBefore!, a!, 'AuditEntry');

    expect(b!.fingerprint(), 'tenant B changed').to.equal(bBefore!.fingerprint());
    expect(a!.fingerprint(['AuditEntry']), 'tenant A changed')
      .to.equal(aBefore!.fingerprint(['AuditEntry']));
    expect(a!.of('AuditEntry').length - aBefore!.of('AuditEntry').length, 'an audit entry changed')
      .to.equal(added.length);
    expect(added.filter((row) => row.action !== 'request.refused'), 'only refusals are audited')
      .to.deep.equal([]);
  });
});

/** Every row of both tenants, A first. */
async function bothTenants(walk: Walk): Promise<TenantRows[]> {
  return [
    await readTenantRows(walk.test, walk.a.id), await readTenantRows(walk.test, walk.b.id),
  ];
}

/** Rows of `entityName` in `after` that `before` did not hold exactly so. */
function newRows(before: TenantRows, after: TenantRows, entityName: string) {
  const known = new Set(before.of(entityName).map((row) => JSON.stringify(row)));
  return after.of(entityName).filter((row) => !known.has(JSON.stringify(row)));
}

/**
 * Sends a raw body to `route` as the account that may call it: a platform route as the platform
 * admin, every other as tenant A's admin, with rows of tenant A in the path so that validation is
 * what answers.
 */
function send(walk: Walk, route: RegisteredRoute, body: string, contentType: string) {
  const values: Record<string, string> = Object.fromEntries(UNLOADED_PARAMS
    .filter((e) => e.path === route.fullPath).map((e) => [e.param, e.sample]));
  for (const [name, entity] of Object.entries(declaredParamsOf(route))) {
    values[name] = entity.name === 'Tenant' ? walk.a.id : walk.rowsA.idsOf(entity.name)[0] ?? '';
  }
  for (const name of pathParamsOf(route)) {
    if (!values[name]) {
      throw new Error(`${routeLabel(route)}: no value for :${name}; see UNLOADED_PARAMS.`);
    }
  }
  const client = route.access === 'platform-admin' ? walk.platform : walk.adminA;
  return client.raw(route.method.toUpperCase(), pathWith(route, values), body, contentType);
}

function sendJson(walk: Walk, route: RegisteredRoute, body: string) {
  return send(walk, route, body, 'application/json');
}

async function expectEveryRoute(
  walk: Walk,
  call: (route: RegisteredRoute) => Promise<TestResponse>,
  check: (route: RegisteredRoute, answer: TestResponse) => string[],
): Promise<void> {
  const problems: string[] = [];
  for (const route of walk.bodyRoutes) problems.push(...check(route, await call(route)));
  expect(problems).to.deep.equal([]);
}

/** What is wrong with `answer`, if it is not the problem answer expected. */
function problemOf(
  route: RegisteredRoute,
  answer: TestResponse,
  status: number,
  field?: string,
  what = '',
): string[] {
  const label = `${routeLabel(route)}${what ? ` (${what})` : ''}`;
  if (answer.status !== status) {
    return [`${label}: ${answer.status}, not ${status}: ${answer.text.slice(0, 200)}`];
  }
  if (!answer.headers.get('content-type')?.startsWith('application/problem+json')) {
    return [`${label}: not application/problem+json`];
  }
  const named = (answer.body.errors ?? []) as Array<{ field: string }>;
  if (field && !named.some((e) => e.field === field || e.field.startsWith(`${field}.`))) {
    return [`${label}: the problem does not name ${field}: ${answer.text.slice(0, 200)}`];
  }
  return [];
}
