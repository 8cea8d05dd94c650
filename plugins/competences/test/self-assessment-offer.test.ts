import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, created, fieldsOf, fullAnswers, startCompetenceWorld,
  type CompetenceWorld,
} from './competence-fixtures.js';
import { employeeTypesOf } from './cycle-fixtures.js';
import { colleagueOf, offeredFor, startedSelfAssessment } from './self-assessment-fixtures.js';

/** The names of the frameworks the employee is offered, in the order of the list. */
async function offeredNames(employee: TestClient): Promise<string[]> {
  const answer = await employee.get(PATHS.mySelfAssessmentFrameworks);
  if (answer.status !== 200) throw new Error(`${answer.status} ${answer.text}`);
  return answer.body.items.map((framework: { name: string }) => framework.name);
}

describe(`Which frameworks the employee is offered to score themselves on (${
  testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let coach: TestClient;
  let types: Array<{ id: string }>;

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
    coach = await world.north.client('coach');
    types = await employeeTypesOf(staff);
  });
  after(async () => {
    await world?.test.close();
  });

  /** A cycle for everyone of an employee type. */
  const typeCycle = (frameworkId: string, employeeTypeId: string, withSelfAssessment: boolean) =>
    created(staff, PATHS.cycles, {
      frameworkId, employeeTypeId, intervalMonths: 6, startsOn: '2026-01-01', withSelfAssessment,
    });

  it('should offer nothing without a cycle or a measurement, and refuse to start (400)',
    async () => {
      const esco = await createFramework(staff, 'ESCO transversale vaardigheden');
      await createFramework(staff, 'Work-floor skills');
      const { client: employee } = await colleagueOf(world.test, world.north, 'zofia-none');

      expect(await offeredNames(employee)).to.deep.equal([]);
      const start = await employee.post(PATHS.mySelfAssessments, { frameworkId: esco.id });
      expect(start.status, start.text).to.equal(400);
      expect(start.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(fieldsOf(start.body)).to.deep.equal(['frameworkId']);
      expect((await employee.get(PATHS.mySelfAssessments)).body.items).to.deep.equal([]);
    });

  it("should offer the applying cycles that ask for it and the coach's final measurements",
    async () => {
      const [mine, other] = [types[0]!.id, types[1]!.id];
      const names = ['A ploeg', 'B eigen nee', 'C type nee', 'D los', 'E gemeten', 'F concept',
        'G ander type', 'H eigen ja'];
      const [a, b, c, d, e, f, g, h] = await Promise.all(
        names.map((name) => createFramework(staff, name)));
      const { client: employee, personId } = await colleagueOf(world.test, world.north,
        'zofia-cycles', { employeeTypeId: mine });

      await typeCycle(a!.id, mine, true);
      // The person's own cycle wins over their type's, also when it asks for no self-assessment.
      await typeCycle(b!.id, mine, true);
      await offeredFor(staff, personId, b!.id, false);
      await typeCycle(c!.id, mine, false);
      await typeCycle(g!.id, other, true);
      await offeredFor(staff, personId, h!.id);
      const final = await createMeasurement(coach, personId, e!.id, fullAnswers());
      await coach.post(PATHS.finalise(final.id), {});
      await createMeasurement(coach, personId, f!.id, fullAnswers());

      expect(await offeredNames(employee)).to.deep.equal(['A ploeg', 'E gemeten', 'H eigen ja']);
      for (const refused of [b, c, d, f, g]) {
        const start = await employee.post(PATHS.mySelfAssessments, { frameworkId: refused!.id });
        expect(start.status, refused!.name).to.equal(400);
        expect(fieldsOf(start.body)).to.deep.equal(['frameworkId']);
      }
      for (const offered of [a, e, h]) {
        const start = await employee.post(PATHS.mySelfAssessments, { frameworkId: offered!.id });
        expect(start.status, `${offered!.name}: ${start.text}`).to.equal(201);
      }
      const own = (await employee.get(PATHS.mySelfAssessments)).body.items;
      expect(own.map((m: { frameworkId: string }) => m.frameworkId))
        .to.have.members([a!.id, e!.id, h!.id]);
    });

  it('should keep offering a framework with an open draft after its cycle is gone', async () => {
    const framework = await createFramework(staff, 'Tijdelijk');
    const { client: employee, personId } = await colleagueOf(world.test, world.north,
      'zofia-draft');
    const cycleId = await offeredFor(staff, personId, framework.id);
    const draft = await startedSelfAssessment(employee, framework.id);
    expect((await staff.delete(PATHS.cycle(cycleId))).status).to.equal(204);

    const offered = (await employee.get(PATHS.mySelfAssessmentFrameworks)).body.items;
    expect(offered.map((item: { id: string; openDraftId: string | null }) =>
      [item.id, item.openDraftId])).to.deep.equal([[framework.id, draft.id]]);
    const again = await employee.post(PATHS.mySelfAssessments, { frameworkId: framework.id });
    expect(again.status, 'the open draft continues').to.equal(200);
    expect(again.body.id).to.equal(draft.id);

    expect((await employee.delete(PATHS.mySelfAssessment(draft.id))).status).to.equal(204);
    expect(await offeredNames(employee)).to.deep.equal([]);
    const start = await employee.post(PATHS.mySelfAssessments, { frameworkId: framework.id });
    expect(start.status).to.equal(400);
  });
});
