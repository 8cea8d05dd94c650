import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, created, fieldsOf, startCompetenceWorld, type CompetenceWorld, type Created,
} from './competence-fixtures.js';
import { addPerson, employeeTypesOf } from './cycle-fixtures.js';

describe(`Competence cycles (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let coach: TestClient;
  let framework: Created;
  let types: Array<{ id: string }>;
  let south: { framework: Created; typeId: string; personId: string };

  const cycleIds = async () =>
    ((await staff.get(PATHS.cycles)).body.items as Array<{ id: string }>).map((c) => c.id);

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
    coach = await world.north.client('coach');
    framework = await createFramework(staff, 'Werkvloer');
    types = await employeeTypesOf(staff);

    const southStaff = await world.south.client('staff');
    south = {
      framework: await createFramework(southStaff, 'Zuid'),
      typeId: (await employeeTypesOf(southStaff))[0]!.id,
      personId: world.south.employeePerson.id,
    };
  });
  after(async () => {
    await world?.test.close();
  });

  it('should add, list, change and delete a cycle of an employee type', async () => {
    const cycle = await created(staff, PATHS.cycles, {
      frameworkId: framework.id, employeeTypeId: types[0]!.id, intervalMonths: 6,
      startsOn: '2026-01-01',
    });
    expect(cycle).to.deep.equal({
      id: cycle.id, frameworkId: framework.id, frameworkName: 'Werkvloer',
      employeeTypeId: types[0]!.id, employeeTypeName: 'Doelgroepwerknemer collectief maatwerk',
      personId: null, intervalMonths: 6, startsOn: '2026-01-01', withSelfAssessment: true,
    });
    const listed = await coach.get(PATHS.cycles);
    expect(listed.status).to.equal(200);
    expect(listed.body.items).to.deep.include(cycle);

    const changed = await staff.patch(PATHS.cycle(cycle.id), {
      intervalMonths: 12, withSelfAssessment: false,
    });
    expect(changed.body).to.include({ intervalMonths: 12, withSelfAssessment: false });
    expect((await staff.get(PATHS.cycles)).body.items).to.deep.include(changed.body);

    expect((await staff.delete(PATHS.cycle(cycle.id))).status).to.equal(204);
    expect(await cycleIds()).to.not.include(cycle.id);
  });

  it("should move a cycle to a person, and refuse a second one on a target's framework",
    async () => {
      const personId = await addPerson(staff, 'Wójcik');
      const cycle = await created(staff, PATHS.cycles, {
        frameworkId: framework.id, personId, intervalMonths: 3, startsOn: '2026-02-01',
      });
      const again = await staff.post(PATHS.cycles, {
        frameworkId: framework.id, personId, intervalMonths: 6, startsOn: '2026-02-01',
      });
      expect(again.status).to.equal(409);
      expect(again.body.type).to.match(/cycle_exists$/);
      expect(again.body.cycleId).to.equal(cycle.id);

      const ofType = await created(staff, PATHS.cycles, {
        frameworkId: framework.id, employeeTypeId: types[1]!.id, intervalMonths: 6,
        startsOn: '2026-02-01',
      });
      const clash = await staff.patch(PATHS.cycle(cycle.id), { employeeTypeId: types[1]!.id });
      expect(clash.status).to.equal(409);
      const moved = await staff.patch(PATHS.cycle(ofType.id), {
        employeeTypeId: types[2]!.id,
      });
      expect(moved.body).to.include({ employeeTypeId: types[2]!.id, personId: null });
      const toPerson = await staff.patch(PATHS.cycle(ofType.id), {
        personId: world.north.employeePerson.id,
      });
      expect(toPerson.body).to.include({
        personId: world.north.employeePerson.id, employeeTypeId: null, employeeTypeName: null,
      });
    });

  it('should refuse bad input with 400 naming the field, and store nothing', async () => {
    const before = await cycleIds();
    const valid = {
      frameworkId: framework.id, employeeTypeId: types[3]!.id, intervalMonths: 6,
      startsOn: '2026-01-01',
    };
    const refused = async (body: object, fields: string[]) => {
      const answer = await staff.post(PATHS.cycles, body);
      expect(answer.status, JSON.stringify(answer.body)).to.equal(400);
      expect(answer.headers.get('content-type')).to.match(/application\/problem\+json/);
      expect(fieldsOf(answer.body), JSON.stringify(body)).to.deep.equal(fields);
    };

    await refused({ ...valid, personId: world.north.employeePerson.id }, ['personId']);
    await refused({ ...valid, employeeTypeId: undefined }, ['employeeTypeId']);
    for (const intervalMonths of [0, 37, 1.5, '6', null]) {
      await refused({ ...valid, intervalMonths }, ['intervalMonths']);
    }
    for (const startsOn of ['2026-02-30', '01/01/2026', '2026-1-1', '']) {
      await refused({ ...valid, startsOn }, ['startsOn']);
    }
    await refused({ ...valid, frameworkId: 'not-an-id' }, ['frameworkId']);
    await refused({ ...valid, tenantId: world.south.tenant.id }, ['tenantId']);
    await refused({ ...valid, frameworkId: south.framework.id, employeeTypeId: south.typeId },
      ['frameworkId', 'employeeTypeId']);
    await refused({ ...valid, employeeTypeId: undefined, personId: south.personId },
      ['personId']);
    const patched = await staff.patch(PATHS.cycle((await created(staff, PATHS.cycles, valid)).id),
      { employeeTypeId: south.typeId });
    expect(patched.status).to.equal(400);
    expect(fieldsOf(patched.body)).to.deep.equal(['employeeTypeId']);

    expect((await cycleIds()).length).to.equal(before.length + 1);
  });

  it('should let only managers write, and hide other tenants\u2019 cycles', async () => {
    const body = {
      frameworkId: framework.id, employeeTypeId: types[0]!.id, intervalMonths: 6,
      startsOn: '2026-01-01',
    };
    expect((await coach.post(PATHS.cycles, body)).status).to.equal(403);
    const employee = await world.north.client('employee');
    expect((await employee.get(PATHS.cycles)).status).to.equal(403);

    const southStaff = await world.south.client('staff');
    const foreign = await created(southStaff, PATHS.cycles, {
      frameworkId: south.framework.id, employeeTypeId: south.typeId, intervalMonths: 6,
      startsOn: '2026-01-01',
    });
    expect(await cycleIds()).to.not.include(foreign.id);
    expect((await staff.patch(PATHS.cycle(foreign.id), { intervalMonths: 2 })).status)
      .to.equal(404);
    expect((await staff.delete(PATHS.cycle(foreign.id))).status).to.equal(404);
    const still = await southStaff.get(PATHS.cycles);
    expect(still.body.items.find((c: Created) => c.id === foreign.id))
      .to.include({ intervalMonths: 6 });
  });
});
