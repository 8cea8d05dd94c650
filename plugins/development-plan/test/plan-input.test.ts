import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import {
  createAction, createGoal, createPlan, fieldsOf, startPlanWorld, type Created, type PlanWorld,
} from './development-plan-fixtures.js';

describe(`Development plan input (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;
  let plan: Created;
  let goal: Created;

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
    plan = await createPlan(staff, world.north.employeePerson.id);
    goal = await createGoal(staff, plan.id);
  });
  after(async () => {
    await world?.test.close();
  });

  const refused = async (answer: Promise<{ status: number; body: any }>, fields: string[]) => {
    const { status, body } = await answer;
    expect(status).to.equal(400);
    expect(fieldsOf(body)).to.deep.equal(fields);
  };

  it('should refuse a plan without a real period, naming the fields', async () => {
    const path = PATHS.plansOf(world.north.employeePerson.id);
    await refused(staff.post(path, { periodFrom: '2026-02-30', periodTo: '2026-12-31' }),
      ['periodFrom']);
    await refused(staff.post(path, { periodFrom: '2026-06-01', periodTo: '2026-05-31' }),
      ['periodTo']);
    await refused(staff.patch(PATHS.plan(plan.id), { periodFrom: '2027-01-01' }), ['periodTo']);
    await refused(staff.post(path, { periodFrom: '2026-01-01', periodTo: '2026-12-31',
      personId: world.south.employeePerson.id }), ['personId']);

    expect((await staff.get(PATHS.plan(plan.id))).body.periodFrom).to.equal('2026-01-01');
    expect((await staff.get(path)).body.items).to.have.length(1);
  });

  it('should refuse a goal without a title, or of an unknown kind', async () => {
    await refused(staff.post(PATHS.goals(plan.id), { title: '  ' }), ['title']);
    await refused(staff.post(PATHS.goals(plan.id), { title: 'x', competenceKind: 'social' }),
      ['competenceKind']);
    await refused(staff.patch(PATHS.goal(goal.id), {}), ['(body)']);
    expect((await staff.get(PATHS.plan(plan.id))).body.goals).to.have.length(1);
  });

  it('should refuse an action of an unknown status, or owned by another tenant', async () => {
    await refused(staff.post(PATHS.actions(goal.id), { text: 'x', status: 'later' }),
      ['status']);
    await refused(staff.post(PATHS.actions(goal.id), {
      text: 'x', ownerId: world.south.accounts.staff.id,
    }), ['ownerId']);

    const action = await createAction(staff, goal.id);
    await refused(staff.patch(PATHS.action(action.id), { dueDate: '26-03-01' }), ['dueDate']);
    await refused(staff.patch(PATHS.action(action.id), {
      ownerId: world.south.accounts.coach.id,
    }), ['ownerId']);
    const read = await staff.get(PATHS.plan(plan.id));
    expect(read.body.goals[0].actions).to.have.length(1);
    expect(read.body.goals[0].actions[0]).to.include({ ownerId: null, dueDate: '2026-03-01' });
  });

  it('should refuse progress on a goal of another plan, and a goal named twice', async () => {
    const other = await createPlan(staff, world.north.employeePerson.id);
    const foreignGoal = await createGoal(staff, other.id);
    const path = PATHS.conversations(plan.id);

    await refused(staff.post(path, {
      date: '2026-03-30', progress: [{ goalId: foreignGoal.id, note: 'x' }],
    }), ['progress.0.goalId']);
    await refused(staff.post(path, {
      date: '2026-03-30',
      progress: [{ goalId: goal.id, note: 'x' }, { goalId: goal.id, note: 'y' }],
    }), ['progress.1.goalId']);
    await refused(staff.post(path, { date: '2026-03-30', progress: [{ goalId: goal.id }] }),
      ['progress.0.note']);
    expect((await staff.get(PATHS.plan(plan.id))).body.conversations).to.deep.equal([]);
  });

  it('should refuse a hand-over before the version was made, and a snapshot edit', async () => {
    const version = await staff.post(PATHS.versions(plan.id), { date: '2026-01-10' });
    const path = PATHS.version(version.body.id);

    await refused(staff.patch(path, { handedOverAt: '2026-01-09' }), ['handedOverAt']);
    await refused(staff.patch(path, { handedOverAt: '2026-13-01' }), ['handedOverAt']);
    // The frozen content is no field of the patch, so nothing is left to change either.
    await refused(staff.patch(path, { snapshot: {} }), ['snapshot', '(body)']);
    await refused(staff.post(PATHS.versions(plan.id), { number: 7 }), ['number']);
    expect((await staff.get(path)).body.handedOverAt).to.equal(null);
  });
});
