import { expect } from 'chai';
import {
  declaredParamsOf, EMPLOYEE_ONLY_ROUTES, pathParamsOf, pathWith, platformAdminClient,
  populateTenant, queryString, readTenantRows, registeredRoutes, requiredQueryOf, routeLabel,
  SHARED_PERSON, startTestApp, stringQueryParamsOf, testDatabaseKind, undeclaredParamsOf,
  unknownId, UNLOADED_PARAMS,
  type PopulatedTenant, type TenantRows, type TestApp, type TestClient, type TestResponse,
} from '../src/testing/index.js';
import type { RegisteredRoute } from '../src/server/http/route-registrar.js';

/** Query parameters the walker cannot guess from a schema, by route label. */
const QUERY_SAMPLES: Readonly<Record<string, Record<string, string>>> = {
  'GET /api/competences/reports/department-averages': {
    frameworkId: '00000000-0000-4000-8000-000000000000', from: '2025-01-01', to: '2025-12-31',
  },
};

/** Body fields the problem answers may differ in without telling anything about the id. */
const VOLATILE = ['requestId', 'instance'];

interface Walk {
  test: TestApp;
  a: PopulatedTenant;
  b: PopulatedTenant;
  adminA: TestClient;
  employeeA: TestClient;
  platform: TestClient;
  rowsA: TenantRows;
  rowsB: TenantRows;
  routes: readonly RegisteredRoute[];
}

