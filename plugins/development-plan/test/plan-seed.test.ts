import { expect } from 'chai';
import { startDemoApp, testDatabaseKind, type DemoApp } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';

describe(`DevelopmentPlanSeed (${testDatabaseKind()})`, () => {
  let test: DemoApp;

  before(async () => {
    test = await startDemoApp();
  });
  after(async () => {
    await test?.close();
  });

  it('should give the demo employee a POP tab and a plan passing the check', async () => {
    const employee = await test.signIn('demo-maatwerk', 'employee');
    const session = await employee.get('/api/session');
    const personId = session.body.account.personId as string;
    const tabs = session.body.dossierSections.map((s: { id: string }) => s.id);
    expect(tabs, 'the POP tab of the person page').to.include('development-plan.plan');

    const plans = await employee.get(PATHS.plansOf(personId));
    expect(plans.body.items).to.have.length(1);
    const plan = await employee.get(PATHS.plan(plans.body.items[0].id));
    expect(plan.body.versions[0]).to.include({ number: 1, handedOverTo: 'VDAB' });
    expect(plan.body.conversations[0].progress).to.have.length(plan.body.goals.length);
    const check = await employee.get(PATHS.maatwerkCheck(plan.body.id));
    expect(check.body).to.deep.equal({ passes: true, failures: [] });
  });
});
