import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { VIEWPORTS } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { expectAccessible, nl, signIn } from './support/app.js';

const TAB = 'development-plan.plan';
const PHONE = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;

/** Opens the POP tab of a person and waits until it has read the plan. */
async function openPopTab(page: Page, personId: string): Promise<void> {
  await page.goto(`/people/${personId}?tab=${TAB}`);
  const panel = page.locator('[data-test="pop-tab"]');
  await panel.waitFor();
  await panel.locator('[role="status"]', { hasText: nl('form.loading') })
    .waitFor({ state: 'detached' });
}

describe('Development plan (POP) tab in the browser', function () {
  const suite = browserSuite({ screenshot: (title) => `pop-${title}` });
  const { as } = suite;
  const phone = () => suite.browse(PHONE);

  it('should let staff add a goal with an action on a phone, accessibly', async () => {
    const staff = await suite.server.main.client('staff');
    const created = await staff.post('/api/people', { givenNames: 'Nele', familyName: 'Claeys' });
    expect(created.status, created.text).to.equal(201);
    const personId = (created.body as { id: string }).id;
    const plan = await staff.post(`/api/development-plan/people/${personId}/plans`, {
      periodFrom: '2026-01-01', periodTo: '2026-12-31',
    });
    expect(plan.status, plan.text).to.equal(201);

    const page = await phone();
    await signIn(page, as('staff'));
    await openPopTab(page, personId);
    expect(await page.locator('[data-test="pop-period"]').textContent())
      .to.contain('01/01/2026').and.to.contain('31/12/2026');
    await expectAccessible(page, 'POP tab, empty plan (390x844)');

    await page.locator('[data-test="pop-add-goal"]').click();
    const goalForm = page.locator('[data-test="pop-goal-form"]');
    await goalForm.getByLabel(nl('developmentPlan.goals.goalTitle')).fill('Op tijd beginnen');
    await goalForm.getByLabel(nl('developmentPlan.goals.competence'), { exact: true })
      .fill('Stiptheid');
    await goalForm.getByLabel(nl('developmentPlan.goals.kind')).selectOption('generic');
    await goalForm.getByLabel(nl('developmentPlan.goals.currentLevel')).fill('Soms te laat');
    await goalForm.getByLabel(nl('developmentPlan.goals.targetLevel')).fill('Elke dag op tijd');
    await expectAccessible(page, 'POP tab, goal form (390x844)');
    await goalForm.locator('[data-test="pop-save-goal"]').click();

    const goal = page.locator('[data-goal]', { hasText: 'Op tijd beginnen' });
    await goal.waitFor();
    await goal.locator('[data-test="pop-add-action"]').click();
    const actionForm = goal.locator('[data-test="pop-action-form"]');
    await actionForm.getByLabel(nl('developmentPlan.actions.text')).fill('Wekker vroeger zetten');
    const owner = actionForm.getByLabel(nl('developmentPlan.actions.owner'));
    await owner.locator('option').nth(1).waitFor({ state: 'attached' });
    await owner.selectOption({ index: 1 });
    const ownerName = (await owner.locator('option:checked').textContent())!.trim();
    await actionForm.getByLabel(nl('developmentPlan.actions.dueDate')).fill('2026-03-30');
    await actionForm.locator('[data-test="pop-save-action"]').click();

    const action = goal.locator('[data-action]', { hasText: 'Wekker vroeger zetten' });
    await action.waitFor();
    expect(await action.textContent()).to.contain('30/03/2026').and.to.contain(ownerName);
    await expectAccessible(page, 'POP tab with a goal and an action (390x844)');

    const stored = await staff.get(`/api/development-plan/plans/${plan.body.id}`);
    const [savedGoal] = stored.body.goals;
    expect(savedGoal).to.include({ title: 'Op tijd beginnen', competenceKind: 'generic' });
    expect(savedGoal.actions[0]).to.include({
      text: 'Wekker vroeger zetten', dueDate: '2026-03-30',
    });
  });

  it('should show the employee their plan in plain words in the portal', async () => {
    const employee = await suite.server.main.client('employee');
    const session = await employee.get('/api/session');
    const personId = (session.body as { account: { personId: string } }).account.personId;
    const staff = await suite.server.main.client('staff');
    const plan = await staff.post(`/api/development-plan/people/${personId}/plans`, {
      periodFrom: '2030-01-01', periodTo: '2030-12-31',
    });
    expect(plan.status, plan.text).to.equal(201);
    const goal = await staff.post(`/api/development-plan/plans/${plan.body.id}/goals`, {
      title: 'Zelfstandig de kassa doen',
    });
    await staff.post(`/api/development-plan/goals/${goal.body.id}/actions`, {
      text: 'Samen de kassa openen', dueDate: '2030-02-15', status: 'in-progress',
    });

    const page = await phone();
    await signIn(page, as('employee'));
    await page.goto('/me');
    const section = page.locator('[data-section="development-plan.plan"]');
    await section.getByRole('heading', {
      name: 'Wat je wil leren: Zelfstandig de kassa doen',
    }).waitFor();
    const text = await section.textContent();
    expect(text).to.contain('Wat we samen doen').and.to.contain('We zijn ermee bezig')
      .and.to.contain('15/02/2030');
    await expectAccessible(page, 'portal with the POP (390x844)');
  });
});
