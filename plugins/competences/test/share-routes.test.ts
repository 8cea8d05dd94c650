import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, fullAnswers, startCompetenceWorld,
  type CompetenceWorld, type Created,
} from './competence-fixtures.js';

describe(`Sharing a coach's measurement with the employee (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let coach: TestClient;
  let employee: TestClient;
  let framework: Created;
  let person: string;

  before(async () => {
    world = await startCompetenceWorld();
    coach = await world.north.client('coach');
    employee = await world.north.client('employee');
    framework = await createFramework(await world.north.client('staff'));
    person = world.north.employeePerson.id;
  });
  after(async () => {
    await world?.test.close();
  });

  const resultIds = async () =>
    (await employee.get(PATHS.myResults)).body.items.map((m: any) => m.id) as string[];

  it('should refuse to share a draft with 409, and keep it from the employee', async () => {
    const draft = await createMeasurement(coach, person, framework.id, fullAnswers());

    const answer = await coach.post(PATHS.share(draft.id), {});
    expect(answer.status).to.equal(409);
    expect(answer.body.code).to.equal('measurement_draft');
    expect((await coach.get(PATHS.measurement(draft.id))).body.sharedAt).to.equal(null);
    expect(await resultIds()).to.not.include(draft.id);
  });

  it('should show a final measurement to the employee only once shared', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());
    await coach.post(PATHS.finalise(measurement.id), {});
    expect(await resultIds(), 'final, not shared yet').to.not.include(measurement.id);

    const shared = await coach.post(PATHS.share(measurement.id), {});
    expect(shared.status, shared.text).to.equal(200);
    expect(shared.body).to.include({ id: measurement.id, status: 'final', perspective: 'coach' });
    expect(Date.parse(shared.body.sharedAt)).to.be.closeTo(Date.now(), 60_000);

    const list = await coach.get(PATHS.measurementsOf(person));
    const summary = list.body.items.find((m: any) => m.id === measurement.id);
    expect(summary.sharedAt).to.equal(shared.body.sharedAt);

    const results = (await employee.get(PATHS.myResults)).body.items;
    const seen = results.find((m: any) => m.id === measurement.id);
    expect(seen.competences).to.deep.equal(shared.body.competences);
    expect(seen.scores).to.have.length(5);
  });

  it('should keep the first moment when shared again, and audit it once', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());
    await coach.post(PATHS.finalise(measurement.id), {});
    const first = await coach.post(PATHS.share(measurement.id), {});
    const second = await (await world.north.client('staff')).post(PATHS.share(measurement.id), {});

    expect(second.status).to.equal(200);
    expect(second.body.sharedAt).to.equal(first.body.sharedAt);
    const admin = await world.north.client('admin');
    const audit = await admin.get(
      `/api/admin/audit?action=competences.measurement.share&personId=${person}&limit=200`,
    );
    const entries = audit.body.items.filter((e: any) => e.subjectId === measurement.id);
    expect(entries).to.have.length(1);
    expect(entries[0].accountId).to.equal(world.north.accounts.coach.id);
  });

  it('should let only holders of competences.measure share', async () => {
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());
    await coach.post(PATHS.finalise(measurement.id), {});

    const answer = await employee.post(PATHS.share(measurement.id), {});
    expect(answer.status).to.equal(403);
    expect((await coach.get(PATHS.measurement(measurement.id))).body.sharedAt).to.equal(null);
  });

  it("should answer 404 to another tenant's measurement and leave it unshared", async () => {
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());
    await coach.post(PATHS.finalise(measurement.id), {});
    const southCoach = await world.south.client('coach');

    const answer = await southCoach.post(PATHS.share(measurement.id), {});
    const unknown = await southCoach.post(PATHS.share(crypto.randomUUID()), {});
    expect(answer.status).to.equal(404);
    expect(answer.body.detail).to.equal(unknown.body.detail);
    expect((await coach.get(PATHS.measurement(measurement.id))).body.sharedAt).to.equal(null);
    const southEmployee = await world.south.client('employee');
    expect((await southEmployee.get(PATHS.myResults)).body.items).to.deep.equal([]);
  });
});
