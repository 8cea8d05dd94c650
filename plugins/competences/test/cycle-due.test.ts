import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, created, fullAnswers, startCompetenceWorld,
  type CompetenceWorld, type Created,
} from './competence-fixtures.js';
import { addPerson, employeeTypesOf, freezeCycleClock, measured } from './cycle-fixtures.js';

/** 15 April 2026, noon in Brussels. */
const TODAY = '2026-04-15T10:00:00Z';

describe(`What a person is due for (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let coach: TestClient;
  let framework: Created;
  let second: Created;
  let typeCycle: Created;
  let typeId: string;
  let thaw: () => void;

  const dueOf = async (personId: string, client: TestClient = staff) => {
    const answer = await client.get(PATHS.dueOf(personId));
    expect(answer.status, answer.text).to.equal(200);
    return answer.body.items as Array<Record<string, unknown>>;
  };

  before(async () => {
    world = await startCompetenceWorld();
    thaw = freezeCycleClock(world.test, TODAY);
    staff = await world.north.client('staff');
    coach = await world.north.client('coach');
    framework = await createFramework(staff, 'Werkvloer');
    second = await createFramework(staff, 'Tweede kader');
    typeId = (await employeeTypesOf(staff))[0]!.id;
    typeCycle = await created(staff, PATHS.cycles, {
      frameworkId: framework.id, employeeTypeId: typeId, intervalMonths: 6,
      startsOn: '2026-01-01',
    });
  });
  after(async () => {
    thaw?.();
    await world?.test.close();
  });

  it('should start from the first working day and then from the last periodic one', async () => {
    const personId = await addPerson(staff, 'Öztürk', {
      employeeTypeId: typeId, startDate: '2026-03-02',
    });
    expect(await dueOf(personId)).to.deep.equal([{
      frameworkId: framework.id, frameworkName: 'Werkvloer', cycleId: typeCycle.id,
      intervalMonths: 6, lastDate: null, dueDate: '2026-03-02', overdue: true,
      withSelfAssessment: true,
    }]);

    await measured(coach, personId, framework.id, '2026-03-10');
    await measured(coach, personId, framework.id, '2026-04-01', 'ad-hoc');
    await createMeasurement(coach, personId, framework.id, fullAnswers(), { date: '2026-04-10' });
    expect(await dueOf(personId, coach)).to.deep.equal([{
      frameworkId: framework.id, frameworkName: 'Werkvloer', cycleId: typeCycle.id,
      intervalMonths: 6, lastDate: '2026-03-10', dueDate: '2026-09-10', overdue: false,
      withSelfAssessment: true,
    }]);
  });

  it("should let a person's own cycle win and list frameworks by due date", async () => {
    const personId = await addPerson(staff, 'El Idrissi', { employeeTypeId: typeId });
    await measured(coach, personId, framework.id, '2026-03-10');
    const own = await created(staff, PATHS.cycles, {
      frameworkId: framework.id, personId, intervalMonths: 3, startsOn: '2026-01-01',
      withSelfAssessment: false,
    });
    const other = await created(staff, PATHS.cycles, {
      frameworkId: second.id, personId, intervalMonths: 12, startsOn: '2026-05-01',
    });

    const due = await dueOf(personId);
    expect(due.map((d) => [d.cycleId, d.dueDate, d.overdue])).to.deep.equal([
      [other.id, '2026-05-01', false],
      [own.id, '2026-06-10', false],
    ]);
    expect(due[1]).to.include({ withSelfAssessment: false, lastDate: '2026-03-10' });
  });

  it('should add months as date-fns does at the end of a month, and flag overdue', async () => {
    const personId = await addPerson(staff, 'Brzęczyszczykiewicz', { employeeTypeId: typeId });
    await measured(coach, personId, framework.id, '2025-08-31');
    expect(await dueOf(personId)).to.have.deep.nested.property('[0]').that.includes({
      lastDate: '2025-08-31', dueDate: '2026-02-28', overdue: true,
    });

    const today = await addPerson(staff, 'Vandaag', { employeeTypeId: typeId });
    await measured(coach, today, framework.id, '2025-10-15');
    expect(await dueOf(today)).to.have.deep.nested.property('[0]').that.includes({
      dueDate: '2026-04-15', overdue: false,
    });
  });

  it('should not be due before the cycle starts, whatever was measured before', async () => {
    const personId = await addPerson(staff, 'Janssens', { startDate: '2020-02-03' });
    await measured(coach, personId, framework.id, '2024-12-10');
    const own = await created(staff, PATHS.cycles, {
      frameworkId: framework.id, personId, intervalMonths: 6, startsOn: '2026-05-01',
    });

    expect(await dueOf(personId)).to.deep.equal([{
      frameworkId: framework.id, frameworkName: 'Werkvloer', cycleId: own.id,
      intervalMonths: 6, lastDate: '2024-12-10', dueDate: '2026-05-01', overdue: false,
      withSelfAssessment: true,
    }]);
  });

  it('should give nothing to people who left, or whose end date is past', async () => {
    const left = await addPerson(staff, 'Dubois', {
      employeeTypeId: typeId, status: 'left', startDate: '2024-01-01', endDate: '2026-04-30',
    });
    const ended = await addPerson(staff, 'Nguyễn', {
      employeeTypeId: typeId, startDate: '2024-01-01', endDate: '2026-04-14',
    });
    const endsToday = await addPerson(staff, 'Ben Saïd', {
      employeeTypeId: typeId, startDate: '2024-01-01', endDate: '2026-04-15',
    });
    const untyped = await addPerson(staff, 'Van der Heyden');

    const leaving = await addPerson(staff, 'De Smet', {
      employeeTypeId: typeId, startDate: '2024-01-01', endDate: '2026-04-20',
    });
    await measured(coach, leaving, framework.id, '2026-03-01');

    expect(await dueOf(left)).to.deep.equal([]);
    expect(await dueOf(ended)).to.deep.equal([]);
    expect(await dueOf(untyped)).to.deep.equal([]);
    expect(await dueOf(leaving), 'due after the end date').to.deep.equal([]);
    expect((await dueOf(endsToday)).map((d) => [d.dueDate, d.overdue]))
      .to.deep.equal([['2026-01-01', true]]);
  });

  it("should answer 404 for another tenant's person and keep employees out", async () => {
    const southStaff = await world.south.client('staff');
    const answer = await southStaff.get(PATHS.dueOf(world.north.employeePerson.id));
    expect(answer.status).to.equal(404);

    const employee = await world.north.client('employee');
    const own = await employee.get(PATHS.dueOf(world.north.employeePerson.id));
    expect(own.status).to.be.oneOf([403, 404]);
  });
});
