import { expect } from 'chai';
import {
  createTenantFixture, testDatabaseKind, type TenantFixture, type TestClient,
} from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import { created, fieldsOf, startPlanWorld, type PlanWorld } from './development-plan-fixtures.js';
import { setStartDate } from './contribution-context.js';

describe(`Plan deadlines over the API (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let lde: TenantFixture;
  let staff: TestClient;

  before(async () => {
    world = await startPlanWorld();
    lde = await createTenantFixture(world.test, { slug: 'buurtdienst', kind: 'local-services' });
    staff = await world.north.client('staff');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should hold a maatwerk plan to the first month and the evaluation', async () => {
    const personId = world.north.employeePerson.id;
    await setStartDate(world.test.emFor(world.north.tenant.id), personId, '2026-01-31');
    const plan = await created(staff, PATHS.plansOf(personId), {
      periodFrom: '2026-01-31', periodTo: '2026-12-31', evaluationDate: '2026-10-05',
    });
    expect(plan.evaluationDate).to.equal('2026-10-05');
    expect(plan.deadlines).to.deep.equal([
      { rule: 'maatwerk-pop-first-month', dueDate: '2026-02-28', met: false, doneOn: null },
      { rule: 'maatwerk-pop-before-evaluation', dueDate: '2026-09-25', met: false, doneOn: null },
    ]);

    const version = await created(staff, PATHS.versions(plan.id), { date: '2026-02-10' });
    await staff.patch(PATHS.version(version.id), { handedOverAt: '2026-02-27' });
    const read = await staff.get(PATHS.plan(plan.id));
    expect(read.body.deadlines[0]).to.include({ met: true, doneOn: '2026-02-27' });
    expect(read.body.deadlines[1]).to.include({ met: false, doneOn: null });

    const moved = await staff.patch(PATHS.plan(plan.id), { evaluationDate: null });
    expect(moved.body.deadlines.map((d: { rule: string }) => d.rule))
      .to.deep.equal(['maatwerk-pop-first-month']);
  });

  it('should refuse an evaluation that is not a date, naming the field', async () => {
    const answer = await staff.post(PATHS.plansOf(world.north.employeePerson.id), {
      periodFrom: '2026-01-01', periodTo: '2026-12-31', evaluationDate: '2026-02-30',
    });
    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer.body)).to.deep.equal(['evaluationDate']);
  });

  it('should hold an LDE plan to a yearly POP that the next plan renews', async () => {
    const ldeStaff = await lde.client('staff');
    const personId = lde.employeePerson.id;
    const first = await created(ldeStaff, PATHS.plansOf(personId), {
      periodFrom: '2025-02-01', periodTo: '2026-01-31', evaluationDate: '2025-06-01',
    });
    expect(first.deadlines).to.deep.equal([
      { rule: 'lde-yearly-pop', dueDate: '2026-02-01', met: false, doneOn: null },
    ]);

    await created(ldeStaff, PATHS.plansOf(personId), {
      periodFrom: '2026-01-20', periodTo: '2027-01-19',
    });
    const read = await ldeStaff.get(PATHS.plan(first.id));
    expect(read.body.deadlines).to.deep.equal([
      { rule: 'lde-yearly-pop', dueDate: '2026-02-01', met: true, doneOn: '2026-01-20' },
    ]);
  });
});
