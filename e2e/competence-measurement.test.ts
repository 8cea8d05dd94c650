import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import type { TestClient } from '@dots/core/testing';
import { VIEWPORTS } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { waitForDrawn } from './support/canvas.js';
import { saveScreenshot } from './support/screenshots.js';
import { expectAccessible, nl, signIn } from './support/app.js';

const TAB = 'competences.measurements';
const PHONE = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;
const SCALE = ['nog niet', 'met veel hulp', 'met wat hulp', 'zelfstandig'];
const API = '/api/competences';

/** A small framework of its own, so the test scores every indicator in a few taps. */
const frameworkOf = (name: string, scale: string[]) => ({
  name,
  content: {
    scale,
    groups: [{
      key: 'e2e-attitudes', name: 'Arbeidsattitudes',
      competences: ['stiptheid', 'orde'].map((key) => ({
        key: `e2e-${key}`, name: key === 'stiptheid' ? 'Stiptheid' : 'Orde',
        indicators: [1, 2].map((n) => ({
          key: `e2e-${key}.${n}`, text: `${key} indicator ${n}`,
          levels: scale.map((level) => `${key} ${n}: ${level}`),
        })),
      })),
    }],
  },
});
const FRAMEWORK = frameworkOf('Werkpost E2E', SCALE);
const KEYS = FRAMEWORK.content.groups[0]!.competences.flatMap((c) => c.indicators)
  .map((i) => i.key);

type Answer = number | 'not seen';

/** A final coach measurement made through the API: answers in the order of KEYS. */
async function finalMeasurement(
  staff: TestClient, personId: string, frameworkId: string, date: string, answers: Answer[],
): Promise<string> {
  const scores = KEYS.map((indicatorKey, n) => (answers[n] === 'not seen'
    ? { indicatorKey, notObserved: true } : { indicatorKey, value: answers[n] }));
  const made = await staff.post(`${API}/people/${personId}/measurements`,
    { frameworkId, date, kind: 'ad-hoc', scores });
  expect(made.status, made.text).to.equal(201);
  const finalised = await staff.post(`${API}/measurements/${made.body.id}/finalise`, {});
  expect(finalised.status, finalised.text).to.equal(200);
  return made.body.id as string;
}

/** A day some days from today (negative: back), as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Every level button holds its words (issue 5's tester: "4 zelfstandig" stuck out by 3 px on a
 * phone), and the page does not scroll sideways.
 */
