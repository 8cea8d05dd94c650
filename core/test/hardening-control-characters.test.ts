import { expect } from 'chai';
import {
  bodyFieldsOf, declaredParamsOf, pathParamsOf, pathWith, platformAdminClient, populateTenant,
  queryString, readTenantRows, registeredRoutes, requiredQueryOf, routeLabel, startTestApp,
  stringQueryParamsOf, testDatabaseKind, TestClient, undeclaredParamsOf, unknownId,
  UNLOADED_PARAMS, type PopulatedTenant, type TenantRows, type TestApp, type TestResponse,
} from '../src/testing/index.js';
import type { RegisteredRoute } from '../src/server/http/route-registrar.js';
import { LoginThrottle } from '../src/server/entities/login-throttle.js';

/** Texts no path id can be; the first two made SQLite fail and MariaDB look them up. */
const NOT_IDS = ['\u0000', `${unknownId()}\u0000`, 'not-an-id', '1 or 1=1'];
/** C0 control characters the guard refuses; tab, line feed and carriage return it lets pass. */
const REFUSED = ['\u0000', '\u0001', '\u0007', '\u001b', '\u001f', '\u202e'];
const VOLATILE = ['requestId', 'instance'];
/** What the walk may add to tenant A's audit: refused keys, and the one change it makes. */
const ALLOWED_AUDIT = ['request.refused', 'account.update-own'];

interface Walk {
  test: TestApp;
  a: PopulatedTenant;
  b: PopulatedTenant;
  adminA: TestClient;
  platform: TestClient;
  rowsA: TenantRows;
  routes: readonly RegisteredRoute[];
}

describe(`Control characters in input (${testDatabaseKind()})`, () => {
  const walk = {} as Walk;
  let rowsBefore: [TenantRows, TenantRows];

  before(async () => {
    walk.test = await startTestApp();
    walk.a = await populateTenant(walk.test, { slug: 'ctl-a' });
    walk.b = await populateTenant(walk.test, { slug: 'ctl-b', kind: 'arbeidszorg' });
    walk.adminA = await walk.a.client('admin');
    walk.platform = await platformAdminClient(walk.test);
    walk.rowsA = await readTenantRows(walk.test, walk.a.id);
    walk.routes = registeredRoutes(walk.test);
    rowsBefore = await bothTenants(walk);
  });

  after(async () => {
    await walk.test?.close();
  });

  it('should answer a path id that is no UUID exactly as an unknown id', async () => {
    const problems: string[] = [];
    let tried = 0;
    for (const route of walk.routes) {
      for (const param of Object.keys(declaredParamsOf(route))) {
        const unknown = await callWith(walk, route, { [param]: unknownId() });
        for (const notAnId of NOT_IDS) {
          const answer = await callWith(walk, route, { [param]: notAnId });
          tried++;
          problems.push(...sameAnswer(route, JSON.stringify(notAnId), answer, unknown));
        }
      }
    }
    expect(problems).to.deep.equal([]);
    expect(tried).to.be.greaterThan(0);
  });

  it('should answer 404 to U+0000 in a path parameter the route reads itself', async () => {
    const problems: string[] = [];
    let tried = 0;
    for (const route of walk.routes) {
      for (const param of undeclaredParamsOf(route)) {
        const answer = await callWith(walk, route, { [param]: 'a\u0000b' });
        tried++;
        if (answer.status !== 404) problems.push(`${routeLabel(route)}: ${answer.status}`);
      }
    }
    expect(problems).to.deep.equal([]);
    expect(tried).to.be.greaterThan(0);
  });

  it('should refuse U+0000 in every text query parameter with 400 naming it', async () => {
    const problems: string[] = [];
    let tried = 0;
    for (const route of walk.routes) {
      const query = requiredQueryOf(route) ?? {};
      for (const { name } of stringQueryParamsOf(route)) {
        const answer = await callWith(walk, route, {}, { ...query, [name]: 'a\u0000b' });
        tried++;
        problems.push(...refusal(route, answer, `query.${name}`));
      }
    }
    expect(problems).to.deep.equal([]);
    expect(tried).to.be.greaterThan(0);
  });

  it('should refuse a control or bidi override character in every text body field, naming it', async () => {
    const problems: string[] = [];
    let tried = 0;
    for (const route of walk.routes.filter((r) => r.body)) {
      for (const field of bodyFieldsOf(route)) {
        if (field.types.length > 0 && !field.types.includes('string')) continue;
        for (const char of REFUSED) {
          const answer = await callWith(walk, route, {}, {}, { [field.name]: `a${char}b` });
          tried++;
          problems.push(...refusal(route, answer, field.name));
        }
      }
    }
    expect(problems).to.deep.equal([]);
    expect(tried).to.be.greaterThan(0);
  });

  it('should name the path of a control character deep in a body, or in a key', async () => {
    const answer = await walk.adminA.post('/api/people', {
      givenNames: 'Ann', familyName: 'Peeters',
      fields: { note: ['fine', 'bell\u0007'], 'key\u0000': 'x' },
    });

    expect(answer.status).to.equal(400);
    expect(answer.body.errors).to.deep.equal([
      { field: 'fields.key\\u0000', message: 'is not a field you can set here' },
      { field: 'fields.note.1', message: 'must not contain the control character U+0007' },
    ]);
  });

  it('should refuse a body that is one text with U+0000, naming the body', async () => {
    const answer = await walk.adminA.raw('POST', '/api/people', '"a\\u0000"');

    expect(answer.status).to.equal(400);
    expect(answer.body.errors).to.deep.equal([
      { field: '(body)', message: 'must not contain the control character U+0000' },
    ]);
  });

  it('should let tab, line feed and carriage return through to the route', async () => {
    const own = (await walk.adminA.get('/api/session')).body.account.displayName as string;
    const answer = await walk.adminA.patch('/api/me', { displayName: 'Admin\tA\r\nnoord' });
    await walk.adminA.patch('/api/me', { displayName: own });

    expect(answer.status, answer.text).to.equal(200);
    expect(answer.body.displayName).to.equal('Admin\tA\r\nnoord');
  });

  it('should refuse U+0000 in a sign-in before it counts as a failed attempt', async () => {
    const throttled = await walk.test.em().count(LoginThrottle, {});
    const client = new TestClient(walk.test.url);
    const bodies = [
      { tenant: 'ctl-a\u0000', login: 'admin', password: 'whatever-1' },
      { tenant: 'ctl-a', login: 'ad\u0000min', password: 'whatever-1' },
      { tenant: 'ctl-a', login: 'admin', password: 'what\u0000ever' },
    ];

    const fields = [];
    for (const body of bodies) {
      const answer = await client.post('/api/auth/login', body);
      expect(answer.status).to.equal(400);
      fields.push(answer.body.errors[0].field);
    }
    expect(fields).to.deep.equal(['tenant', 'login', 'password']);
    expect(await walk.test.em().count(LoginThrottle, {})).to.equal(throttled);
  });

  it('should have stored nothing in either tenant, refusals aside', async () => {
    const [a, b] = await bothTenants(walk);
    const added = a.of('AuditEntry').length - rowsBefore[0].of('AuditEntry').length;
    // The tab test changes and restores the admin's own name; nothing else may change.
    const known = new Set(rowsBefore[0].of('AuditEntry').map((row) => String(row.id)));
    const actions = a.of('AuditEntry').filter((row) => !known.has(String(row.id)))
      .map((row) => row.action);

    expect(b.fingerprint()).to.equal(rowsBefore[1].fingerprint());
    expect(a.fingerprint(['AuditEntry', 'Account'])).to.equal(
      rowsBefore[0].fingerprint(['AuditEntry', 'Account']),
    );
    expect(actions.length, 'an audit entry changed').to.equal(added);
    expect(actions.filter((action) => !ALLOWED_AUDIT.includes(String(action)))).to.deep.equal([]);
  });
});

