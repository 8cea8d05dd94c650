import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import { DEVELOPMENT_PLAN_PATHS } from '@dots/plugin-development-plan/common';
import {
  createFramework, created, fieldsOf, startCompetenceWorld, type CompetenceWorld, type Created,
} from './competence-fixtures.js';
import {
  finalCoachMeasurement, markShared, storedMeasurement, type Answer,
} from './evolution-fixtures.js';

describe(`Competence evolution and gaps (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let employee: TestClient;
  let framework: Created;
  let person: string;
  const ids: Record<string, string> = {};

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
    employee = await world.north.client('employee');
    framework = await createFramework(staff);
    person = world.north.employeePerson.id;
    const tenantId = world.north.tenant.id;

    ids.coachJan = await finalCoachMeasurement(staff, person, framework.id, '2025-01-10', [
      ['i1', 1], ['i2', 'n.o.'], ['i3', 1], ['i4', 2], ['i5', 2]]);
    ids.coachJun = await finalCoachMeasurement(staff, person, framework.id, '2025-06-10', [
      ['i1', 2], ['i2', 2], ['i3', 1], ['i4', 3], ['i5', 3]]);
    ids.coachDraft = (await staff.post(PATHS.measurementsOf(person), {
      frameworkId: framework.id, date: '2025-09-01', kind: 'ad-hoc',
      scores: [{ indicatorKey: 'i1', value: 4 }],
    })).body.id;
    ids.selfJun = await storedMeasurement(world.test, tenantId, {
      personId: person, frameworkId: framework.id, date: '2025-06-12', perspective: 'self',
      status: 'final', answers: [['i1', 4], ['i2', 4], ['i3', 4], ['i4', 3], ['i5', 'n.o.']],
    });
    ids.selfDraft = await storedMeasurement(world.test, tenantId, {
      personId: person, frameworkId: framework.id, date: '2025-08-01', perspective: 'self',
      status: 'draft', answers: [['i1', 1]],
    });
    await markShared(world.test.emFor(tenantId), ids.coachJan);
  });
  after(async () => {
    await world?.test.close();
  });

  const line = (body: any, key: string) => body.competences.find((c: any) => c.key === key);
  const row = (body: any, key: string) => body.profile.competences.find((c: any) => c.key === key);
  const measurementIds = (points: Array<{ measurementId: string }>) =>
    points.map((point) => point.measurementId);

  it('should give staff a line per perspective, final ones only, by the rules', async () => {
    const answer = await staff.get(PATHS.evolution(person));

    expect(answer.status, answer.text).to.equal(200);
    expect(answer.body.frameworks).to.deep.equal([{ id: framework.id, name: 'Samenwerken' }]);
    expect(answer.body.framework).to.include({ id: framework.id, name: 'Samenwerken' });
    expect(answer.body.framework.scale).to.have.length(4);
    const samenwerken = line(answer.body, 'samenwerken');
    expect(samenwerken).to.include({ name: 'Samenwerken', groupKey: 'social' });
    expect(samenwerken.coach).to.deep.equal([
      { date: '2025-01-10', measurementId: ids.coachJan, mean: 1, scored: 2, indicators: 3 },
      { date: '2025-06-10', measurementId: ids.coachJun, mean: 5 / 3, scored: 3, indicators: 3 },
    ]);
    expect(samenwerken.self).to.deep.equal([
      { date: '2025-06-12', measurementId: ids.selfJun, mean: 4, scored: 3, indicators: 3 },
    ]);
    const i2 = samenwerken.indicators.find((i: any) => i.key === 'i2');
    expect(i2.coach).to.deep.equal([
      { date: '2025-01-10', measurementId: ids.coachJan, value: null, notObserved: true },
      { date: '2025-06-10', measurementId: ids.coachJun, value: 2, notObserved: false },
    ]);
    const communiceren = line(answer.body, 'communiceren');
    expect(communiceren.self[0]).to.include({ mean: 3, scored: 1, indicators: 2 });
  });

  it('should compare the latest of each perspective and flag gaps of two levels', async () => {
    const { body } = await staff.get(`${PATHS.evolution(person)}?at=2025-12-31`);

    expect(body.profile).to.include({ at: '2025-12-31' });
    expect(body.profile.coach).to.deep.equal({ measurementId: ids.coachJun, date: '2025-06-10' });
    expect(body.profile.self).to.deep.equal({ measurementId: ids.selfJun, date: '2025-06-12' });
    expect(row(body, 'samenwerken')).to.include({ coach: 5 / 3, self: 4, gap: 4 - 5 / 3,
      flagged: true });
    expect(row(body, 'communiceren')).to.include({ coach: 3, self: 3, gap: 0, flagged: false });
    const i5 = row(body, 'communiceren').indicators.find((i: any) => i.key === 'i5');
    expect(i5).to.deep.equal({ key: 'i5', coach: 3, self: null, gap: null, flagged: false });

    expect(body.gaps.map((g: any) => [g.competenceKey, g.indicatorKey, g.gap])).to.deep.equal([
      ['samenwerken', null, 4 - 5 / 3], ['samenwerken', 'i1', 2], ['samenwerken', 'i2', 2],
      ['samenwerken', 'i3', 3],
    ]);
    expect(body.gaps[0]).to.deep.include({
      name: 'Samenwerken', coach: 5 / 3, self: 4, flagged: true,
      competenceRef: { uri: `urn:dots:competence:${framework.id}:samenwerken`,
        label: 'Samenwerken' },
    });
    expect(body.gaps[1].competenceRef.label).to.equal('Samenwerken: Helpt collega’s');
  });

  it('should offer gaps that a POP goal takes unchanged', async () => {
    const { body } = await staff.get(PATHS.evolution(person));
    const plan = await staff.post(DEVELOPMENT_PLAN_PATHS.plansOf(person), {
      periodFrom: '2026-01-01', periodTo: '2026-12-31',
    });
    const refs = body.gaps.slice(0, 2).map((gap: any) => gap.competenceRef);

    const goal = await staff.post(DEVELOPMENT_PLAN_PATHS.goals(plan.body.id), {
      title: 'Samen het werk verdelen', competenceRefs: [refs[0]],
    });
    expect(goal.status, goal.text).to.equal(201);
    expect(goal.body.competenceRefs).to.deep.equal([refs[0]]);
  });

  it('should show the profile at an earlier date, with no self-assessment yet', async () => {
    const { body } = await staff.get(`${PATHS.evolution(person)}?at=2025-03-01`);

    expect(body.profile.coach).to.deep.equal({ measurementId: ids.coachJan, date: '2025-01-10' });
    expect(body.profile.self).to.equal(null);
    expect(row(body, 'samenwerken')).to.include({ coach: 1, self: null, gap: null });
    expect(body.gaps).to.deep.equal([]);
  });

  it('should show the employee own submitted self-assessments and shared results only',
    async () => {
      const answer = await employee.get(PATHS.myEvolution);

      expect(answer.status, answer.text).to.equal(200);
      const samenwerken = line(answer.body, 'samenwerken');
      expect(measurementIds(samenwerken.coach)).to.deep.equal([ids.coachJan]);
      expect(measurementIds(samenwerken.self)).to.deep.equal([ids.selfJun]);
      expect(answer.body.profile.coach.measurementId).to.equal(ids.coachJan);
      expect(row(answer.body, 'samenwerken')).to.include({ coach: 1, self: 4, gap: 3 });
      for (const hidden of [ids.coachJun, ids.coachDraft, ids.selfDraft]) {
        expect(answer.text).to.not.include(hidden);
      }
    });

  it('should never put a draft in the staff evolution', async () => {
    const answer = await staff.get(PATHS.evolution(person));

    expect(answer.text).to.not.include(ids.coachDraft);
    expect(answer.text).to.not.include(ids.selfDraft);
  });

  it("should keep another person's and another tenant's evolution out of reach", async () => {
    const southStaff = await world.south.client('staff');

    expect((await employee.get(PATHS.evolution(person))).status).to.equal(403);
    expect((await staff.get(PATHS.myEvolution)).status).to.equal(403);
    expect((await southStaff.get(PATHS.evolution(person))).status).to.equal(404);
    const southEmployee = await world.south.client('employee');
    const theirs = await southEmployee.get(PATHS.myEvolution);
    expect(theirs.status).to.equal(200);
    expect(theirs.body).to.deep.include({ frameworks: [], framework: null, gaps: [] });
  });

  it('should answer an empty evolution for a framework without visible measurements',
    async () => {
      const other = await createFramework(staff, 'Niet gemeten');
      const { body } = await staff.get(`${PATHS.evolution(person)}?frameworkId=${other.id}`);

      expect(body.framework).to.equal(null);
      expect(body.competences).to.deep.equal([]);
      expect(body.frameworks.map((f: any) => f.id)).to.deep.equal([framework.id]);
    });

  it('should refuse a bad query with 400 naming the parameter', async () => {
    const refused = async (query: string, field: string) => {
      const answer = await staff.get(`${PATHS.evolution(person)}?${query}`);
      expect(answer.status, answer.text).to.equal(400);
      expect(answer.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(fieldsOf(answer.body)).to.deep.equal([field]);
    };

    await refused('at=2025-02-30', 'query.at');
    await refused('frameworkId=nope', 'query.frameworkId');
    await refused('person=x', 'query.person');
  });

  it("should give the shown framework's source, so the results can show ESCO's attribution",
    async () => {
      const own = await staff.get(PATHS.evolution(person));
      expect(own.body.framework.source)
        .to.deep.equal({ ready: null, attribution: null, licence: null });

      const esco = await created(staff, PATHS.adopt, { ready: 'esco-transversal' });
      const keys = esco.content.groups.flatMap((g: any) => g.competences)
        .flatMap((c: any) => c.indicators).map((i: any) => i.key as string);
      const measurementId = await finalCoachMeasurement(staff, person, esco.id, '2025-10-01',
        keys.map((key: string): Answer => [key, 2]));
      await markShared(world.test.emFor(world.north.tenant.id), measurementId);

      for (const [client, path] of [[staff, PATHS.evolution(person)],
        [employee, PATHS.myEvolution]] as const) {
        const answer = await client.get(`${path}?frameworkId=${esco.id}`);
        expect(answer.status, answer.text).to.equal(200);
        expect(answer.body.framework.id).to.equal(esco.id);
        expect(answer.body.framework.source.ready).to.equal('esco-transversal');
        expect(answer.body.framework.source.attribution).to.include('ESCO');
        expect(answer.body.framework.source.licence).to.be.a('string').and.not.equal('');
      }
    });
});
