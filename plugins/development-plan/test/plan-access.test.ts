import { expect } from 'chai';
import { addPeople, testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import {
  createAction, createGoal, createPlan, startPlanWorld, type Created, type PlanWorld,
} from './development-plan-fixtures.js';

/** One plan with one of each part, and the paths that reach them. */
interface PlanRows {
  plan: Created;
  goal: Created;
  action: Created;
  review: Created;
  version: Created;
  conversation: Created;
}

async function planWithEverything(staff: TestClient, personId: string): Promise<PlanRows> {
  const plan = await createPlan(staff, personId);
  const goal = await createGoal(staff, plan.id);
  const action = await createAction(staff, goal.id);
  const review = (await staff.post(PATHS.reviews(plan.id), { date: '2026-06-15' })).body;
  const version = (await staff.post(PATHS.versions(plan.id), { date: '2026-01-10' })).body;
  const conversation = (await staff.post(PATHS.conversations(plan.id), {
    date: '2026-03-30', progress: [{ goalId: goal.id, note: 'Goed' }],
  })).body;
  return { plan, goal, action, review, version, conversation };
}

/** Every read and write of the plugin on these rows, as status codes. */
async function touchAll(client: TestClient, rows: PlanRows, personId: string) {
  return {
    list: (await client.get(PATHS.plansOf(personId))).status,
    createPlan: (await client.post(PATHS.plansOf(personId), {
      periodFrom: '2027-01-01', periodTo: '2027-12-31',
    })).status,
    plan: (await client.get(PATHS.plan(rows.plan.id))).status,
    check: (await client.get(PATHS.maatwerkCheck(rows.plan.id))).status,
    version: (await client.get(PATHS.version(rows.version.id))).status,
    patchPlan: (await client.patch(PATHS.plan(rows.plan.id), { periodTo: '2026-11-30' })).status,
    addGoal: (await client.post(PATHS.goals(rows.plan.id), { title: 'x' })).status,
    patchGoal: (await client.patch(PATHS.goal(rows.goal.id), { title: 'x' })).status,
    addAction: (await client.post(PATHS.actions(rows.goal.id), { text: 'x' })).status,
    patchAction: (await client.patch(PATHS.action(rows.action.id), { status: 'done' })).status,
    patchReview: (await client.patch(PATHS.review(rows.review.id), { note: 'x' })).status,
    freeze: (await client.post(PATHS.versions(rows.plan.id), {})).status,
    handOver: (await client.patch(PATHS.version(rows.version.id), {
      handedOverAt: '2026-02-01',
    })).status,
    talk: (await client.post(PATHS.conversations(rows.plan.id), { date: '2026-04-01' })).status,
    deleteConversation: (await client.delete(PATHS.conversation(rows.conversation.id))).status,
    deleteReview: (await client.delete(PATHS.review(rows.review.id))).status,
    deleteAction: (await client.delete(PATHS.action(rows.action.id))).status,
    deleteGoal: (await client.delete(PATHS.goal(rows.goal.id))).status,
    deletePlan: (await client.delete(PATHS.plan(rows.plan.id))).status,
  };
}

const every = (status: number, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, status]));

describe(`Development plan access (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;
  let southStaff: TestClient;
  let employee: TestClient;
  let own: PlanRows;
  let otherPersonId: string;
  let other: PlanRows;

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
    southStaff = await world.south.client('staff');
    employee = await world.north.client('employee');

    await addPeople(staff, [['Mira', 'Collega']]);
    const people = await staff.get('/api/people?q=Collega');
    otherPersonId = people.body.items[0].id;
    own = await planWithEverything(staff, world.north.employeePerson.id);
    other = await planWithEverything(staff, otherPersonId);
  });
  after(async () => {
    await world?.test.close();
  });

  it("should answer 404 to every route with another tenant's rows, and change nothing",
    async () => {
      const south = await planWithEverything(southStaff, world.south.employeePerson.id);
      const before = await southStaff.get(PATHS.plan(south.plan.id));

      const statuses = await touchAll(staff, south, world.south.employeePerson.id);
      expect(statuses).to.deep.equal(every(404, Object.keys(statuses)));
      const after = await southStaff.get(PATHS.plan(south.plan.id));
      expect(after.body).to.deep.equal(before.body);
      expect(after.body.goals[0].actions).to.have.length(1);
    });

  it('should let an employee read their own plan and nothing about anyone else', async () => {
    expect((await employee.get(PATHS.plan(own.plan.id))).body.goals[0].id)
      .to.equal(own.goal.id);
    expect((await employee.get(PATHS.maatwerkCheck(own.plan.id))).status).to.equal(200);
    expect((await employee.get(PATHS.version(own.version.id))).status).to.equal(200);
    const list = await employee.get(PATHS.plansOf(world.north.employeePerson.id));
    expect(list.body.items.map((p: { id: string }) => p.id)).to.deep.equal([own.plan.id]);

    const reads = {
      list: (await employee.get(PATHS.plansOf(otherPersonId))).status,
      plan: (await employee.get(PATHS.plan(other.plan.id))).status,
      check: (await employee.get(PATHS.maatwerkCheck(other.plan.id))).status,
      version: (await employee.get(PATHS.version(other.version.id))).status,
    };
    expect(reads).to.deep.equal({ list: 404, plan: 404, check: 404, version: 404 });
  });

  it('should refuse every write of an employee with 403, on their own plan too', async () => {
    const before = await staff.get(PATHS.plan(own.plan.id));
    const statuses = await touchAll(employee, own, world.north.employeePerson.id);
    const writes = Object.keys(statuses).filter((k) => !['list', 'plan', 'check', 'version']
      .includes(k));

    expect(statuses).to.deep.equal({
      list: 200, plan: 200, check: 200, version: 200, ...every(403, writes),
    });
    expect((await staff.get(PATHS.plan(own.plan.id))).body).to.deep.equal(before.body);
  });

  it('should let a coach read but not write', async () => {
    const coach = await world.north.client('coach');
    expect((await coach.get(PATHS.plan(other.plan.id))).status).to.equal(200);
    expect((await coach.patch(PATHS.goal(other.goal.id), { title: 'x' })).status).to.equal(403);
  });

  it('should delete the parts of a plan with it', async () => {
    const doomed = await planWithEverything(staff, otherPersonId);
    expect((await staff.delete(PATHS.plan(doomed.plan.id))).status).to.equal(204);

    expect((await staff.patch(PATHS.goal(doomed.goal.id), { title: 'x' })).status).to.equal(404);
    expect((await staff.delete(PATHS.action(doomed.action.id))).status).to.equal(404);
    expect((await staff.get(PATHS.version(doomed.version.id))).status).to.equal(404);
    expect((await staff.delete(PATHS.conversation(doomed.conversation.id))).status)
      .to.equal(404);
  });
});
