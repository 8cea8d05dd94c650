import { expect } from 'chai';
import type { AgendaItem, AgendaQuery } from '@dots/core';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import {
  createAction, createGoal, created, startPlanWorld, type PlanWorld,
} from './development-plan-fixtures.js';
import { agendaOf, setStartDate, staffContext } from './contribution-context.js';

const WEEK = { from: '2026-03-30', to: '2026-04-05' };

describe(`Development plan agenda items (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;
  let personId: string;
  let otherId: string;
  let coachId: string;
  let ids: Record<string, string>;

  /** The agenda of `query` as the core would ask it of north's staff member. */
  const agenda = (query: Partial<AgendaQuery> = {}, locale: 'nl' | 'en' = 'nl') =>
    agendaOf(world.test).agendaItems(staffContext(world.test, world.north, locale), {
      ...WEEK, ...query,
    });
  const idsOf = (items: AgendaItem[]) => items.map((item) => item.id).sort();

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
    personId = world.north.employeePerson.id;
    coachId = world.north.accounts.coach.id;
    await setStartDate(world.test.emFor(world.north.tenant.id), personId, '2026-03-02');

    const plan = await created(staff, PATHS.plansOf(personId), {
      periodFrom: '2026-03-02', periodTo: '2026-12-31', evaluationDate: '2026-05-15',
    });
    const goal = await createGoal(staff, plan.id);
    const mine = await createAction(staff, goal.id, { ownerId: coachId, dueDate: '2026-04-01' });
    const done = await createAction(staff, goal.id, {
      ownerId: world.north.accounts.staff.id, dueDate: '2026-04-03', status: 'done',
    });
    await createAction(staff, goal.id, { dueDate: '2026-06-01' });
    const review = await created(staff, PATHS.reviews(plan.id), {
      date: '2026-04-01', note: 'Tussentijds',
    });

    const other = await staff.post('/api/people', { givenNames: 'Jonas', familyName: 'Peeters' });
    otherId = other.body.id;
    const otherPlan = await created(staff, PATHS.plansOf(otherId), {
      periodFrom: '2026-01-01', periodTo: '2026-12-31',
    });
    const otherGoal = await createGoal(staff, otherPlan.id);
    const others = await createAction(staff, otherGoal.id, {
      ownerId: coachId, dueDate: '2026-04-05',
    });

    ids = {
      mine: `action:${mine.id}`, done: `action:${done.id}`, review: `review:${review.id}`,
      deadline: `deadline:${plan.id}:maatwerk-pop-first-month:2026-04-02`,
      others: `action:${others.id}`,
    };
  });
  after(async () => {
    await world?.test.close();
  });

  it("should list the week's actions, reviews and deadlines, each linking to the tab", async () => {
    const items = await agenda();
    expect(idsOf(items)).to.deep.equal(Object.values(ids).sort());

    for (const item of items) {
      expect(item.section, item.id).to.equal('development-plan.plan');
      expect(item.link, item.id).to.equal(
        `/people/${item.personId}?tab=development-plan.plan`,
      );
    }
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(ids.mine)).to.include({
      kind: 'pop-action', date: '2026-04-01', ownerAccountId: coachId, done: false,
      personId, title: 'Wekker vroeger zetten',
    });
    expect(byId.get(ids.done)).to.include({ done: true });
    expect(byId.get(ids.review)).to.include({
      kind: 'pop-review', title: 'POP-evaluatie: Tussentijds',
    });
    expect(byId.get(ids.deadline)).to.include({ kind: 'pop-deadline', done: false, personId });
  });

  it('should show an owner only what they own', async () => {
    expect(idsOf(await agenda({ ownerAccountId: coachId })))
      .to.deep.equal([ids.mine, ids.others].sort());
    expect(await agenda({ ownerAccountId: world.north.accounts.admin.id })).to.deep.equal([]);
  });

  it('should keep to the people asked for, and to nobody for an empty list', async () => {
    expect(idsOf(await agenda({ personIds: [otherId] }))).to.deep.equal([ids.others]);
    const own = idsOf(await agenda({ personIds: [personId] }));
    expect(own).to.include(ids.deadline);
    expect(own).to.not.include(ids.others);
    expect(await agenda({ personIds: [] })).to.deep.equal([]);
  });

  it('should keep to the days asked for, both ends included', async () => {
    expect(idsOf(await agenda({ from: '2026-04-05', to: '2026-04-05' })))
      .to.deep.equal([ids.others]);
    expect(idsOf(await agenda({ from: '2026-05-05', to: '2026-05-05' }))).to.deep.equal([
      ids.deadline.replace('maatwerk-pop-first-month:2026-04-02',
        'maatwerk-pop-before-evaluation:2026-05-05'),
    ]);
  });

  it('should word deadlines in the language asked for', async () => {
    const [nl] = (await agenda()).filter((item) => item.kind === 'pop-deadline');
    const [en] = (await agenda({}, 'en')).filter((item) => item.kind === 'pop-deadline');
    expect(nl!.title).to.match(/VDAB/).and.to.match(/eerste maand/);
    expect(en!.title).to.match(/first month/);
  });

  it("should give another tenant's agenda none of these items", async () => {
    const south = staffContext(world.test, world.south);
    const items = await agendaOf(world.test).agendaItems(south, WEEK);
    expect(items).to.deep.equal([]);
  });
});
