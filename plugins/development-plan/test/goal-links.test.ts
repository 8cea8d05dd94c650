import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import {
  createGoal, createPlan, fieldsOf, startPlanWorld, type PlanWorld,
} from './development-plan-fixtures.js';

const ESCO = 'http://data.europa.eu/esco/skill/a1b2c3d4-0000-4000-8000-000000000001';

describe(`Goal competence links and action owners (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;
  let planId: string;

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
    planId = (await createPlan(staff, world.north.employeePerson.id)).id;
  });
  after(async () => {
    await world?.test.close();
  });

  it('should keep links to competences next to the free text, and clear them', async () => {
    const refs = [
      { uri: 'urn:dots:competence:punctuality', label: 'Stiptheid' },
      { uri: ESCO, label: 'Samenwerken' },
      { label: 'Eigen competentie zonder kader' },
    ];
    const goal = await createGoal(staff, planId, { competenceRefs: refs });
    expect(goal.competenceRefs).to.deep.equal(refs);
    expect(goal.competence).to.equal('Stiptheid');

    const read = await staff.get(PATHS.plan(planId));
    const stored = read.body.goals.find((g: { id: string }) => g.id === goal.id);
    expect(stored.competenceRefs).to.deep.equal(refs);

    const cleared = await staff.patch(PATHS.goal(goal.id), { competenceRefs: null });
    expect(cleared.body.competenceRefs).to.deep.equal([]);
  });

  it('should give a goal made with free text only an empty list of links', async () => {
    const goal = await createGoal(staff, planId);
    expect(goal.competenceRefs).to.deep.equal([]);
  });

  it('should freeze the links in a version', async () => {
    await createGoal(staff, planId, { competenceRefs: [{ uri: ESCO, label: 'Samenwerken' }] });
    const version = await staff.post(PATHS.versions(planId), {});
    const linked = version.body.snapshot.goals
      .filter((g: { competenceRefs: unknown[] }) => g.competenceRefs.length > 0);
    expect(linked.at(-1).competenceRefs).to.deep.equal([{ uri: ESCO, label: 'Samenwerken' }]);
  });

  it('should refuse a link that is not a URI, lacks a label, repeats, or says more', async () => {
    const cases: Array<[unknown, string]> = [
      [[{ uri: 'geen uri', label: 'Stiptheid' }], 'competenceRefs.0.uri'],
      [[{ uri: 'urn:x:1' }], 'competenceRefs.0.label'],
      [[{ uri: 'urn:x:1', label: '   ' }], 'competenceRefs.0.label'],
      [[{ uri: 'urn:x:1', label: 'A' }, { uri: 'URN:X:1', label: 'B' }], 'competenceRefs.1.uri'],
      [[{ uri: 'urn:x:1', label: 'A', level: 3 }], 'competenceRefs.0.level'],
      [Array.from({ length: 21 }, (_, n) => ({ label: `C${n}` })), 'competenceRefs'],
      ['Stiptheid', 'competenceRefs'],
    ];
    for (const [competenceRefs, field] of cases) {
      const answer = await staff.post(PATHS.goals(planId), { title: 'Doel', competenceRefs });
      expect(answer.status, JSON.stringify(competenceRefs)).to.equal(400);
      expect(fieldsOf(answer.body), JSON.stringify(competenceRefs)).to.include(field);
    }
    const read = await staff.get(PATHS.plan(planId));
    expect(read.body.goals.map((g: { title: string }) => g.title)).to.not.include('Doel');
  });

  it('should take staff accounts as owners and refuse an employee or another tenant', async () => {
    const goal = await createGoal(staff, planId);
    const path = PATHS.actions(goal.id);
    const coachId = world.north.accounts.coach.id;
    const coach = await staff.post(path, { text: 'Oefenen', ownerId: coachId });
    expect(coach.status).to.equal(201);

    for (const ownerId of [world.north.accounts.employee.id, world.south.accounts.staff.id]) {
      const answer = await staff.post(path, { text: 'Oefenen', ownerId });
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer.body)).to.deep.equal(['ownerId']);
    }
    const changed = await staff.patch(PATHS.action(coach.body.id), {
      ownerId: world.north.accounts.employee.id,
    });
    expect(changed.status).to.equal(400);
    const read = await staff.get(PATHS.plan(planId));
    const actions = read.body.goals.find((g: { id: string }) => g.id === goal.id).actions;
    expect(actions).to.have.length(1);
    expect(actions[0].ownerId).to.equal(coachId);
  });
});
