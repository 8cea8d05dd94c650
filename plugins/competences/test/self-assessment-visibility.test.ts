import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import {
  COMPETENCE_PATHS as PATHS, MEASUREMENTS_SECTION, SELF_ASSESSMENT_SECTION,
} from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, fullAnswers, startCompetenceWorld,
  type CompetenceWorld, type Created,
} from './competence-fixtures.js';
import {
  offeredFor, startedSelfAssessment, submittedSelfAssessment,
} from './self-assessment-fixtures.js';

const SECTIONS = '/api/admin/dossier-sections';

describe(`Who sees which self-assessment and measurement, and when (${testDatabaseKind()})`,
  () => {
    let world: CompetenceWorld;
    let staff: TestClient;
    let coach: TestClient;
    let employee: TestClient;
    let admin: TestClient;
    let framework: Created;
    let person: string;

    before(async () => {
      world = await startCompetenceWorld();
      staff = await world.north.client('staff');
      coach = await world.north.client('coach');
      employee = await world.north.client('employee');
      admin = await world.north.client('admin');
      framework = await createFramework(staff);
      person = world.north.employeePerson.id;
      await offeredFor(staff, person, framework.id);
    });
    after(async () => {
      await world?.test.close();
    });
    afterEach(async () => {
      await admin.put(SECTIONS, { employeeSections: {} });
    });

    const staffIds = async () => (await staff.get(PATHS.measurementsOf(person)))
      .body.items.map((m: any) => m.id) as string[];

    /** Every way staff could change a measurement, with a body that would pass validation. */
    const staffWrites = (id: string) => [
      () => staff.patch(PATHS.measurement(id), { note: 'door staff' }),
      () => staff.delete(PATHS.measurement(id)),
      () => staff.post(PATHS.finalise(id), {}),
      () => staff.post(PATHS.amendments(id), {
        reason: 'bijsturen', scores: [{ indicatorKey: 'i1', value: 1 }],
      }),
      () => coach.post(PATHS.share(id), {}),
    ];

    it("should hide the employee's draft from staff as if it did not exist", async () => {
      const draft = await startedSelfAssessment(employee, framework.id);
      await employee.patch(PATHS.mySelfAssessment(draft.id), { scores: fullAnswers() });
      const unknown = await staff.get(PATHS.measurement(crypto.randomUUID()));

      expect(await staffIds()).to.not.include(draft.id);
      const read = await staff.get(PATHS.measurement(draft.id));
      expect(read.status).to.equal(404);
      expect(read.body.detail).to.equal(unknown.body.detail);
      const statuses = [];
      for (const write of staffWrites(draft.id)) statuses.push((await write()).status);
      expect(statuses).to.deep.equal([404, 404, 404, 404, 404]);
      expect((await employee.get(PATHS.mySelfAssessment(draft.id))).body.status)
        .to.equal('draft');
      await employee.delete(PATHS.mySelfAssessment(draft.id));
    });

    it('should show a submitted self-assessment to staff, who cannot change it (403)',
      async () => {
        const submitted = await submittedSelfAssessment(employee, framework.id, [1, 2, 1, 2]);

        expect(await staffIds()).to.include(submitted.id);
        const read = await coach.get(PATHS.measurement(submitted.id));
        expect(read.status).to.equal(200);
        expect(read.body).to.include({ perspective: 'self', status: 'final', assessorId: null });

        const writes = [];
        for (const write of staffWrites(submitted.id)) writes.push(await write());
        for (const write of writes) {
          expect(write.status, write.text).to.equal(403);
          expect(write.body.type).to.equal('urn:dots:problem:self_assessment_owned');
          expect(write.headers.get('content-type')).to.match(/^application\/problem\+json/);
        }
        const after = await coach.get(PATHS.measurement(submitted.id));
        expect(after.body.scores).to.deep.equal(read.body.scores);
        expect(after.body).to.include({ note: null, sharedAt: null });
        expect(after.body.amendments).to.deep.equal([]);
      });

    it("should keep the coach's scores from the employee until shared, drafts always",
      async () => {
        const draft = await createMeasurement(coach, person, framework.id, fullAnswers());
        const final = await createMeasurement(coach, person, framework.id, fullAnswers());
        await coach.post(PATHS.finalise(final.id), {});
        const own = await submittedSelfAssessment(employee, framework.id);
        const ids = async () => (await employee.get(PATHS.myResults)).body.items
          .map((m: any) => m.id) as string[];

        expect(await ids()).to.include(own.id).and.not.include.members([draft.id, final.id]);
        expect((await employee.get(PATHS.measurement(final.id))).status).to.equal(403);
        expect((await employee.get(PATHS.measurementsOf(person))).status).to.equal(403);

        await coach.post(PATHS.share(final.id), {});
        expect(await ids()).to.include.members([own.id, final.id]).and.not.include(draft.id);
        const results = (await employee.get(PATHS.myResults)).body.items;
        expect(results.every((m: any) => m.status === 'final')).to.equal(true);
        const self = (await employee.get(PATHS.mySelfAssessments)).body.items;
        expect(self.map((m: any) => m.id)).to.not.include(final.id);
      });

    it('should work for the employee while the tenant hides the measurements section',
      async () => {
        const settings = (await admin.get(SECTIONS)).body;
        const measurements = settings.sections.find((s: any) => s.id === MEASUREMENTS_SECTION);
        expect(measurements.visibleToEmployee, 'the default hides it').to.equal(false);

        const draft = await startedSelfAssessment(employee, framework.id);
        expect((await employee.get(PATHS.mySelfAssessment(draft.id))).status).to.equal(200);
        expect((await employee.get(PATHS.myResults)).status).to.equal(200);
        await employee.delete(PATHS.mySelfAssessment(draft.id));
      });

    it('should show no unshared coach result when the tenant shows the measurements section',
      async () => {
        const final = await createMeasurement(coach, person, framework.id, fullAnswers());
        await coach.post(PATHS.finalise(final.id), {});
        await admin.put(SECTIONS, { employeeSections: { [MEASUREMENTS_SECTION]: true } });

        const results = (await employee.get(PATHS.myResults)).body.items;
        expect(results.map((m: any) => m.id)).to.not.include(final.id);
        const me = (await employee.get('/api/me')).body;
        const listed = me.sections.filter((s: any) => Array.isArray(s.data))
          .flatMap((s: any) => s.data.map((m: any) => m.id));
        expect(listed).to.not.include(final.id);
      });

    it("should close the employee's part when the tenant hides it from employees", async () => {
      const own = await submittedSelfAssessment(employee, framework.id);
      await admin.put(SECTIONS, { employeeSections: { [SELF_ASSESSMENT_SECTION]: false } });

      expect((await employee.get(PATHS.mySelfAssessments)).status).to.equal(404);
      expect((await employee.get(PATHS.mySelfAssessment(own.id))).status).to.equal(404);
      expect((await employee.get(PATHS.myResults)).status).to.equal(404);
      const start = await employee.post(PATHS.mySelfAssessments, { frameworkId: framework.id });
      expect(start.status).to.equal(404);
      const me = (await employee.get('/api/me')).body;
      expect(me.sections.map((s: any) => s.section)).to.not.include(SELF_ASSESSMENT_SECTION);
      expect(await staffIds(), 'staff still read what was handed in').to.include(own.id);
    });
  });
