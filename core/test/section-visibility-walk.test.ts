import { expect } from 'chai';
import {
  declaredParamsOf, pathParamsOf, pathWith, populateTenant, queryString, readTenantRows,
  registeredRoutes, requiredQueryOf, routeLabel, startTestApp, testDatabaseKind, unknownId,
  type PopulatedTenant, type TenantRows, type TestApp, type TestClient, type TestResponse,
} from '../src/testing/index.js';
import type { RegisteredRoute } from '../src/server/http/route-registrar.js';
import type { DossierSectionSettingsView } from '../src/common/dossier-sections.js';
import { pluginsWithProbe, PROBE_SECTIONS } from './section-probe-plugin.js';

const SECTIONS_PATH = '/api/admin/dossier-sections';

/** Body fields the problem answers may differ in without telling anything. */
const VOLATILE = ['requestId', 'instance'];

type Caller = 'admin' | 'staff' | 'coach' | 'employee';

interface Walk {
  test: TestApp;
  a: PopulatedTenant;
  rowsA: TenantRows;
  clients: Record<Caller, TestClient>;
  /** Every GET route that names a section and takes a person in its path. */
  routes: RegisteredRoute[];
  settings: DossierSectionSettingsView;
  /** What the employee role holds: routes behind another permission answer it 403 first. */
  employeePermissions: string[];
}

/**
 * Every GET route that declares a dossier section and takes a person, tried on the employee's own
 * person: the tenant's choice of what employees see, and the roles it names for confidential
 * sections, decide the answer. A route a plugin adds later is walked without a new test.
 */
