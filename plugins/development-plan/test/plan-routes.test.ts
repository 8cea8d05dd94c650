import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import {
  createAction, createGoal, createPlan, startPlanWorld, type PlanWorld,
} from './development-plan-fixtures.js';

describe(`Development plan routes (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;
  let personId: string;

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
    personId = world.north.employeePerson.id;
  });
  after(async () => {
    await world?.test.close();
  });

  it('should create, list, change and delete a plan', async () => {
    const plan = await createPlan(staff, personId);
    expect(plan).to.include({ personId, periodFrom: '2026-01-01', periodTo: '2026-12-31' });

    const list = await staff.get(PATHS.plansOf(personId));
    expect(list.body.items.map((p: { id: string }) => p.id)).to.include(plan.id);

    const changed = await staff.patch(PATHS.plan(plan.id), { periodTo: '2027-06-30' });
    expect(changed.status).to.equal(200);
    expect((await staff.get(PATHS.plan(plan.id))).body.periodTo).to.equal('2027-06-30');

    expect((await staff.delete(PATHS.plan(plan.id))).status).to.equal(204);
    expect((await staff.get(PATHS.plan(plan.id))).status).to.equal(404);
  });

  it('should keep goals in order with their actions, and change and delete them', async () => {
    const plan = await createPlan(staff, personId);
    const first = await createGoal(staff, plan.id);
    const second = await createGoal(staff, plan.id, {
      title: 'Plooimachine', competenceKind: 'technical',
    });
    const action = await createAction(staff, first.id, {
      ownerId: world.north.accounts.coach.id,
    });
    expect(action).to.include({ status: 'open', ownerId: world.north.accounts.coach.id });

    const patched = await staff.patch(PATHS.action(action.id), { status: 'in-progress' });
    expect(patched.body.status).to.equal('in-progress');
    const goal = await staff.patch(PATHS.goal(second.id), { targetLevel: 'Zelfstandig' });
    expect(goal.body.targetLevel).to.equal('Zelfstandig');

    const read = await staff.get(PATHS.plan(plan.id));
    expect(read.body.goals.map((g: { id: string }) => g.id)).to.deep.equal([first.id, second.id]);
    expect(read.body.goals[0].actions).to.have.length(1);
    expect(read.body.goals[0].actions[0]).to.include({ id: action.id, status: 'in-progress' });

    expect((await staff.delete(PATHS.goal(first.id))).status).to.equal(204);
    expect((await staff.patch(PATHS.action(action.id), { text: 'x' })).status).to.equal(404);
    const after = await staff.get(PATHS.plan(plan.id));
    expect(after.body.goals.map((g: { id: string }) => g.id)).to.deep.equal([second.id]);
  });

  it('should record review moments and a POP conversation with progress per goal', async () => {
    const plan = await createPlan(staff, personId);
    const goal = await createGoal(staff, plan.id);
    const review = await staff.post(PATHS.reviews(plan.id), { date: '2026-06-15' });
    expect(review.status).to.equal(201);
    await staff.patch(PATHS.review(review.body.id), { note: 'Goed verlopen' });

    const conversation = await staff.post(PATHS.conversations(plan.id), {
      date: '2026-03-30', progress: [{ goalId: goal.id, note: 'Al twee weken stipt' }],
    });
    expect(conversation.status).to.equal(201);

    const read = await staff.get(PATHS.plan(plan.id));
    expect(read.body.reviews).to.deep.equal([{
      id: review.body.id, planId: plan.id, date: '2026-06-15', note: 'Goed verlopen',
    }]);
    expect(read.body.conversations[0]).to.deep.include({ date: '2026-03-30' });
    expect(read.body.conversations[0].progress).to.deep.equal([{
      goalId: goal.id, goalTitle: 'Op tijd beginnen', note: 'Al twee weken stipt',
    }]);

    expect((await staff.delete(PATHS.conversation(conversation.body.id))).status).to.equal(204);
    expect((await staff.delete(PATHS.review(review.body.id))).status).to.equal(204);
    const empty = await staff.get(PATHS.plan(plan.id));
    expect(empty.body).to.deep.include({ reviews: [], conversations: [] });
  });

  it('should freeze numbered versions that later changes do not touch', async () => {
    const plan = await createPlan(staff, personId);
    const goal = await createGoal(staff, plan.id);
    const first = await staff.post(PATHS.versions(plan.id), { date: '2026-01-10' });
    expect(first.status).to.equal(201);
    expect(first.body).to.include({ number: 1, date: '2026-01-10', handedOverAt: null });

    await staff.patch(PATHS.goal(goal.id), { title: 'Nieuwe titel' });
    const second = await staff.post(PATHS.versions(plan.id), {});
    expect(second.body.number).to.equal(2);

    const frozen = await staff.get(PATHS.version(first.body.id));
    expect(frozen.body.snapshot.goals[0].title).to.equal('Op tijd beginnen');
    expect(second.body.snapshot.goals[0].title).to.equal('Nieuwe titel');
    const list = await staff.get(PATHS.plan(plan.id));
    expect(list.body.versions.map((v: { number: number }) => v.number)).to.deep.equal([1, 2]);
    expect(list.body.versions[0]).to.not.have.property('snapshot');
  });

  it('should record and clear the date a version was handed to VDAB', async () => {
    const plan = await createPlan(staff, personId);
    const version = await staff.post(PATHS.versions(plan.id), { date: '2026-01-10' });

    const handed = await staff.patch(PATHS.version(version.body.id), {
      handedOverAt: '2026-01-20', handedOverTo: 'VDAB',
    });
    expect(handed.status).to.equal(200);
    const read = await staff.get(PATHS.version(version.body.id));
    expect(read.body).to.include({ handedOverAt: '2026-01-20', handedOverTo: 'VDAB' });

    const cleared = await staff.patch(PATHS.version(version.body.id), { handedOverAt: null });
    expect(cleared.body).to.include({ handedOverAt: null, handedOverTo: 'VDAB' });
  });
});

describe(`Maatwerk check (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
  });
  after(async () => {
    await world?.test.close();
  });

  const rulesOf = async (planId: string): Promise<string[]> => {
    const answer = await staff.get(PATHS.maatwerkCheck(planId));
    expect(answer.status).to.equal(200);
    expect(answer.body.passes).to.equal(!answer.body.failures.length);
    return answer.body.failures.map((f: { rule: string }) => f.rule);
  };

  it('should fail every rule for an empty plan', async () => {
    const plan = await createPlan(staff, world.north.employeePerson.id);
    expect(await rulesOf(plan.id)).to.deep.equal(['goals', 'competence-kinds',
      'improvement-actions']);
  });

  it('should name the goals without a current or a target level', async () => {
    const plan = await createPlan(staff, world.north.employeePerson.id);
    const goal = await createGoal(staff, plan.id, { currentLevel: null });
    const other = await createGoal(staff, plan.id, {
      competenceKind: 'technical', targetLevel: null,
    });
    await createAction(staff, goal.id);
    await createAction(staff, other.id);

    const answer = await staff.get(PATHS.maatwerkCheck(plan.id));
    expect(answer.body.passes).to.equal(false);
    expect(answer.body.failures.map((f: { rule: string; goalIds: string[] }) =>
      [f.rule, f.goalIds])).to.deep.equal([
      ['current-level', [goal.id]], ['target-level', [other.id]],
    ]);
  });

  it('should pass with both levels, both kinds and two actions, not counting dropped ones',
    async () => {
      const plan = await createPlan(staff, world.north.employeePerson.id);
      const goal = await createGoal(staff, plan.id);
      await createGoal(staff, plan.id, { competenceKind: 'technical' });
      await createAction(staff, goal.id);
      const dropped = await createAction(staff, goal.id, { status: 'dropped' });
      expect(await rulesOf(plan.id)).to.deep.equal(['improvement-actions']);

      await staff.patch(PATHS.action(dropped.id), { status: 'open' });
      expect(await rulesOf(plan.id)).to.deep.equal([]);
    });
});
