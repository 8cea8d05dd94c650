import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { todayInBrussels } from '@dots/core';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, fieldsOf, fullAnswers, startCompetenceWorld,
  type CompetenceWorld, type Created,
} from './competence-fixtures.js';
import {
  colleagueOf, offeredFor, startedSelfAssessment, submittedSelfAssessment,
} from './self-assessment-fixtures.js';

describe(`Self-assessment by the employee (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let employee: TestClient;
  let staff: TestClient;
  let framework: Created;
  let person: string;

  before(async () => {
    world = await startCompetenceWorld();
    employee = await world.north.client('employee');
    staff = await world.north.client('staff');
    framework = await createFramework(staff, 'Zelfbeeld');
    person = world.north.employeePerson.id;
    await offeredFor(staff, person, framework.id);
  });
  after(async () => {
    await world?.test.close();
  });

  it('should start a draft of their own, dated today in Brussels, and continue it', async () => {
    const first = await employee.post(PATHS.mySelfAssessments, { frameworkId: framework.id });
    expect(first.status, first.text).to.equal(201);
    expect(first.body).to.include({
      personId: person, frameworkId: framework.id, perspective: 'self', status: 'draft',
      assessorId: null, date: todayInBrussels(), sharedAt: null,
    });

    const again = await employee.post(PATHS.mySelfAssessments, {
      frameworkId: framework.id.toUpperCase(),
    });
    expect(again.status, 'a second tap continues the open draft').to.equal(200);
    expect(again.body.id).to.equal(first.body.id);
    const identity = {
      id: framework.id, name: 'Zelfbeeld', description: null, language: 'nl',
      source: { ready: null, attribution: null, licence: null },
    };
    expect(first.body.framework, 'what the portal shows and reads aloud').to.deep.equal(identity);
    expect((await employee.get(PATHS.mySelfAssessment(first.body.id))).body.framework)
      .to.deep.equal(identity);

    const frameworks = await employee.get(PATHS.mySelfAssessmentFrameworks);
    expect(frameworks.body.items).to.deep.equal([{
      id: framework.id, name: 'Zelfbeeld', description: null, language: 'nl',
      source: { ready: null, attribution: null, licence: null }, openDraftId: first.body.id,
    }]);
    await employee.delete(PATHS.mySelfAssessment(first.body.id));
  });

  it('should store answers, refuse bad ones naming the field, and submit when complete',
    async () => {
      const draft = await startedSelfAssessment(employee, framework.id);
      const bad = await employee.patch(PATHS.mySelfAssessment(draft.id), {
        scores: [{ indicatorKey: 'i1', value: 9 }, { indicatorKey: 'nope', value: 1 }],
      });
      expect(bad.status).to.equal(400);
      expect(fieldsOf(bad.body)).to.have.members(['scores.0.value', 'scores.1.indicatorKey']);

      const partial = await employee.patch(PATHS.mySelfAssessment(draft.id), {
        scores: [{ indicatorKey: 'i1', value: 4 }, { indicatorKey: 'i2', notObserved: true }],
      });
      expect(partial.status, partial.text).to.equal(200);
      const early = await employee.post(PATHS.submitSelfAssessment(draft.id), {});
      expect(early.status).to.equal(400);
      expect(fieldsOf(early.body)).to.deep.equal(['scores', 'scores', 'scores']);

      await employee.patch(PATHS.mySelfAssessment(draft.id), { scores: fullAnswers([3, 2, 3, 3]) });
      const submitted = await employee.post(PATHS.submitSelfAssessment(draft.id), {});
      expect(submitted.status, submitted.text).to.equal(200);
      expect(submitted.body).to.include({ status: 'final', date: todayInBrussels() });
      expect(submitted.body.finalisedAt).to.be.a('string');
      expect(submitted.body.competences[0]).to.deep.equal({
        competenceKey: 'samenwerken', mean: 2.5, scored: 2, indicators: 3,
      });

      const locked = await employee.patch(PATHS.mySelfAssessment(draft.id), {
        scores: [{ indicatorKey: 'i1', value: 1 }],
      });
      expect(locked.status).to.equal(409);
      expect(locked.body.code).to.equal('measurement_final');
      expect((await employee.delete(PATHS.mySelfAssessment(draft.id))).status).to.equal(409);
      expect((await employee.post(PATHS.submitSelfAssessment(draft.id), {})).status)
        .to.equal(409);
      const read = await employee.get(PATHS.mySelfAssessment(draft.id));
      expect(read.body.scores.find((s: any) => s.indicatorKey === 'i1').value).to.equal(3);
      expect(read.body.finalisedAt, 'as stored').to.equal(submitted.body.finalisedAt);
    });

  it('should list their own self-assessments newest first and delete a draft', async () => {
    const older = await submittedSelfAssessment(employee, framework.id);
    const draft = await startedSelfAssessment(employee, framework.id);

    const list = await employee.get(PATHS.mySelfAssessments);
    const ids = list.body.items.map((m: any) => m.id);
    expect(ids.indexOf(draft.id)).to.be.lessThan(ids.indexOf(older.id));
    expect(list.body.items.every((m: any) => m.perspective === 'self' && m.personId === person))
      .to.equal(true);

    expect((await employee.delete(PATHS.mySelfAssessment(draft.id))).status).to.equal(204);
    expect((await employee.get(PATHS.mySelfAssessment(draft.id))).status).to.equal(404);
  });

  it('should take no person from the body (C8, C20)', async () => {
    const colleague = await colleagueOf(world.test, world.north, 'cagla-body');
    const answer = await employee.post(PATHS.mySelfAssessments, {
      frameworkId: framework.id, personId: colleague.personId,
    });
    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer.body)).to.deep.equal(['personId']);
    expect((await colleague.client.get(PATHS.mySelfAssessments)).body.items).to.deep.equal([]);

    const unknown = await employee.post(PATHS.mySelfAssessments, {
      frameworkId: '0190a5f0-0000-7000-8000-000000000000',
    });
    expect(unknown.status).to.equal(400);
    expect(fieldsOf(unknown.body)).to.deep.equal(['frameworkId']);
  });

  it("should answer 404 for a colleague's self-assessment, and change nothing", async () => {
    const colleague = await colleagueOf(world.test, world.north, 'cagla-c8');
    await offeredFor(staff, colleague.personId, framework.id);
    const theirs = await startedSelfAssessment(colleague.client, framework.id);
    await colleague.client.patch(PATHS.mySelfAssessment(theirs.id), {
      scores: [{ indicatorKey: 'i1', value: 2 }],
    });
    const unknown = await employee.get(PATHS.mySelfAssessment(crypto.randomUUID()));

    const attempts = [
      await employee.get(PATHS.mySelfAssessment(theirs.id)),
      await employee.patch(PATHS.mySelfAssessment(theirs.id), { scores: fullAnswers() }),
      await employee.post(PATHS.submitSelfAssessment(theirs.id), {}),
      await employee.delete(PATHS.mySelfAssessment(theirs.id)),
    ];
    expect(attempts.map((a) => a.status)).to.deep.equal([404, 404, 404, 404]);
    expect(attempts[0]!.body.detail).to.equal(unknown.body.detail);
    expect((await employee.get(PATHS.mySelfAssessments)).body.items.map((m: any) => m.id))
      .to.not.include(theirs.id);

    const still = await colleague.client.get(PATHS.mySelfAssessment(theirs.id));
    expect(still.body).to.include({ status: 'draft' });
    expect(still.body.scores).to.have.length(1);
  });

  it("should answer 404 for another tenant's self-assessment", async () => {
    const south = await world.south.client('employee');
    const southStaff = await world.south.client('staff');
    const southFramework = await createFramework(southStaff);
    await offeredFor(southStaff, world.south.employeePerson.id, southFramework.id);
    const theirs = await startedSelfAssessment(south, southFramework.id);

    expect((await employee.get(PATHS.mySelfAssessment(theirs.id))).status).to.equal(404);
    expect((await employee.delete(PATHS.mySelfAssessment(theirs.id))).status).to.equal(404);
    const start = await employee.post(PATHS.mySelfAssessments, { frameworkId: southFramework.id });
    expect(start.status).to.equal(400);
    expect((await south.get(PATHS.mySelfAssessment(theirs.id))).body.status).to.equal('draft');
  });

  it('should reach only self-assessments: the coach’s measurement of them answers 404',
    async () => {
      const coach = await world.north.client('coach');
      const coachMeasurement = await createMeasurement(coach, person, framework.id, fullAnswers());
      await coach.post(PATHS.finalise(coachMeasurement.id), {});
      await coach.post(PATHS.share(coachMeasurement.id), {});

      expect((await employee.get(PATHS.mySelfAssessment(coachMeasurement.id))).status)
        .to.equal(404);
      const change = await employee.patch(PATHS.mySelfAssessment(coachMeasurement.id), {
        scores: [{ indicatorKey: 'i1', value: 1 }],
      });
      expect(change.status).to.equal(404);
      const read = await coach.get(PATHS.measurement(coachMeasurement.id));
      expect(read.body.scores.find((s: any) => s.indicatorKey === 'i1').value).to.equal(4);
    });

  it('should keep staff out of the portal routes and give an admin no self of its own',
    async () => {
      for (const role of ['staff', 'coach'] as const) {
        const client = await world.north.client(role);
        expect((await client.get(PATHS.mySelfAssessments)).status, role).to.equal(403);
        expect((await client.post(PATHS.mySelfAssessments, { frameworkId: framework.id })).status,
          role).to.equal(403);
      }
      const admin = await world.north.client('admin');
      expect((await admin.get(PATHS.mySelfAssessments)).body).to.deep.equal({ items: [] });
      expect((await admin.get(PATHS.myResults)).body).to.deep.equal({ items: [] });
      const start = await admin.post(PATHS.mySelfAssessments, { frameworkId: framework.id });
      expect(start.status).to.equal(403);
      expect(start.body.code).to.equal('employee_only');
    });

  it('should audit the start, the submission and the reads', async () => {
    const submitted = await submittedSelfAssessment(employee, framework.id);
    await employee.get(PATHS.mySelfAssessment(submitted.id));

    const admin = await world.north.client('admin');
    const changes = await admin.get('/api/admin/audit?action=competences.self-assessment.*'
      + `&personId=${person}&limit=200`);
    const mine = changes.body.items.filter((entry: any) => entry.subjectId === submitted.id);
    expect(mine.map((entry: any) => entry.action)).to.have.members([
      'competences.self-assessment.create', 'competences.self-assessment.update',
      'competences.self-assessment.submit',
    ]);
    const reads = await admin.get('/api/admin/audit?action=competences.read'
      + `&accountId=${world.north.accounts.employee.id}`);
    expect(reads.body.items[0]).to.deep.include({
      personId: person, details: { section: 'competences.self-assessment' },
    });
  });
});