describe(`Tenant isolation walk (${testDatabaseKind()})`, () => {
  const walk = {} as Walk;
  let fingerprintA: string;
  let fingerprintB: string;

  before(async () => {
    walk.test = await startTestApp();
    walk.a = await populateTenant(walk.test, { slug: 'iso-a', kind: 'maatwerk', extraPeople: 2 });
    walk.b = await populateTenant(walk.test, {
      slug: 'iso-b', kind: 'arbeidszorg', extraPeople: 6,
    });
    walk.adminA = await walk.a.client('admin');
    walk.employeeA = await walk.a.client('employee');
    walk.platform = await platformAdminClient(walk.test);
    walk.rowsA = await readTenantRows(walk.test, walk.a.id);
    walk.rowsB = await readTenantRows(walk.test, walk.b.id);
    walk.routes = registeredRoutes(walk.test);
    fingerprintA = walk.rowsA.fingerprint(['AuditEntry']);
    fingerprintB = walk.rowsB.fingerprint();
  });

  after(async () => {
    await walk.test?.close();
  });

  it('should let the core load every path parameter that names a row', () => {
    const excepted = (route: RegisteredRoute, param: string) =>
      UNLOADED_PARAMS.some((e) => e.path === route.fullPath && e.param === param);
    const unloaded = walk.routes.flatMap((route) => undeclaredParamsOf(route)
      .filter((param) => !excepted(route, param))
      .map((param) => `${routeLabel(route)} (:${param})`));

    expect(unloaded, 'These routes read a path parameter the core does not load in tenant ' +
      'scope. Declare it in `params: { <name>: <Entity> }`, or, when it names no row, add it to ' +
      `UNLOADED_PARAMS (core/src/testing) with the reason: ${unloaded.join(', ')}`)
      .to.deep.equal([]);
  });

  it('should list no exception for a route that no longer takes it', () => {
    const stale = UNLOADED_PARAMS.filter((e) => !walk.routes.some((route) =>
      route.fullPath === e.path && undeclaredParamsOf(route).includes(e.param)));

    expect(stale.map((e) => `${e.path} (:${e.param})`), 'remove from UNLOADED_PARAMS')
      .to.deep.equal([]);
  });

  it('should hold rows of tenant B in every table that belongs to a tenant', () => {
    const empty = walk.rowsB.tables.map((t) => t.entityName)
      .filter((name) => !walk.rowsB.idsOf(name).length);

    expect(empty, `Tenant B has no ${empty.join(', ')} row, so the walk cannot try its ids. ` +
      "Seed one in DemoSeeder.seedTenant, or in the owning plugin's SeedContribution.")
      .to.deep.equal([]);
  });

  it('should answer 404 to every id of tenant B, as to an id that exists nowhere', async () => {
    const problems: string[] = [];
    let tried = 0;

    for (const route of walk.routes) {
      for (const param of Object.keys(declaredParamsOf(route))) {
        const foreignId = idOf(walk.rowsB, route, param);
        const foreign = await callWith(walk, walk.adminA, route, param, foreignId);
        const unknown = await callWith(walk, walk.adminA, route, param, unknownId());
        tried++;
        problems.push(...compareAnswers(route, param, foreign, unknown));
      }
    }
    expect(problems).to.deep.equal([]);
    expect(tried, 'no route takes a row id').to.be.greaterThan(0);
  });

  it("should answer an employee 404 or 403 for another person's rows (C8)", async () => {
    const otherPersonId = walk.rowsA.idsOf('Person').find((id) => id !== walk.a.employeePersonId)!;
    const problems: string[] = [];
    let tried = 0;

    for (const route of walk.routes) {
      for (const [param, entity] of Object.entries(declaredParamsOf(route))) {
        const id = rowAbout(walk.rowsA, entity.name, otherPersonId, walk.a.employeePersonId);
        if (!id) continue;
        const answer = await callWith(walk, walk.employeeA, route, param, id);
        tried++;
        if (![403, 404].includes(answer.status)) {
          problems.push(`${routeLabel(route)} with :${param} of another person: ${answer.status}`);
        }
      }
    }
    expect(problems, 'An employee reached a row about someone else').to.deep.equal([]);
    expect(tried, 'no route takes a person or a row about one').to.be.greaterThan(0);
  });

  it('should show no id or name of tenant B in any list, search or count', async () => {
    const foreignIds = walk.rowsB.allIds();
    const foreignNames = namesOnlyIn(walk.rowsB, walk.rowsA);
    const problems: string[] = [];
    let listed = 0;

    expect(foreignNames, 'tenant B has no name of its own to look for').to.not.be.empty;
    for (const route of walk.routes.filter((r) => r.method === 'get' && !pathParamsOf(r).length)) {
      const query = requiredQueryOf(route, QUERY_SAMPLES[routeLabel(route)]);
      if (!query) {
        problems.push(`${routeLabel(route)} needs query parameters: add them to QUERY_SAMPLES`);
        continue;
      }
      const client = EMPLOYEE_ONLY_ROUTES.includes(routeLabel(route))
        ? walk.employeeA : walk.adminA;
      const plain = await client.get(`${route.fullPath}${queryString(query)}`);
      if (plain.status !== expectedListStatus(route)) {
        problems.push(`${routeLabel(route)} answered ${plain.status} ${plain.text.slice(0, 200)}`);
      }
      listed++;
      problems.push(...await leaksIn(walk, route, plain, foreignIds, foreignNames));

      for (const probe of probesOf(walk, route, query)) {
        const answer = await client.get(`${route.fullPath}${queryString(probe)}`);
        problems.push(...await leaksIn(walk, route, answer, foreignIds, foreignNames, probe));
      }
    }
    expect(problems).to.deep.equal([]);
    expect(listed, 'no list route was walked').to.be.greaterThan(0);
  });

  it('should read every row of tenant A without a server error', async () => {
    const problems: string[] = [];
    for (const route of walk.routes.filter((r) => r.method === 'get' && r.params)) {
      const values = Object.fromEntries(Object.entries(declaredParamsOf(route))
        .map(([name, entity]) => [name, firstId(walk.rowsA, entity.name)]));
      const answer = await walk.adminA.get(pathWith(route, values));
      if (answer.status >= 400 && ![403, 404].includes(answer.status)) {
        problems.push(`${routeLabel(route)} with rows of A: ${answer.status} ${answer.text}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('should change no row of tenant A, audit entries aside', async () => {
    const after = await readTenantRows(walk.test, walk.a.id);
    expect(after.fingerprint(['AuditEntry'])).to.equal(fingerprintA);
  });

  it('should leave every row of tenant B as it was', async () => {
    const after = await readTenantRows(walk.test, walk.b.id);
    expect(after.fingerprint()).to.equal(fingerprintB);
  });
});

/**
 * Calls `route` with `value` for `param`. The other row parameters get rows of tenant A, so only
 * `param` can be the reason for a refusal. A write gets an empty body: rows load before the body
 * is validated, so the body decides nothing here.
 */
function callWith(
  walk: Walk,
  client: TestClient,
  route: RegisteredRoute,
  param: string,
  value: string,
): Promise<TestResponse> {
  const values: Record<string, string> = {};
  for (const name of pathParamsOf(route)) {
    const entity = declaredParamsOf(route)[name];
    values[name] = name === param ? value : entity ? firstId(walk.rowsA, entity.name) : unknownId();
  }
  const path = pathWith(route, values);
  const body = ['get', 'delete'].includes(route.method) ? undefined : {};
  return client.request(route.method.toUpperCase(), path, body);
}

function idOf(rows: TenantRows, route: RegisteredRoute, param: string): string {
  return firstId(rows, declaredParamsOf(route)[param]!.name);
}

function firstId(rows: TenantRows, entityName: string): string {
  const id = rows.idsOf(entityName)[0];
  if (!id) throw new Error(`Tenant ${rows.tenantId} has no ${entityName} row; seed one.`);
  return id;
}

/** A row of tenant A about `personId`: the person itself, or a row whose `person` it is. */
function rowAbout(rows: TenantRows, entityName: string, personId: string, ownId: string) {
  if (entityName === 'Person') return personId;
  const table = rows.tables.find((t) => t.entityName === entityName);
  if (!table?.personColumn) return undefined;

  const personOf = (row: Record<string, unknown>) => row[table.personColumn!];
  const about = rows.of(entityName).filter((row) => personOf(row) && personOf(row) !== ownId);
  const exact = about.find((row) => personOf(row) === personId) ?? about[0];
  return exact ? String(exact[table.idColumn]) : undefined;
}

/** The answer to a foreign id must be the 404 of an unknown id, to the letter. */
function compareAnswers(
  route: RegisteredRoute,
  param: string,
  foreign: TestResponse,
  unknown: TestResponse,
): string[] {
  const label = `${routeLabel(route)} with :${param} of tenant B`;
  // A platform route refuses a tenant's admin before it looks at any id.
  const expected = route.access === 'platform-admin' ? 403 : 404;
  const problems: string[] = [];

  if (foreign.status !== expected) problems.push(`${label}: ${foreign.status}, not ${expected}`);
  if (!foreign.headers.get('content-type')?.startsWith('application/problem+json')) {
    problems.push(`${label}: not a problem+json answer`);
  }
  if (JSON.stringify(stable(foreign.body)) !== JSON.stringify(stable(unknown.body))) {
    problems.push(`${label}: ${foreign.text} differs from the answer to an unknown id: ` +
      unknown.text);
  }
  return problems;
}

function stable(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => !VOLATILE.includes(key)));
}

function expectedListStatus(route: RegisteredRoute): number {
  return route.access === 'platform-admin' ? 403 : 200;
}

/**
 * The same list again with its search and id filters set to tenant B's values: the shared
 * person's name, a name only B has, and an id of every kind of B's rows.
 */
function probesOf(walk: Walk, route: RegisteredRoute, query: Record<string, string>) {
  const probes: Array<Record<string, string>> = [];
  const familyNames = walk.rowsB.of('Person').map((person) => String(person.family_name));
  const bName = namesOnlyIn(walk.rowsB, walk.rowsA).find((name) => familyNames.includes(name))!;

  for (const { name, format } of stringQueryParamsOf(route)) {
    if (format === 'uuid' || /id$/i.test(name)) {
      for (const table of walk.rowsB.tables) {
        const id = walk.rowsB.idsOf(table.entityName)[0];
        if (id) probes.push({ ...query, [name]: id });
      }
    } else if (!format) {
      probes.push({ ...query, [name]: SHARED_PERSON.familyName }, { ...query, [name]: bName });
    }
  }
  return probes;
}

async function leaksIn(
  walk: Walk,
  route: RegisteredRoute,
  answer: TestResponse,
  foreignIds: Set<string>,
  foreignNames: string[],
  probe?: Record<string, string>,
): Promise<string[]> {
  const label = `${routeLabel(route)}${probe ? queryString(probe) : ''}`;
  const text = answer.text.toLowerCase();
  const problems = [...foreignIds].filter((id) => text.includes(id.toLowerCase()))
    .map((id) => `${label} shows id ${id} of tenant B`);
  problems.push(...foreignNames.filter((name) => wordIn(answer.text, name))
    .map((name) => `${label} shows the name ${name} of tenant B`));

  const total = (answer.body as { total?: unknown })?.total;
  const first = (answer.body as { items?: Array<{ id?: string }> })?.items?.[0]?.id;
  if (typeof total === 'number' && first) {
    const rowsA = await readTenantRows(walk.test, walk.a.id);
    const table = rowsA.tables.find((t) => rowsA.idsOf(t.entityName).includes(first));
    const own = table ? rowsA.of(table.entityName).length : Infinity;
    if (total > own) problems.push(`${label} counts ${total} rows; tenant A has ${own}`);
  }
  return problems;
}

/** Given and family names of tenant B's people that appear nowhere in tenant A's rows. */
function namesOnlyIn(rows: TenantRows, others: TenantRows): string[] {
  const names = rows.of('Person')
    .flatMap((p) => [p.given_names, p.family_name, p.preferred_name])
    .filter((name): name is string => typeof name === 'string' && name.length >= 4);
  const otherText = others.fingerprint();
  return [...new Set(names)].filter((name) => !wordIn(otherText, name));
}

/** Whether `text` holds `word` as a whole word, as written: "Nina", not "administratie". */
function wordIn(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text);
}
