import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, fieldsOf, fullAnswers, startCompetenceWorld,
  type CompetenceWorld, type Created,
} from './competence-fixtures.js';

describe(`Competence measurements (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let coach: TestClient;
  let framework: Created;
  let person: string;

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
    coach = await world.north.client('coach');
    framework = await createFramework(staff);
    person = world.north.employeePerson.id;
  });
  after(async () => {
    await world?.test.close();
  });

  const summaryOf = (body: any, key: string) =>
    body.competences.find((c: any) => c.competenceKey === key);

  it('should store a draft by the caller, with scores, not observed and notes', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, [
      { indicatorKey: 'i1', value: 4, note: 'Helpt spontaan' },
      { indicatorKey: 'i2', notObserved: true },
    ]);

    expect(measurement).to.include({
      status: 'draft', kind: 'periodic', date: '2026-03-10', perspective: 'coach',
      assessorId: world.north.accounts.coach.id, versionNumber: 1,
    });
    const read = await staff.get(PATHS.measurement(measurement.id));
    expect(read.body.scores).to.deep.equal([
      { indicatorKey: 'i1', competenceKey: 'samenwerken', value: 4, notObserved: false,
        note: 'Helpt spontaan' },
      { indicatorKey: 'i2', competenceKey: 'samenwerken', value: null, notObserved: true,
        note: null },
    ]);
    const list = await staff.get(PATHS.measurementsOf(person));
    expect(list.body.items.map((m: any) => m.id)).to.include(measurement.id);
  });

  it('should give the mean of the scored indicators with the count (C10)', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, [
      { indicatorKey: 'i1', value: 4 }, { indicatorKey: 'i2', notObserved: true },
      { indicatorKey: 'i3', value: 2 }, { indicatorKey: 'i4', notObserved: true },
      { indicatorKey: 'i5', notObserved: true },
    ]);

    expect(summaryOf(measurement, 'samenwerken')).to.deep.equal({
      competenceKey: 'samenwerken', mean: 3, scored: 2, indicators: 3,
    });
    expect(summaryOf(measurement, 'communiceren')).to.deep.equal({
      competenceKey: 'communiceren', mean: null, scored: 0, indicators: 2,
    });

    const patched = await coach.patch(PATHS.measurement(measurement.id), {
      scores: [{ indicatorKey: 'i1', value: 3 }, { indicatorKey: 'i2', value: 3 }],
    });
    expect(summaryOf(patched.body, 'samenwerken').mean).to.equal(8 / 3);
    const read = await coach.get(PATHS.measurement(measurement.id));
    expect(summaryOf(read.body, 'samenwerken'))
      .to.deep.equal(summaryOf(patched.body, 'samenwerken'));
  });

  it('should refuse bad scores with 400 naming the field, and store nothing', async () => {
    const refused = async (scores: object[], fields: string[]) => {
      const answer = await coach.post(PATHS.measurementsOf(person), {
        frameworkId: framework.id, date: '2026-04-01', kind: 'ad-hoc', scores,
      });
      expect(answer.status, JSON.stringify(answer.body)).to.equal(400);
      expect(fieldsOf(answer.body)).to.deep.equal(fields);
    };
    const before = (await staff.get(PATHS.measurementsOf(person))).body.items.length;

    await refused([{ indicatorKey: 'i1', value: 5 }], ['scores.0.value']);
    await refused([{ indicatorKey: 'i1', value: 0 }], ['scores.0.value']);
    await refused([{ indicatorKey: 'i1', value: 2.5 }], ['scores.0.value']);
    await refused([{ indicatorKey: 'i1', value: '3' }], ['scores.0.value']);
    await refused([{ indicatorKey: 'i1', value: 3, notObserved: true }], ['scores.0.notObserved']);
    await refused([{ indicatorKey: 'zz', value: 3 }], ['scores.0.indicatorKey']);
    await refused([{ indicatorKey: 'i1', value: 3 }, { indicatorKey: 'i1', value: 2 }],
      ['scores.1.indicatorKey']);
    await refused([{ indicatorKey: 'i1', value: 3, tenant: 'x' }], ['scores.0.tenant']);

    const after = (await staff.get(PATHS.measurementsOf(person))).body.items.length;
    expect(after).to.equal(before);
  });

  it('should refuse a bad date, kind, framework or assessor, naming the field', async () => {
    const refused = async (body: object, fields: string[]) => {
      const answer = await coach.post(PATHS.measurementsOf(person), {
        frameworkId: framework.id, date: '2026-04-01', kind: 'periodic', ...body,
      });
      expect(answer.status, JSON.stringify(answer.body)).to.equal(400);
      expect(fieldsOf(answer.body)).to.deep.equal(fields);
    };
    const southFramework = await createFramework(await world.south.client('staff'), 'Zuid');

    await refused({ date: '2026-02-30' }, ['date']);
    await refused({ date: '2026-04-01T10:00:00Z' }, ['date']);
    await refused({ kind: 'yearly' }, ['kind']);
    await refused({ frameworkId: southFramework.id }, ['frameworkId']);
    await refused({ assessorId: world.south.accounts.staff.id }, ['assessorId']);
    await refused({ assessorId: world.north.accounts.employee.id }, ['assessorId']);
  });

  it('should name another colleague as assessor, ids in capitals too', async () => {
    const measurement = await createMeasurement(coach, person, framework.id.toUpperCase(), [], {
      assessorId: world.north.accounts.staff.id.toUpperCase(),
    });
    expect(measurement.assessorId).to.equal(world.north.accounts.staff.id);
    expect(measurement.frameworkId).to.equal(framework.id);
  });

  it('should finalise only a complete measurement, and lock it then', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, [
      { indicatorKey: 'i1', value: 4 },
    ]);
    const incomplete = await coach.post(PATHS.finalise(measurement.id), {});
    expect(incomplete.status).to.equal(400);
    expect(fieldsOf(incomplete.body)).to.deep.equal(['scores', 'scores', 'scores', 'scores']);

    await coach.patch(PATHS.measurement(measurement.id), { scores: fullAnswers() });
    const final = await coach.post(PATHS.finalise(measurement.id), {});
    expect(final.status).to.equal(200);
    expect(final.body.status).to.equal('final');
    expect(final.body.finalisedAt).to.be.a('string');

    for (const answer of [
      await coach.patch(PATHS.measurement(measurement.id), { note: 'Later' }),
      await staff.delete(PATHS.measurement(measurement.id)),
      await coach.post(PATHS.finalise(measurement.id), {}),
    ]) {
      expect(answer.status).to.equal(409);
      expect(answer.body.code).to.equal('measurement_final');
    }
    const read = await coach.get(PATHS.measurement(measurement.id));
    expect(read.body.note).to.equal(null);
    expect(read.body.scores.find((s: any) => s.indicatorKey === 'i1').value).to.equal(4);
  });

  it('should correct a final measurement by an amendment with a reason, audited', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());
    await coach.post(PATHS.finalise(measurement.id), {});

    const noReason = await staff.post(PATHS.amendments(measurement.id), {
      scores: [{ indicatorKey: 'i1', value: 1 }],
    });
    expect(fieldsOf(noReason.body)).to.deep.equal(['reason']);
    const cleared = await staff.post(PATHS.amendments(measurement.id), {
      reason: 'Fout', scores: [{ indicatorKey: 'i1' }],
    });
    expect(fieldsOf(cleared.body)).to.deep.equal(['scores.0.value']);
    const same = await staff.post(PATHS.amendments(measurement.id), {
      reason: 'Niets', scores: [{ indicatorKey: 'i1', value: 4 }],
    });
    expect(fieldsOf(same.body)).to.deep.equal(['scores']);
    expect(same.body.errors[0].message).to.equal('changes no answer');

    const amended = await staff.post(PATHS.amendments(measurement.id), {
      reason: 'Verkeerd niveau aangeklikt',
      scores: [{ indicatorKey: 'i1', value: 2 }, { indicatorKey: 'i2', value: 3 }],
    });
    expect(amended.status).to.equal(201);
    expect(amended.body.status).to.equal('final');
    expect(summaryOf(amended.body, 'samenwerken')).to.include({ scored: 3, mean: 7 / 3 });
    expect(amended.body.amendments).to.have.length(1);
    expect(amended.body.amendments[0]).to.deep.include({
      reason: 'Verkeerd niveau aangeklikt', authorId: world.north.accounts.staff.id,
    });
    expect(amended.body.amendments[0].changes).to.deep.equal([
      { indicatorKey: 'i1', before: { value: 4, notObserved: false, note: null },
        after: { value: 2, notObserved: false, note: null } },
      { indicatorKey: 'i2', before: { value: null, notObserved: true, note: null },
        after: { value: 3, notObserved: false, note: null } },
    ]);

    const admin = await world.north.client('admin');
    const audit = await admin.get(`/api/admin/audit?personId=${person}`);
    const actions = audit.body.items.map((entry: any) => entry.action);
    expect(actions).to.include.members([
      'competences.measurement.amend', 'competences.measurement.finalise',
    ]);
  });

  it('should refuse an amendment of a draft', async () => {
    const measurement = await createMeasurement(coach, person, framework.id);
    const answer = await staff.post(PATHS.amendments(measurement.id), {
      reason: 'x', scores: [{ indicatorKey: 'i1', value: 2 }],
    });
    expect(answer.status).to.equal(409);
    expect(answer.body.code).to.equal('measurement_draft');
  });

  it('should delete a draft', async () => {
    const measurement = await createMeasurement(coach, person, framework.id);
    expect((await coach.delete(PATHS.measurement(measurement.id))).status).to.equal(204);
    expect((await coach.get(PATHS.measurement(measurement.id))).status).to.equal(404);
  });

  it("should answer 404 to another tenant's person and measurement", async () => {
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());
    const south = await world.south.client('staff');
    const southFramework = await createFramework(south, 'Zuid');

    expect((await south.get(PATHS.measurement(measurement.id))).status).to.equal(404);
    expect((await south.patch(PATHS.measurement(measurement.id), { note: 'x' })).status)
      .to.equal(404);
    expect((await south.post(PATHS.finalise(measurement.id), {})).status).to.equal(404);
    expect((await south.post(PATHS.amendments(measurement.id), {
      reason: 'x', scores: [{ indicatorKey: 'i1', value: 1 }],
    })).status).to.equal(404);
    expect((await south.delete(PATHS.measurement(measurement.id))).status).to.equal(404);
    expect((await south.get(PATHS.measurementsOf(person))).status).to.equal(404);
    expect((await south.post(PATHS.measurementsOf(person), {
      frameworkId: southFramework.id, date: '2026-03-10', kind: 'periodic',
    })).status).to.equal(404);

    const read = await coach.get(PATHS.measurement(measurement.id));
    expect(read.body.status).to.equal('draft');
    expect(read.body.note).to.equal(null);
  });

  it('should keep measurements from the employee until results can be shared', async () => {
    const measurement = await createMeasurement(coach, person, framework.id);
    const employee = await world.north.client('employee');

    expect((await employee.get(PATHS.measurementsOf(person))).status).to.equal(403);
    expect((await employee.get(PATHS.measurement(measurement.id))).status).to.equal(403);
  });

  it('should answer 404 while the tenant has the plugin off, and keep the data', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());
    const admin = await world.north.client('admin');
    const toggle = (enabled: boolean) =>
      admin.put('/api/admin/plugins/competences', { enabled });

    expect((await toggle(false)).status).to.equal(200);
    expect((await coach.get(PATHS.measurement(measurement.id))).status).to.equal(404);
    expect((await staff.get(PATHS.frameworks)).status).to.equal(404);

    expect((await toggle(true)).status).to.equal(200);
    const read = await coach.get(PATHS.measurement(measurement.id));
    expect(read.status).to.equal(200);
    expect(read.body.scores).to.have.length(5);
  });
});