async function expectLevelsFit(page: Page, what: string): Promise<void> {
  const sticking = await page.locator('label.indicator__level').evaluateAll((labels) =>
    labels.filter((label) => {
      const box = label.getBoundingClientRect();
      const parts = Array.from(label.querySelectorAll('span, svg'),
        (part) => part.getBoundingClientRect());
      return label.scrollWidth > label.clientWidth
        || parts.some((part) => part.right > box.right || part.left < box.left);
    }).map((label) => label.textContent?.trim()));
  expect(sticking, `level buttons whose words stick out (${what})`).to.deep.equal([]);
  const sideways = await page.evaluate(() =>
    document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(sideways, `the page scrolls sideways (${what})`).to.equal(false);
}

/** An indicator's block on the scoring screen. */
const indicator = (page: Page, key: string) => page.locator(`fieldset[data-indicator="${key}"]`);

/** Taps a level (1-based) of an indicator, as a thumb would: on its big label. */
async function tapLevel(block: Locator, level: number): Promise<void> {
  await block.locator('label.indicator__level').nth(level - 1).click();
}

/** The indicator says its answer reached the server ("Bewaard", not "Nog niet bewaard"). */
async function expectSaved(block: Locator): Promise<void> {
  await block.and(block.page().locator('[data-state="saved"]')).waitFor();
  expect((await block.locator('[data-test="save-state"]').textContent())?.trim())
    .to.equal(nl('competences.measure.indicator.state.saved'));
}

describe('Competence measurement in the browser', function () {
  const suite = browserSuite({ screenshot: (title) => `competences-${title}` });
  const { as } = suite;

  it('should let staff measure, finalise, amend and share on a phone, then chart it',
    async () => {
      const staff = await suite.server.main.client('staff');
      const person = await staff.post('/api/people', { givenNames: 'Ilse', familyName: 'Maes' });
      expect(person.status, person.text).to.equal(201);
      const personId = (person.body as { id: string }).id;
      const framework = await staff.post('/api/competences/frameworks', FRAMEWORK);
      expect(framework.status, framework.text).to.equal(201);

      const { page, context } = await suite.open(PHONE);
      await signIn(page, as('staff'));
      await page.goto(`/people/${personId}?tab=${TAB}`);
      await page.locator('[data-test="competences-tab"] [data-test="evolution"]').waitFor();

      await page.locator('[data-test="measurement-start"]').click();
      const start = page.locator('[data-test="measurement-start-form"]');
      await start.getByLabel(nl('competences.measure.start.framework'))
        .selectOption({ label: FRAMEWORK.name });
      await start.getByLabel(nl('competences.measure.kind.periodic')).check();
      await start.locator('[data-test="measurement-start-save"]').click();
      await page.locator('[data-test="measurement-scoring"]').waitFor();

      // Stiptheid: a level with its description shown, and one indicator not seen.
      const first = indicator(page, 'e2e-stiptheid.1');
      await tapLevel(first, 3);
      expect(await first.locator('[data-test="level-description"]').textContent())
        .to.contain('stiptheid 1: met wat hulp');
      await expectSaved(first);
      const box = await first.locator('label.indicator__level').first().boundingBox();
      expect(box!.height, 'a level button is a big touch target').to.be.at.least(48);
      await expectLevelsFit(page, 'the work-floor scale in Dutch');

      const second = indicator(page, 'e2e-stiptheid.2');
      await second.locator('label', { hasText: nl('competences.measure.indicator.notSeen') })
        .click();
      await expectSaved(second);
      expect(await page.locator('[data-test="competence-summary"]').textContent())
        .to.contain('3,00').and.to.contain('1 van 2 gescoord');
      await expectAccessible(page, 'measurement scoring (390x844)');
      await saveScreenshot(page, 'competences-phone-scoring');

      // Orde, offline: the answer stays and says it is not saved, then goes once back online.
      await page.locator('[data-test="competence-next"]').click();
      const offline = indicator(page, 'e2e-orde.1');
      await context.setOffline(true);
      await tapLevel(offline, 2);
      await offline.locator('[data-test="save-state"]', {
        hasText: nl('competences.measure.indicator.state.unsaved'),
      }).waitFor();
      await page.locator('[data-test="scoring-unsaved"]').waitFor();
      expect(await offline.locator('input[type="radio"]').nth(1).isChecked()).to.equal(true);
      await context.setOffline(false);
      await expectSaved(offline);
      await page.locator('[data-test="scoring-unsaved"]').waitFor({ state: 'detached' });
      const last = indicator(page, 'e2e-orde.2');
      await tapLevel(last, 4);
      await expectSaved(last);

      await page.locator('[data-test="measurement-finalise"]').click();
      await page.locator('[data-test="measurement-panel"][data-status="final"]').waitFor();
      const stiptheid = page.locator(
        '[data-test="measurement-summary"] [data-competence="e2e-stiptheid"]');
      expect(await stiptheid.textContent()).to.contain('3,00').and.to.contain('1 van 2 gescoord');

      // A correction needs a reason; the old answer stays in the amendment.
      await page.locator('[data-test="measurement-amend-open"]').click();
      const amend = page.locator('[data-test="measurement-amend-form"]');
      await tapLevel(amend.locator('fieldset[data-indicator="e2e-stiptheid.2"]'), 2);
      await amend.getByLabel(nl('competences.measure.amend.reason'))
        .fill('Toch gezien op dinsdag');
      await amend.locator('[data-test="measurement-amend-save"]').click();
      await page.locator('[data-test="measurement-amendments"]', {
        hasText: 'Toch gezien op dinsdag',
      }).waitFor();
      expect(await stiptheid.textContent()).to.contain('2,50').and.to.contain('2 van 2 gescoord');

      await page.locator('[data-test="measurement-share-open"]').click();
      expect(await page.locator('[data-test="measurement-share"] [role="alert"]').textContent())
        .to.contain(nl('competences.measure.share.confirmText', { name: 'Ilse Maes' }));
      await page.locator('[data-test="measurement-share-confirm"]').click();
      await page.locator('[data-test="measurement-shared"]').waitFor();
      await expectAccessible(page, 'final measurement, amended and shared (390x844)');

      const list = await staff.get(`/api/competences/people/${personId}/measurements`);
      type Row = { id: string; status: string; date: string };
      const [stored] = (list.body as { items: Row[] }).items;
      expect(stored).to.include({ status: 'final' });
      const detail = await staff.get(`/api/competences/measurements/${stored!.id}`);
      expect(detail.body.sharedAt).to.be.a('string');
      expect(detail.body.amendments).to.have.length(1);
      expect(detail.body.amendments[0].reason).to.equal('Toch gezien op dinsdag');

      // Two more: one on the same day, and one 15 months before with Stiptheid not seen at
      // all, a point without a value. The chart draws all three, the table lists them.
      const frameworkId = (framework.body as { id: string }).id;
      await finalMeasurement(staff, personId, frameworkId, stored!.date, [4, 4, 1, 1]);
      const earlier = new Date(`${stored!.date}T12:00:00Z`);
      earlier.setUTCMonth(earlier.getUTCMonth() - 15);
      const before = earlier.toISOString().slice(0, 10);
      await finalMeasurement(staff, personId, frameworkId, before,
        ['not seen', 'not seen', 2, 2]);

      // Back on the tab, the evolution has the coach's points and no self line.
      await page.getByRole('button', { name: nl('competences.measure.panel.back') }).click();
      const evolution = page.locator('[data-test="evolution"]');
      await evolution.locator('[data-test="evolution-chart"] canvas').waitFor();
      await evolution.locator('[data-test="evolution-competence"]')
        .selectOption({ label: 'Stiptheid' });
      const table = evolution.locator('[data-test="evolution-table"]');
      await evolution.getByText(nl('competences.measure.evolution.asTable')).click();
      const coachRows = table.locator('tr[data-perspective="coach"]');
      expect(await coachRows.count()).to.equal(3);
      const sameDay = table.locator(`tr[data-perspective="coach"][data-date="${stored!.date}"]`);
      expect((await sameDay.allTextContents()).join(' ')).to.contain('2,50').and.contain('4,00');
      expect(await table.locator(`tr[data-date="${before}"]`).textContent())
        .to.contain('geen score');
      expect(await table.locator('tr[data-perspective="self"]').count()).to.equal(0);
      expect(await waitForDrawn(page, '[data-test="evolution-chart"] canvas'),
        'the chart is drawn').to.equal(true);
      await expectAccessible(page, 'competences tab with the evolution (390x844)');
      await saveScreenshot(page, 'competences-phone-evolution');
    });

  it('should fit the longest level labels in their buttons on a phone', async () => {
    const staff = await suite.server.main.client('staff');
    const person = await staff.post('/api/people', { givenNames: 'Jonas', familyName: 'Peeters' });
    const personId = (person.body as { id: string }).id;

    // The ready frameworks' scales, and a five-level one of their five longest labels.
    const frameworks: Array<{ id: string; what: string }> = [];
    const labels: string[] = [];
    for (const [ready, language] of [['work-floor', 'nl'], ['work-floor', 'en'],
      ['esco-transversal', 'nl']] as const) {
      const adopted = await staff.post(`${API}/frameworks/adopt`, { ready, language });
      expect(adopted.status, adopted.text).to.equal(201);
      frameworks.push({ id: adopted.body.id, what: `${ready} (${language})` });
      labels.push(...(adopted.body.content.scale as string[]));
    }
    const longest = [...new Set(labels)].sort((a, b) => b.length - a.length).slice(0, 5);
    const five = await staff.post(`${API}/frameworks`, frameworkOf('Vijf niveaus E2E', longest));
    expect(five.status, five.text).to.equal(201);
    frameworks.push({ id: five.body.id, what: `five levels: ${longest.join(', ')}` });

    const page = await suite.browse(PHONE);
    await signIn(page, as('staff'));
    for (const { id, what } of frameworks) {
      const draft = await staff.post(`${API}/people/${personId}/measurements`,
        { frameworkId: id, date: dayFromToday(-1), kind: 'ad-hoc' });
      expect(draft.status, draft.text).to.equal(201);
      await page.goto(`/people/${personId}?tab=${TAB}`);
      await page.locator(`[data-measurement="${draft.body.id}"] [data-test="measurement-open"]`)
        .click();
      await page.locator('[data-test="measurement-scoring"] label.indicator__level').first()
        .waitFor();
      await expectLevelsFit(page, what);
    }
  });

  it('should offer a gap as a POP goal once, also after a reload', async () => {
    // The demo employee scores themselves 4 everywhere, the coach sees 1: gaps of 3 levels.
    const staff = await suite.server.main.client('staff');
    const employee = await suite.server.main.client('employee');
    const personId = (await employee.get('/api/session')).body.account.personId as string;
    const made = await staff.post(`${API}/frameworks`, frameworkOf('Zelfbeeld E2E', SCALE));
    expect(made.status, made.text).to.equal(201);
    const frameworkId = made.body.id as string;
    // The coach first: a framework is offered for a self-assessment once the coach measured.
    await finalMeasurement(staff, personId, frameworkId, dayFromToday(-1), [1, 1, 1, 1]);
    const self = await employee.post(`${API}/me/self-assessments`, { frameworkId });
    expect(self.status, self.text).to.equal(201);
    const answered = await employee.patch(`${API}/me/self-assessments/${self.body.id}`,
      { scores: KEYS.map((indicatorKey) => ({ indicatorKey, value: 4 })) });
    expect(answered.status, answered.text).to.equal(200);
    const submitted = await employee.post(`${API}/me/self-assessments/${self.body.id}/submit`, {});
    expect(submitted.status, submitted.text).to.equal(200);

    // A POP running today; the tab takes the first such plan of the list, as this test does.
    const plansPath = `/api/development-plan/people/${personId}/plans`;
    type Plan = { id: string; periodFrom: string; periodTo: string };
    const today = dayFromToday(0);
    const running = (items: Plan[]) =>
      items.find((p) => p.periodFrom <= today && today <= p.periodTo);
    let plan = running((await staff.get(plansPath)).body.items as Plan[]);
    if (!plan) {
      const created = await staff.post(plansPath,
        { periodFrom: dayFromToday(-30), periodTo: dayFromToday(300) });
      expect(created.status, created.text).to.equal(201);
      plan = running((await staff.get(plansPath)).body.items as Plan[]);
    }
    const uri = `urn:dots:competence:${frameworkId}:e2e-stiptheid`;
    const goalsWith = async () => ((await staff.get(`/api/development-plan/plans/${plan!.id}`))
      .body.goals as Array<{ competenceRefs: Array<{ uri?: string }> }>)
      .filter((goal) => goal.competenceRefs.some((ref) => ref.uri === uri)).length;
    expect(await goalsWith()).to.equal(0);

    const page = await suite.browse(PHONE);
    await signIn(page, as('staff'));
    await page.goto(`/people/${personId}?tab=${TAB}`);
    const evolution = page.locator('[data-test="evolution"]');
    await evolution.locator('[data-test="evolution-competence"]').waitFor();
    const choice = evolution.getByLabel(nl('competences.measure.evolution.framework'));
    if (await choice.count()) await choice.selectOption({ label: 'Zelfbeeld E2E' });
    const gap = evolution.locator('[data-test="evolution-gaps"] [data-gap="e2e-stiptheid"]');
    const button = gap.locator('[data-test="gap-goal"]');
    await button.waitFor();

    // A double tap, both taps before the screen changes: one goal.
    await button.evaluate((element: HTMLButtonElement) => {
      element.click();
      element.click();
    });
    await gap.locator('[data-test="gap-goal-added"]').waitFor();
    expect(await goalsWith()).to.equal(1);
    const link = gap.getByRole('link', { name: nl('competences.measure.gaps.toPop') });
    expect((await link.boundingBox())!.height, 'the POP link is a touch target')
      .to.be.at.least(44);
    // Its indicators' gaps name the same competence, which is a goal now.
    const indicatorGap = evolution.locator('[data-gap="e2e-stiptheid.1"]');
    await indicatorGap.locator('[data-test="gap-goal-exists"]').waitFor();
    await expectAccessible(page, 'a gap added as a POP goal (390x844)');

    // After a reload the tab reads the plan's goals: the competence is not offered again.
    await page.reload();
    await evolution.locator('[data-test="evolution-competence"]').waitFor();
    if (await choice.count()) await choice.selectOption({ label: 'Zelfbeeld E2E' });
    await gap.locator('[data-test="gap-goal-exists"]').waitFor();
    expect(await gap.locator('[data-test="gap-goal"]').count()).to.equal(0);
    expect(await gap.textContent()).to.contain(nl('competences.measure.gaps.exists'));
    const stillThere = gap.getByRole('link', { name: nl('competences.measure.gaps.toPop') });
    expect((await stillThere.boundingBox())!.height).to.be.at.least(44);
    expect(await goalsWith()).to.equal(1);
  });
});