describe(`Dossier section visibility walk (${testDatabaseKind()})`, () => {
  const walk = {} as Walk;

  before(async () => {
    walk.test = await startTestApp({ plugins: await pluginsWithProbe() });
    walk.a = await populateTenant(walk.test, { slug: 'zicht-a', extraPeople: 1 });
    walk.rowsA = await readTenantRows(walk.test, walk.a.id);
    walk.clients = {} as Record<Caller, TestClient>;
    for (const role of ['admin', 'staff', 'coach', 'employee'] as const) {
      walk.clients[role] = await walk.a.client(role);
    }
    walk.routes = registeredRoutes(walk.test).filter((route) => route.method === 'get'
      && route.section !== undefined
      && Object.values(declaredParamsOf(route)).some((entity) => entity.name === 'Person'));
    walk.settings = (await walk.clients.admin.get(SECTIONS_PATH)).body;
    walk.employeePermissions = (await walk.clients.employee.get('/api/session')).body.permissions;
  });

  after(async () => {
    await walk.test?.close();
  });

  afterEach(async () => {
    // Back to the demo's choices: the plugins' defaults, admin and staff named.
    await choose(walk, { employeeSections: {}, confidentialRoles: ['admin', 'staff'] });
  });

  it('should find routes of open and of confidential sections to walk', () => {
    const sections = walk.routes.map((route) => sectionOf(walk, route));
    expect(sections.filter((s) => s && !s.confidential), 'no open section').to.not.be.empty;
    expect(sections.filter((s) => s?.confidential), 'no confidential section').to.not.be.empty;
    expect(walk.routes.map((r) => r.section)).to.include(PROBE_SECTIONS.health);
  });

  it('should name only sections of the enabled plugins on its routes', () => {
    const unknown = walk.routes.filter((route) => !sectionOf(walk, route)).map(routeLabel);
    expect(unknown, 'routes name a section no enabled plugin declares').to.deep.equal([]);
  });

  it('should answer the employee 404 while the tenant hides the section, 2xx when shown',
    async () => {
      const problems: string[] = [];
      const routes = openRoutes(walk).filter((route) => employeeMayCall(walk, route));
      expect(routes, 'no open section the employee may call').to.not.be.empty;

      for (const route of routes) {
        await choose(walk, { employeeSections: { [route.section!]: false } });
        const hidden = await call(walk, 'employee', route, walk.a.employeePersonId);
        const missing = await call(walk, 'employee', route, unknownId());
        problems.push(...notFoundAlike(route, 'hidden from the employee', hidden, missing));
        for (const staff of ['staff', 'coach'] as const) {
          const answer = await call(walk, staff, route, walk.a.employeePersonId);
          if (answer.status === 404) problems.push(`${routeLabel(route)}: 404 to ${staff}`);
        }

        await choose(walk, { employeeSections: { [route.section!]: true } });
        const shown = await call(walk, 'employee', route, walk.a.employeePersonId);
        if (shown.status < 200 || shown.status > 299) {
          problems.push(`${routeLabel(route)} shown: ${shown.status} ${shown.text.slice(0, 200)}`);
        }
      }
      expect(problems).to.deep.equal([]);
    });

  it('should never answer the employee 2xx on a route behind a permission it lacks', async () => {
    const problems: string[] = [];
    for (const route of walk.routes.filter((r) => !employeeMayCall(walk, r))) {
      await choose(walk, { employeeSections: openChoice(walk, route, true) });
      const answer = await call(walk, 'employee', route, walk.a.employeePersonId);
      if (![403, 404].includes(answer.status)) {
        problems.push(`${routeLabel(route)}: ${answer.status} to the employee`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('should let only the named roles reach a confidential section, never the employee',
    async () => {
      const problems: string[] = [];
      for (const route of confidentialRoutes(walk)) {
        const label = routeLabel(route);

        await choose(walk, { confidentialRoles: [] });
        for (const role of ['admin', 'staff', 'coach'] as const) {
          problems.push(...await refusedAsMissing(walk, role, route, 'no role named'));
        }
        problems.push(...await employeeRefused(walk, route, 'no role named'));

        await choose(walk, { confidentialRoles: ['staff', 'coach'] });
        for (const role of ['staff', 'coach'] as const) {
          const answer = await call(walk, role, route, walk.a.employeePersonId);
          if (answer.status === 404) problems.push(`${label}: 404 to the named ${role}`);
        }
        problems.push(...await refusedAsMissing(walk, 'admin', route, 'admin not named'));
        problems.push(...await employeeRefused(walk, route, 'employee not named'));

        await choose(walk, { confidentialRoles: ['admin', 'staff', 'coach'] });
        const admin = await call(walk, 'admin', route, walk.a.employeePersonId);
        if (admin.status === 404) problems.push(`${label}: 404 to the named admin`);
        problems.push(...await employeeRefused(walk, route, 'every role named'));
      }
      expect(problems).to.deep.equal([]);
    });

  it('should keep every confidential section out of the employee\'s session', async () => {
    await choose(walk, { confidentialRoles: ['admin', 'staff', 'coach'] });
    const session = (await walk.clients.employee.get('/api/session')).body;
    const ids = (session.dossierSections as Array<{ id: string }>).map((s) => s.id);
    const confidential = walk.settings.sections.filter((s) => s.confidential).map((s) => s.id);

    expect(confidential).to.not.be.empty;
    expect(ids.filter((id) => confidential.includes(id))).to.deep.equal([]);
  });

  it("should leave another tenant's employee view as its plugins set it", async () => {
    const b = await populateTenant(walk.test, { slug: 'zicht-b', extraPeople: 2 });
    const route = openRoutes(walk).find((r) => employeeMayCall(walk, r))!;
    await choose(walk, { employeeSections: { [route.section!]: false } });

    const employeeB = await b.client('employee');
    const shownB = await employeeB.get(pathWith(route, valuesFor(walk, route, b.employeePersonId))
      + queryString(requiredQueryOf(route) ?? {}));
    const defaultShown = sectionOf(walk, route)!.defaultVisibleToEmployee;
    expect(shownB.status === 404, routeLabel(route)).to.equal(!defaultShown);
  });
});

function sectionOf(walk: Walk, route: RegisteredRoute) {
  return walk.settings.sections.find((section) => section.id === route.section);
}

/** Whether the route's access lets the employee role in at all. */
function employeeMayCall(walk: Walk, route: RegisteredRoute): boolean {
  if (route.access === 'signed-in') return true;
  return typeof route.access === 'object'
    && walk.employeePermissions.includes(route.access.permission);
}

/** A choice that shows the route's section to employees when it is open; none otherwise. */
function openChoice(walk: Walk, route: RegisteredRoute, visible: boolean) {
  return sectionOf(walk, route)?.confidential ? {} : { [route.section!]: visible };
}

/** The role's answer on the employee's person must be its answer to a person that is not. */
async function refusedAsMissing(walk: Walk, role: Caller, route: RegisteredRoute, what: string) {
  const answer = await call(walk, role, route, walk.a.employeePersonId);
  const missing = await call(walk, role, route, unknownId());
  return notFoundAlike(route, `${what}, as ${role}`, answer, missing);
}

/**
 * The employee on a confidential section: 404 as for a missing person when the route lets it
 * in, else the 403 its access gives everyone without the permission; never the content.
 */
async function employeeRefused(walk: Walk, route: RegisteredRoute, what: string) {
  if (employeeMayCall(walk, route)) return refusedAsMissing(walk, 'employee', route, what);
  const answer = await call(walk, 'employee', route, walk.a.employeePersonId);
  return answer.status === 403 ? [] : [`${routeLabel(route)} (${what}): ${answer.status}`];
}

function openRoutes(walk: Walk): RegisteredRoute[] {
  return walk.routes.filter((route) => sectionOf(walk, route)?.confidential === false);
}

function confidentialRoutes(walk: Walk): RegisteredRoute[] {
  return walk.routes.filter((route) => sectionOf(walk, route)?.confidential === true);
}

async function choose(walk: Walk, body: object): Promise<void> {
  const answer = await walk.clients.admin.put(SECTIONS_PATH, body);
  expect(answer.status, answer.text).to.equal(200);
}

/** The route on `personId`; other row parameters get tenant A's first row of their entity. */
function call(walk: Walk, caller: Caller, route: RegisteredRoute, personId: string) {
  const query = requiredQueryOf(route) ?? {};
  return walk.clients[caller].get(
    pathWith(route, valuesFor(walk, route, personId)) + queryString(query),
  );
}

function valuesFor(walk: Walk, route: RegisteredRoute, personId: string) {
  const declared = declaredParamsOf(route);
  return Object.fromEntries(pathParamsOf(route).map((name) => {
    const entity = declared[name]?.name;
    if (entity === 'Person') return [name, personId];
    return [name, entity ? walk.rowsA.idsOf(entity)[0] ?? unknownId() : unknownId()];
  }));
}

/** A refused section must answer as a person that does not exist, to the letter. */
function notFoundAlike(
  route: RegisteredRoute,
  what: string,
  answer: TestResponse,
  missing: TestResponse,
): string[] {
  const label = `${routeLabel(route)} (${what})`;
  if (answer.status !== 404) return [`${label}: ${answer.status}, not 404`];
  if (JSON.stringify(stable(answer.body)) !== JSON.stringify(stable(missing.body))) {
    return [`${label}: ${answer.text} differs from the answer to an unknown id: ${missing.text}`];
  }
  return [];
}

function stable(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => !VOLATILE.includes(key)));
}