async function bothTenants(walk: Walk): Promise<[TenantRows, TenantRows]> {
  return [await readTenantRows(walk.test, walk.a.id), await readTenantRows(walk.test, walk.b.id)];
}

/**
 * Calls `route` as the account that may call it, with `given` path values and rows of tenant A
 * (or a known plugin, role or report) for the others, so only what the test varies decides.
 */
function callWith(
  walk: Walk,
  route: RegisteredRoute,
  given: Record<string, string>,
  query: Record<string, string> = {},
  body?: unknown,
): Promise<TestResponse> {
  const values: Record<string, string> = {};
  for (const name of pathParamsOf(route)) {
    const entity = declaredParamsOf(route)[name];
    const sample = UNLOADED_PARAMS.find((e) => e.path === route.fullPath && e.param === name);
    const own = !entity ? undefined
      : entity.name === 'Tenant' ? walk.a.id : walk.rowsA.idsOf(entity.name)[0];
    values[name] = given[name] ?? sample?.sample ?? own ?? unknownId();
  }
  const client = route.access === 'platform-admin' ? walk.platform : walk.adminA;
  const sent = body ?? (['get', 'delete'].includes(route.method) ? undefined : {});
  const path = `${pathWith(route, values)}${queryString(query)}`;
  return client.request(route.method.toUpperCase(), path, sent);
}

function sameAnswer(
  route: RegisteredRoute,
  what: string,
  answer: TestResponse,
  unknown: TestResponse,
): string[] {
  const label = `${routeLabel(route)} with ${what}`;
  if (answer.status !== 404) return [`${label}: ${answer.status}, not 404: ${answer.text}`];
  if (JSON.stringify(stable(answer.body)) !== JSON.stringify(stable(unknown.body))) {
    return [`${label}: ${answer.text} differs from the answer to an unknown id: ${unknown.text}`];
  }
  return [];
}

function refusal(route: RegisteredRoute, answer: TestResponse, field: string): string[] {
  const label = `${routeLabel(route)} (${field})`;
  if (answer.status !== 400) return [`${label}: ${answer.status}, not 400: ${answer.text}`];
  if (!answer.headers.get('content-type')?.startsWith('application/problem+json')) {
    return [`${label}: not application/problem+json`];
  }
  const named = (answer.body.errors ?? []) as Array<{ field: string }>;
  return named.some((e) => e.field === field) ? [] : [`${label}: not named: ${answer.text}`];
}

function stable(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => !VOLATILE.includes(key)));
}
