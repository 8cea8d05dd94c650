import { expect } from 'chai';
import {
  startTestApp, testDatabaseKind, TestClient, type TestApp, type TestClient as Client,
} from '@dots/core/testing';
import {
  COMPETENCE_PATHS as PATHS, MEASUREMENTS_SECTION, SELF_ASSESSMENT_SECTION,
} from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, fullAnswers, startCompetenceWorld,
  type CompetenceWorld,
} from './competence-fixtures.js';
import {
  colleagueOf, offeredFor, startedSelfAssessment, submittedSelfAssessment,
} from './self-assessment-fixtures.js';

const DEMO_PASSWORD = 'demo-password-for-tests';

/** The ids of the measurements in a section of a portal answer or a JSON export. */
function idsIn(sections: Array<{ section: string; data: unknown }>, section: string) {
  const found = sections.find((s) => s.section === section);
  return found ? (found.data as Array<{ id: string }>).map((m) => m.id) : undefined;
}

describe(`Self-assessments in the portal and the exports (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let coach: Client;
  let employee: Client;
  let rows: Record<'selfDraft' | 'selfFinal' | 'coachDraft' | 'unshared' | 'shared' | 'theirs',
    string>;

  before(async () => {
    world = await startCompetenceWorld();
    coach = await world.north.client('coach');
    employee = await world.north.client('employee');
    const staff = await world.north.client('staff');
    const framework = await createFramework(staff);
    const person = world.north.employeePerson.id;
    await offeredFor(staff, person, framework.id);

    const selfFinal = await submittedSelfAssessment(employee, framework.id);
    const selfDraft = await startedSelfAssessment(employee, framework.id);
    const coachDraft = await createMeasurement(coach, person, framework.id, fullAnswers());
    const unshared = await createMeasurement(coach, person, framework.id, fullAnswers());
    await coach.post(PATHS.finalise(unshared.id), {});
    const shared = await createMeasurement(coach, person, framework.id, fullAnswers());
    await coach.post(PATHS.finalise(shared.id), {});
    await coach.post(PATHS.share(shared.id), {});
    const colleague = await colleagueOf(world.test, world.north, 'cagla-export');
    await offeredFor(staff, colleague.personId, framework.id);
    const theirs = await submittedSelfAssessment(colleague.client, framework.id);
    rows = {
      selfDraft: selfDraft.id, selfFinal: selfFinal.id, coachDraft: coachDraft.id,
      unshared: unshared.id, shared: shared.id, theirs: theirs.id,
    };
  });
  after(async () => {
    await world?.test.close();
  });

  it("should give the employee's portal their own self-assessments and shared results only",
    async () => {
      const me = await employee.get('/api/me');
      expect(me.status).to.equal(200);

      expect(idsIn(me.body.sections, SELF_ASSESSMENT_SECTION))
        .to.have.members([rows.selfDraft, rows.selfFinal, rows.shared]);
      expect(idsIn(me.body.sections, MEASUREMENTS_SECTION)).to.equal(undefined);
      const own = me.body.sections.find((s: any) => s.section === SELF_ASSESSMENT_SECTION);
      const titles = own.records.map((r: any) => r.titleNl);
      expect(titles.filter((t: string) => t.startsWith('Zelfbeoordeling'))).to.have.length(2);
      expect(JSON.stringify(own.records)).to.contain('Nog niet ingediend').and.contain('Ingediend');
    });

  it('should put the same in their own export', async () => {
    const file = await employee.get('/api/me/export?format=json');
    expect(file.status).to.equal(200);
    const body = JSON.parse(file.text);

    expect(idsIn(body.sections, SELF_ASSESSMENT_SECTION))
      .to.have.members([rows.selfDraft, rows.selfFinal, rows.shared]);
    expect(file.text).to.not.contain(rows.unshared).and.not.contain(rows.coachDraft)
      .and.not.contain(rows.theirs);
  });

  it('should give the access-request export every final measurement, no draft', async () => {
    const admin = await world.north.client('admin');
    const person = world.north.employeePerson.id;
    const file = await admin.get(`/api/people/${person}/export?format=json`);
    const body = JSON.parse(file.text);

    expect(idsIn(body.sections, MEASUREMENTS_SECTION))
      .to.have.members([rows.selfFinal, rows.unshared, rows.shared]);
    expect(idsIn(body.sections, SELF_ASSESSMENT_SECTION)).to.equal(undefined);
    const shared = idsIn(body.sections, MEASUREMENTS_SECTION)!.indexOf(rows.shared);
    const data = body.sections.find((s: any) => s.section === MEASUREMENTS_SECTION).data;
    expect(data[shared].sharedAt).to.be.a('string');
  });
});

describe(`The demo employee's self-assessment and shared results (${testDatabaseKind()})`,
  () => {
    let test: TestApp;

    before(async () => {
      test = await startTestApp({ settings: { demoPassword: DEMO_PASSWORD } });
      await test.app.seedDemoIfEmpty();
    });
    after(async () => {
      await test?.close();
    });

    it('should show a submitted self-assessment and a shared coach measurement', async () => {
      const employee = await new TestClient(test.url)
        .signIn('demo-maatwerk', 'employee', DEMO_PASSWORD);
      const results = (await employee.get(PATHS.myResults)).body.items;

      expect(results.filter((m: any) => m.perspective === 'self')).to.have.length(1);
      const shared = results.filter((m: any) => m.perspective === 'coach');
      expect(shared).to.have.length(1);
      expect(shared[0].sharedAt).to.be.a('string');
      const self = (await employee.get(PATHS.mySelfAssessments)).body.items;
      expect(self.map((m: any) => m.status)).to.have.members(['final', 'draft']);

      const staff = await new TestClient(test.url).signIn('demo-maatwerk', 'staff', DEMO_PASSWORD);
      const personId = results[0].personId;
      const seen = (await staff.get(PATHS.measurementsOf(personId))).body.items;
      expect(seen.filter((m: any) => m.perspective === 'self').map((m: any) => m.status))
        .to.deep.equal(['final']);
    });

    it('should offer the demo employee the work-floor framework to score themselves on',
      async () => {
        const employee = await new TestClient(test.url)
          .signIn('demo-maatwerk', 'employee', DEMO_PASSWORD);
        const draft = (await employee.get(PATHS.mySelfAssessments)).body.items
          .find((m: any) => m.status === 'draft');

        const offered = (await employee.get(PATHS.mySelfAssessmentFrameworks)).body.items;
        expect(offered).to.have.length(1);
        expect(offered[0]).to.include({ id: draft.frameworkId, openDraftId: draft.id });
        expect(offered[0].source.ready).to.equal('work-floor');
      });
  });
