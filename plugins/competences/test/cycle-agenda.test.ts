import { expect } from 'chai';
import { Account } from '@dots/core';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import {
  COMPETENCE_PATHS as PATHS, COMPETENCE_PERMISSIONS,
} from '../src/common/competence-permissions.js';
import {
  createFramework, created, startCompetenceWorld, type CompetenceWorld, type Created,
} from './competence-fixtures.js';
import {
  addPerson, countQueries, employeeTypesOf, freezeCycleClock, measured,
} from './cycle-fixtures.js';

const WEEK = 'from=2026-04-13&to=2026-04-19';
/** The week of the frozen today, Sunday 12 April 2026. */
const TODAYS_WEEK = 'from=2026-04-06&to=2026-04-12';

interface Item {
  id: string; pluginId: string; kind: string; date: string; time: string | null; title: string;
  personId: string | null; personName: string | null; ownerAccountId: string | null;
  done: boolean; link: string | null;
}

describe(`Measurements due in the agenda (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let framework: Created;
  let typeId: string;
  let people: Record<'fresh' | 'measured' | 'overdue' | 'own', string>;
  let thaw: () => void;

  const agenda = async (client: TestClient, query: string) => {
    const answer = await client.get(`/api/agenda?${query}`);
    expect(answer.status, answer.text).to.equal(200);
    return (answer.body.items as Item[]).filter((item) => item.pluginId === 'competences');
  };
  const itemId = (personId: string) => `measurement-due:${personId}:${framework.id}`;

  before(async () => {
    world = await startCompetenceWorld();
    // Sunday 12 April, the day before the week the tests read: nothing in it is late yet.
    thaw = freezeCycleClock(world.test, '2026-04-12T10:00:00Z');
    staff = await world.north.client('staff');
    const coach = await world.north.client('coach');
    framework = await createFramework(staff, 'Werkvloer');
    const types = await employeeTypesOf(staff);
    typeId = types[0]!.id;
    await created(staff, PATHS.cycles, {
      frameworkId: framework.id, employeeTypeId: typeId, intervalMonths: 6,
      startsOn: '2026-01-01',
    });

    const typed = { employeeTypeId: typeId };
    people = {
      // Never measured: due on the first working day, as it is after the cycle's start.
      fresh: await addPerson(staff, 'Nieuw', { ...typed, startDate: '2026-04-13' }),
      measured: await addPerson(staff, 'Gemeten', typed),
      overdue: await addPerson(staff, 'Te laat', typed),
      own: await addPerson(staff, 'Eigen', typed),
    };
    await measured(coach, people.measured, framework.id, '2025-10-16');
    // Made later, dated earlier: the last by date counts, and its assessor is asked again.
    await measured(staff, people.measured, framework.id, '2025-04-16');
    await measured(staff, people.measured, framework.id, '2025-11-02', 'ad-hoc');
    await measured(coach, people.overdue, framework.id, '2025-09-01');
    await measured(coach, people.own, framework.id, '2026-01-14');
    await created(staff, PATHS.cycles, {
      frameworkId: framework.id, personId: people.own, intervalMonths: 3,
      startsOn: '2026-01-01', withSelfAssessment: false,
    });
    await addPerson(staff, 'Vertrokken', { ...typed, status: 'left' });
    await addPerson(staff, 'Ander statuut', { employeeTypeId: types[1]!.id });
  });
  after(async () => {
    thaw?.();
    await world?.test.close();
  });

  it('should show each measurement due in the week on its day, for everyone', async () => {
    const items = await agenda(staff, `${WEEK}&coach=all`);

    expect(items.map((item) => [item.date, item.id, item.title])).to.deep.equal([
      ['2026-04-13', itemId(people.fresh), 'Meting en zelfbeoordeling: Werkvloer'],
      ['2026-04-14', itemId(people.own), 'Meting: Werkvloer'],
      ['2026-04-16', itemId(people.measured), 'Meting en zelfbeoordeling: Werkvloer'],
    ]);
    expect(items[0]).to.deep.equal({
      id: itemId(people.fresh), pluginId: 'competences', kind: 'competence-measurement',
      date: '2026-04-13', time: null, title: 'Meting en zelfbeoordeling: Werkvloer',
      personId: people.fresh, personName: 'Zofia Nieuw', ownerAccountId: null, done: false,
      link: `/people/${people.fresh}?tab=competences.measurements`,
    });
  });

  it('should show an overdue measurement on today, saying since when', async () => {
    // Due on 1 March: not on that day any more, but on today, Sunday 12 April.
    expect(await agenda(staff, 'from=2026-02-23&to=2026-03-01&coach=all')).to.deep.equal([]);
    const items = await agenda(staff, `${TODAYS_WEEK}&coach=all`);
    expect(items.map((item) => [item.date, item.id, item.title, item.done])).to.deep.equal([
      ['2026-04-12', itemId(people.overdue),
        'Meting en zelfbeoordeling: Werkvloer (te laat sinds 01/03/2026)', false],
    ]);
    expect(await agenda(staff, `${WEEK}&coach=all`)).to.have.length(3);
  });

  it('should give each item to the coach who made the last periodic measurement', async () => {
    const coachId = world.north.accounts.coach.id;
    const owners = (await agenda(staff, `${WEEK}&coach=all`))
      .map((item) => [item.id, item.ownerAccountId]);
    expect(owners).to.deep.equal([
      [itemId(people.fresh), null], [itemId(people.own), coachId],
      [itemId(people.measured), coachId],
    ]);

    const coach = await world.north.client('coach');
    const mine = [itemId(people.own), itemId(people.measured)];
    expect((await agenda(coach, WEEK)).map((item) => item.id)).to.deep.equal(mine);
    expect((await agenda(staff, `${WEEK}&coach=${coachId}`)).map((item) => item.id))
      .to.deep.equal(mine);
    expect((await agenda(staff, `${WEEK}&coach=me`)).map((item) => item.id)).to.deep.equal([]);
    expect((await agenda(coach, `${TODAYS_WEEK}&coach=me`)).map((item) => item.id))
      .to.deep.equal([itemId(people.overdue)]);
  });

  it('should keep to the department asked for', async () => {
    const admin = await world.north.client('admin');
    const department = await created(admin, '/api/admin/departments', { name: 'Atelier' });
    const person = await staff.get(`/api/people/${people.measured}`);
    const moved = await staff.patch(`/api/people/${people.measured}`, {
      departmentId: department.id, version: person.body.version,
    });
    expect(moved.status, moved.text).to.equal(200);

    const items = await agenda(staff, `${WEEK}&coach=all&department=${department.id}`);
    expect(items.map((item) => item.id)).to.deep.equal([itemId(people.measured)]);
  });

  it('should word the items in the reader\u2019s language', async () => {
    const em = world.test.em();
    const account = await em.findOneOrFail(Account, { id: world.north.accounts.admin.id }, {
      filters: false,
    });
    account.locale = 'en';
    await em.flush();

    const admin = await world.north.client('admin');
    const titles = (await agenda(admin, `${WEEK}&coach=all`)).map((item) => item.title);
    expect(titles).to.deep.equal([
      'Measurement and self-assessment: Werkvloer', 'Measurement: Werkvloer',
      'Measurement and self-assessment: Werkvloer',
    ]);
    expect((await agenda(admin, `${TODAYS_WEEK}&coach=all`)).map((item) => item.title))
      .to.deep.equal(['Measurement and self-assessment: Werkvloer (overdue since 01/03/2026)']);
  });

  it('should drop the items for a role that may not read measurements', async () => {
    const admin = await world.north.client('admin');
    const roles = await admin.get('/api/admin/roles');
    const held: string[] = roles.body.roles.find((r: { role: string }) => r.role === 'coach')
      .permissions;
    const without = held.filter((name) => name !== COMPETENCE_PERMISSIONS.view);
    expect(without.length).to.equal(held.length - 1);

    const coach = await world.north.client('coach');
    expect(await agenda(coach, `${WEEK}&coach=all`)).to.have.length(3);
    const put = await admin.put('/api/admin/roles/coach', { permissions: without });
    expect(put.status, put.text).to.equal(200);
    expect(await agenda(coach, `${WEEK}&coach=all`)).to.deep.equal([]);
    await admin.delete('/api/admin/roles/coach');
  });

  it("should show another tenant none of these", async () => {
    const south = await world.south.client('staff');
    expect(await agenda(south, `${WEEK}&coach=all`)).to.deep.equal([]);
  });

  it('should not ask the database once per person', async () => {
    const ask = () => agenda(staff, `${WEEK}&coach=all`);
    await ask();
    const before = await countQueries(world.test, ask);
    expect(before, 'the spy saw no statement').to.be.greaterThan(0);

    for (const name of ['Extra Een', 'Extra Twee', 'Extra Drie', 'Extra Vier']) {
      const personId = await addPerson(staff, name, { employeeTypeId: typeId });
      await measured(await world.north.client('coach'), personId, framework.id, '2025-10-17');
    }
    expect(await ask()).to.have.length(7);
    expect(await countQueries(world.test, ask)).to.equal(before);
  });
});
