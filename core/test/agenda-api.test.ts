import { expect } from 'chai';
import { testDatabaseKind, TestClient, type TestResponse } from '../src/testing/index.js';
import type { AgendaItem } from '../src/server/plugins/extension-points.js';
import {
  addListItem, addPerson, changeTenant, fieldsOf, freezeAgendaClock, HEALTH_SECTION,
  OPEN_SECTION, PROBE_ID, probe, startAgendaWorld, type AgendaWorld,
} from './agenda-fixtures.js';

/** Monday 00:30 in Brussels, still Sunday in UTC: the week is the one that starts that day. */
const MONDAY_NIGHT = '2026-03-29T22:30:00Z';
const WEEK = { from: '2026-03-30', to: '2026-04-05' };

type Item = { id: string; title: string; personName: string | null; pluginId: string };
const titlesOf = (answer: TestResponse) => (answer.body.items as Item[]).map((i) => i.title);

describe(`GET /api/agenda (${testDatabaseKind()})`, () => {
  let world: AgendaWorld;
  let staff: TestClient;
  let coach: TestClient;
  let thawClock: () => void;
  let inDepartment: string;
  let departmentId: string;
  let teamId: string;

  before(async () => {
    world = await startAgendaWorld();
    thawClock = freezeAgendaClock(world.test, MONDAY_NIGHT);
    const { north, south } = world;
    staff = await north.client('staff');
    coach = await north.client('coach');

    const admin = await north.client('admin');
    departmentId = await addListItem(admin, 'departments', 'Atelier');
    teamId = await addListItem(admin, 'teams', 'Ploeg A');
    inDepartment = await addPerson(admin, {
      givenNames: 'Ruben', familyName: 'Maes', departmentId, teamId,
    });

    const staffId = north.accounts.staff.id;
    const coachId = north.accounts.coach.id;
    const person = north.employeePerson.id;
    const item = (fields: Partial<AgendaItem> & { id: string; title: string }): AgendaItem =>
      ({ kind: 'conversation', date: '2026-03-30', ownerAccountId: staffId, ...fields });
    probe.items.set(north.tenant.id, [
      item({ id: 'talk', title: 'Functioneringsgesprek', time: '10:00', personId: person,
        section: OPEN_SECTION, link: `/people/${person}` }),
      item({ id: 'health', title: 'Gesprek arbeidsgeneesheer', date: '2026-03-31',
        personId: person, section: HEALTH_SECTION }),
      item({ id: 'agreement', kind: 'agreement', title: 'Attest binnenbrengen',
        ownerAccountId: coachId, personId: inDepartment, done: true }),
      item({ id: 'early', title: 'Ploegoverleg', time: '08:00', ownerAccountId: coachId }),
      item({ id: 'foreign', title: 'Iemand van elders', personId: south.employeePerson.id }),
      item({ id: 'later', title: 'Volgende maand', date: '2026-04-30' }),
      item({ id: 'unknown-section', title: 'Onbekend', section: `${PROBE_ID}.gone` }),
      item({ id: 'sunday', title: 'Zondagsdienst', date: '2026-04-05', time: '07:00' }),
    ]);
    probe.items.set(south.tenant.id, [
      item({
        id: 'south', title: 'Geheim van het zuiden', ownerAccountId: south.accounts.staff.id,
      }),
    ]);
  });

  after(async () => {
    thawClock?.();
    await world?.test.close();
  });

  describe('defaults', () => {
    it("should answer the caller's own items of this week in Brussels, sorted", async () => {
      const answer = await staff.get('/api/agenda');

      expect(answer.status).to.equal(200);
      expect(answer.body).to.include({ ...WEEK, coach: world.north.accounts.staff.id });
      expect(titlesOf(answer)).to.deep.equal(['Functioneringsgesprek', 'Zondagsdienst']);
    });

    it('should give each item its plugin, the person named, and nulls if none', async () => {
      const answer = await staff.get('/api/agenda');
      const [talk, sunday] = answer.body.items;

      expect(talk).to.deep.equal({
        id: 'talk', pluginId: PROBE_ID, kind: 'conversation', date: '2026-03-30', time: '10:00',
        title: 'Functioneringsgesprek', personId: world.north.employeePerson.id,
        personName: `Eline ${world.north.employeePerson.familyName}`,
        ownerAccountId: world.north.accounts.staff.id, done: false,
        link: `/people/${world.north.employeePerson.id}`,
      });
      expect(sunday).to.include({ personId: null, personName: null, link: null, time: '07:00' });
    });

    it('should take seven days from `from`, or up to `to`, when only one is given', async () => {
      const from = await staff.get('/api/agenda?from=2026-10-22');
      expect(from.body).to.include({ from: '2026-10-22', to: '2026-10-28' });

      const to = await staff.get('/api/agenda?to=2026-03-31');
      expect(to.body).to.include({ from: '2026-03-25', to: '2026-03-31' });
    });
  });

  describe('coach', () => {
    it("should answer everyone's items, by day, time (none first) and title, for all", async () => {
      const answer = await staff.get('/api/agenda?coach=all');

      expect(answer.body.coach).to.equal('all');
      expect(titlesOf(answer)).to.deep.equal([
        'Attest binnenbrengen', 'Ploegoverleg', 'Functioneringsgesprek', 'Zondagsdienst',
      ]);
    });

    it("should answer a colleague's items for their id, in any case", async () => {
      const id = world.north.accounts.coach.id;
      const answer = await staff.get(`/api/agenda?coach=${id.toUpperCase()}`);

      expect(answer.status).to.equal(200);
      expect(answer.body.coach).to.equal(id);
      expect(titlesOf(answer)).to.deep.equal(['Attest binnenbrengen', 'Ploegoverleg']);
      expect(probe.queries.at(-1)).to.deep.equal({ ...WEEK, ownerAccountId: id });
    });

    it('should refuse an employee account, another tenant\'s and an unknown id', async () => {
      const ids = [
        world.north.accounts.employee.id, world.south.accounts.coach.id,
        '0190a7f0-0000-7000-8000-000000000000',
      ];
      for (const id of ids) {
        const answer = await staff.get(`/api/agenda?coach=${id}`);
        expect(answer.status, id).to.equal(400);
        expect(fieldsOf(answer)).to.deep.equal(['query.coach']);
        expect(answer.text).to.not.include(id);
      }
    });
  });

  describe('department and team', () => {
    it('should hand the ids of the people in them to the plugins, keep theirs', async () => {
      for (const filter of [`department=${departmentId}`, `team=${teamId}`]) {
        const answer = await staff.get(`/api/agenda?coach=all&${filter}`);

        expect(answer.status, filter).to.equal(200);
        expect(titlesOf(answer), filter).to.deep.equal(['Attest binnenbrengen']);
        expect(probe.queries.at(-1)).to.deep.equal({ ...WEEK, personIds: [inDepartment] });
      }
    });

    it('should pass an empty list for a department nobody is in', async () => {
      const admin = await world.north.client('admin');
      const empty = await addListItem(admin, 'departments', 'Leeg');
      const answer = await staff.get(`/api/agenda?coach=all&department=${empty}`);

      expect(answer.body.items).to.deep.equal([]);
      expect(probe.queries.at(-1)?.personIds).to.deep.equal([]);
    });

    it("should refuse another tenant's department and team, naming the field", async () => {
      const admin = await world.south.client('admin');
      const theirs = await addListItem(admin, 'departments', 'Winkel');
      const theirTeam = await addListItem(admin, 'teams', 'Ploeg Zuid');

      const department = await staff.get(`/api/agenda?department=${theirs}`);
      expect(department.status).to.equal(400);
      expect(fieldsOf(department)).to.deep.equal(['query.department']);
      const team = await staff.get(`/api/agenda?team=${theirTeam}`);
      expect(fieldsOf(team)).to.deep.equal(['query.team']);
    });
  });

  describe('validation', () => {
    const bad: Array<[string, string, string]> = [
      ['to before from', 'from=2026-03-10&to=2026-03-09', 'query.to'],
      ['more than 62 days', 'from=2026-03-01&to=2026-05-03', 'query.to'],
      ['a date that does not exist', 'from=2026-02-30', 'query.from'],
      ['a date in another format', 'to=30/03/2026', 'query.to'],
      ['another spelling of coach', 'coach=everyone', 'query.coach'],
      ['a department that is no id', 'department=atelier', 'query.department'],
      ['an unknown key', 'week=14', 'query.week'],
    ];
    for (const [what, query, field] of bad) {
      it(`should refuse ${what} with 400 naming ${field}`, async () => {
        const answer = await staff.get(`/api/agenda?${query}`);
        expect(answer.status).to.equal(400);
        expect(answer.headers.get('content-type')).to.match(/application\/problem\+json/);
        expect(fieldsOf(answer)).to.deep.equal([field]);
      });
    }

    it('should take a range of exactly 62 days', async () => {
      const answer = await staff.get('/api/agenda?from=2026-03-01&to=2026-05-02&coach=all');
      expect(answer.status).to.equal(200);
      expect(titlesOf(answer)).to.include('Volgende maand');
    });
  });

  describe('what the caller may see', () => {
    it("should never show another tenant's person or items", async () => {
      const answer = await staff.get('/api/agenda?coach=all&from=2026-03-01&to=2026-05-01');

      expect(titlesOf(answer)).to.not.include('Iemand van elders');
      expect(answer.text).to.not.include(world.south.employeePerson.id);
      expect(answer.text).to.not.include('Geheim van het zuiden');
    });

    it('should drop an item of a confidential section till the tenant names the role', async () => {
      const health = () => staff.get('/api/agenda?coach=all').then(titlesOf);
      expect(await health()).to.not.include('Gesprek arbeidsgeneesheer');

      await changeTenant(world.test, world.north.tenant.id, {
        settings: { confidentialRoles: ['staff'] },
      });
      expect(await health()).to.include('Gesprek arbeidsgeneesheer');
      const forCoach = titlesOf(await coach.get('/api/agenda?coach=all'));
      expect(forCoach).to.not.include('Gesprek arbeidsgeneesheer');
      expect(forCoach).to.include('Functioneringsgesprek');

      const none = { settings: { confidentialRoles: [] } };
      await changeTenant(world.test, world.north.tenant.id, none);
    });

    it('should drop an item of a section no enabled plugin declares', async () => {
      expect(titlesOf(await staff.get('/api/agenda?coach=all'))).to.not.include('Onbekend');
    });

    it('should drop items about people for a role that may not look people up', async () => {
      const admin = await world.north.client('admin');
      const roles = await admin.get('/api/admin/roles');
      const coachRole = roles.body.roles.find((r: { role: string }) => r.role === 'coach');
      const without = coachRole.permissions.filter((p: string) => p !== 'people.read');
      expect((await admin.put('/api/admin/roles/coach', { permissions: without })).status)
        .to.equal(200);

      const answer = await (await world.north.client('coach')).get('/api/agenda?coach=all');
      expect(titlesOf(answer)).to.deep.equal(['Ploegoverleg', 'Zondagsdienst']);
      await admin.delete('/api/admin/roles/coach');
    });

    it('should show nothing of a plugin the tenant switched off', async () => {
      const all = world.test.app.plugins.map((p) => p.id);
      await changeTenant(world.test, world.north.tenant.id, {
        plugins: all.filter((id) => id !== PROBE_ID),
      });
      const answer = await staff.get('/api/agenda?coach=all');
      await changeTenant(world.test, world.north.tenant.id, { plugins: all });

      expect(answer.status).to.equal(200);
      expect((answer.body.items as Item[]).filter((i) => i.pluginId === PROBE_ID))
        .to.deep.equal([]);
      expect(titlesOf(await staff.get('/api/agenda?coach=all'))).to.include('Ploegoverleg');
    });

    it('should refuse an employee with 403 and a caller without a session with 401', async () => {
      const employee = await world.north.client('employee');
      expect((await employee.get('/api/agenda')).status).to.equal(403);
      expect((await new TestClient(world.test.url).get('/api/agenda')).status).to.equal(401);
    });
  });
});

describe(`GET /api/staff (${testDatabaseKind()})`, () => {
  let world: AgendaWorld;

  before(async () => {
    world = await startAgendaWorld();
  });
  after(async () => {
    await world?.test.close();
  });

  it("should list the tenant's staff accounts by name, not its employees or others", async () => {
    const answer = await (await world.north.client('coach')).get('/api/staff');

    expect(answer.status).to.equal(200);
    const { accounts } = world.north;
    expect(answer.body.items).to.deep.equal(['admin', 'coach', 'staff'].map((role) => ({
      id: accounts[role as 'admin'].id, displayName: `${role} agenda-noord`, role,
    })));
  });

  it('should refuse an employee with 403', async () => {
    const employee = await world.north.client('employee');
    expect((await employee.get('/api/staff')).status).to.equal(403);
  });
});
