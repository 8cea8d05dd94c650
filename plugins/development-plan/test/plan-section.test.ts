import { expect } from 'chai';
import { Tenant } from '@dots/core';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import {
  createGoal, createPlan, startPlanWorld, type PlanWorld,
} from './development-plan-fixtures.js';

describe(`Development plan section visibility (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;
  let employee: TestClient;
  let planId: string;
  let goalId: string;

  /** The tenant admin's choice for the POP tab in the employee's own view. */
  async function showToEmployees(visible: boolean): Promise<void> {
    const em = world.test.em();
    const tenant = await em.findOneOrFail(Tenant, { id: world.north.tenant.id });
    const employeeSections = { 'development-plan.plan': visible };
    tenant.settings = { ...tenant.settings, employeeSections };
    await em.flush();
  }

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
    employee = await world.north.client('employee');
    planId = (await createPlan(staff, world.north.employeePerson.id)).id;
    goalId = (await createGoal(staff, planId)).id;
  });
  after(async () => {
    await world?.test.close();
  });

  it('should name its section as <plugin-id>.<name> in the session', async () => {
    const session = await employee.get('/api/session');
    const ids = session.body.dossierSections.map((s: { id: string }) => s.id);
    expect(ids).to.include('development-plan.plan');
  });

  it('should hide every route from the employee while the tenant hides the tab', async () => {
    await showToEmployees(false);
    const personId = world.north.employeePerson.id;
    expect((await employee.get(PATHS.plansOf(personId))).status).to.equal(404);
    expect((await employee.get(PATHS.plan(planId))).status).to.equal(404);
    expect((await employee.get(PATHS.maatwerkCheck(planId))).status).to.equal(404);
    expect((await staff.get(PATHS.plan(planId))).status, 'staff still read it').to.equal(200);
    expect((await staff.patch(PATHS.goal(goalId), { title: 'Nieuw' })).status).to.equal(200);

    await showToEmployees(true);
    expect((await employee.get(PATHS.plan(planId))).status).to.equal(200);
  });
});
