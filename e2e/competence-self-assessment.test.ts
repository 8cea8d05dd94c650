import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import { VIEWPORTS } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { saveScreenshot } from './support/screenshots.js';
import { waitForDrawn } from './support/canvas.js';
import { expectAccessible, nl, signIn } from './support/app.js';

const PHONE = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;
const DESKTOP = VIEWPORTS.find((viewport) => viewport.name === 'desktop')!;
const API = '/api/competences';

interface Framework {
  id: string;
  name: string;
  content: {
    scale: string[];
    groups: Array<{ competences: Array<{ key: string; indicators: Array<{ key: string }> }> }>;
  };
}

/** A day some days back, as YYYY-MM-DD: a measurement date that is never in the future. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

describe('Competence self-assessment in the browser (issue 5)', function () {
  // No screenshot after each test: the test takes the ones the docs point to itself.
  const suite = browserSuite();
  const { as } = suite;

  it('should let the employee score themselves and staff see both lines', async () => {
    // Staff measure the employee's person and share the result (through the API).
    const staff = await suite.server.main.client('staff');
    const employee = await suite.server.main.client('employee');
    const personId = (await employee.get('/api/session')).body.account.personId as string;
    const offered = await employee.get(`${API}/me/self-assessment-frameworks`);
    expect(offered.status, offered.text).to.equal(200);
    const frameworkId = (offered.body.items as Array<{ id: string }>)[0]!.id;
    const framework = (await staff.get(`${API}/frameworks/${frameworkId}`)).body as Framework;
    const keys = framework.content.groups.flatMap((g) => g.competences)
      .flatMap((c) => c.indicators).map((i) => i.key);
    const measured = await staff.post(`${API}/people/${personId}/measurements`, {
      frameworkId: framework.id, date: daysAgo(2), kind: 'ad-hoc',
      scores: keys.map((indicatorKey) => ({ indicatorKey, value: 2 })),
    });
    expect(measured.status, measured.text).to.equal(201);
    const coachId = measured.body.id as string;
    const finalised = await staff.post(`${API}/measurements/${coachId}/finalise`, {});
    expect(finalised.status, finalised.text).to.equal(200);
    const shared = await staff.post(`${API}/measurements/${coachId}/share`, {});
    expect(shared.status, shared.text).to.equal(200);

    // The employee, on a phone, reaches the self-assessment through the portal's menu.
    const phone = await suite.open(PHONE);
    const page = phone.page;
    await signIn(page, as('employee'), /\/me/);
    await page.getByRole('link', { name: nl('competences.portal.menu.selfAssessment') }).click();
    await page.waitForURL(/\/me\/self-assessment$/);
    const card = page.locator(`[data-test="self-framework"][data-framework="${framework.id}"]`);
    await card.waitFor();
    await expectAccessible(page, 'self-assessment list (390x844)');
    await card.locator('[data-test="self-start"]').click();
    await page.waitForURL(/\/me\/self-assessment\/[0-9a-f-]+/);
    const assessmentId = new URL(page.url()).pathname.split('/').pop()!;

    const total = keys.length;
    for (let step = 1; step <= total; step += 1) {
      // One indicator per screen, in the framework's order.
      const key = keys[step - 1]!;
      const question = page.locator(`[data-test="self-question"][data-indicator="${key}"]`);
      await question.waitFor();
      const progress = { current: String(step), total: String(total) };
      expect(await page.locator('[data-test="self-progress"]').textContent())
        .to.contain(nl('competences.portal.progress', progress));
      expect(await question.locator('.self-option').count())
        .to.equal(framework.content.scale.length + 1);
      if (step === 1) {
        await expectAccessible(page, 'self-assessment question (390x844)');
        await saveScreenshot(page, 'competence-self-assessment-phone-question');
        expect(await readAloudLanguages(page, question), 'framework nl, screen en')
          .to.deep.equal(['nl', 'en']);
      }

      // The second answer is given offline: kept, said, and sent once the connection is back.
      if (step === 2) await phone.context.setOffline(true);
      const level = step === 3 ? 'unknown' : String(1 + (step % framework.content.scale.length));
      await question.locator(`.self-option[data-level="${level}"]`).click();
      const saveState = page.locator('[data-test="self-save-state"]');
      if (step === 2) {
        await page.locator('[data-test="self-save-state"][data-state="waiting"]').waitFor();
        expect(await saveState.textContent()).to.contain(nl('competences.portal.save.waiting'));
        await expectAccessible(page, 'self-assessment offline (390x844)');
        await phone.context.setOffline(false);
      }
      await page.locator('[data-test="self-save-state"][data-state="saved"]').waitFor();
      await page.locator('[data-test="self-next"]').click();
    }

    const review = page.locator('[data-test="self-review"]');
    await review.waitFor();
    expect(await review.locator('[data-answered="false"]').count()).to.equal(0);
    await expectAccessible(page, 'self-assessment review (390x844)');
    await page.locator('[data-test="self-submit"]').click();
    await page.locator('[data-test="self-thanks"]').waitFor();
    await expectAccessible(page, 'self-assessment thanks (390x844)');

    const stored = (await employee.get(`${API}/me/self-assessments/${assessmentId}`)).body;
    expect(stored.status).to.equal('final');
    expect(stored.perspective).to.equal('self');
    const answered = stored.scores.filter((s: { value: number | null; notObserved: boolean }) =>
      s.value !== null || s.notObserved);
    expect(answered).to.have.length(total);
    expect(stored.scores.filter((s: { notObserved: boolean }) => s.notObserved)).to.have.length(1);

    // The results: own scores next to the coach's shared ones, as a chart and a table.
    await page.locator('[data-test="to-results"]').click();
    await page.waitForURL(/\/me\/competences$/);
    const results = page.locator('[data-test="results-table"] tbody tr');
    await results.first().waitFor();
    expect(await results.count()).to.be.greaterThan(0);
    // Every indicator scored 2 by the coach: the mean, with how many of how many were scored.
    const indicatorsOf = new Map(framework.content.groups.flatMap((g) => g.competences)
      .map((c) => [c.key, c.indicators.length]));
    for (const row of await results.all()) {
      const key = (await row.getAttribute('data-competence'))!;
      const n = indicatorsOf.get(key)!;
      expect((await row.locator('td[data-perspective="coach"]').textContent())!.trim())
        .to.equal(`2,00 (${n} van ${n} gescoord)`);
    }
    await page.locator('[data-test="results-chart"] canvas').waitFor();
    expect(await waitForDrawn(page, '[data-test="results-chart"] canvas')).to.equal(true);
    await expectAccessible(page, 'competence results (390x844)');
    await saveScreenshot(page, 'competence-self-assessment-phone-results');

    // A framework from ESCO shows ESCO's attribution on the list and on each question.
    const esco = await staff.post(`${API}/frameworks/adopt`, { ready: 'esco-transversal' });
    expect(esco.status, esco.text).to.equal(201);
    const cycle = await staff.post(`${API}/cycles`, {
      frameworkId: esco.body.id, personId, intervalMonths: 12, startsOn: daysAgo(1),
    });
    expect(cycle.status, cycle.text).to.equal(201);
    await page.goto('/me/self-assessment');
    const escoCard = page.locator(`[data-test="self-framework"][data-framework="${esco.body.id}"]`);
    const escoLink = escoCard.locator('[data-test="framework-attribution"] a');
    expect(await escoLink.getAttribute('href')).to.equal('https://esco.ec.europa.eu');
    await escoCard.locator('[data-test="self-start"]').click();
    await page.locator('[data-test="self-question"]').waitFor();
    expect(await page.locator('[data-test="framework-attribution"]').textContent())
      .to.contain('ESCO');
    await expectAccessible(page, 'self-assessment question with ESCO attribution (390x844)');
    const escoDraft = new URL(page.url()).pathname.split('/').pop()!;
    expect((await employee.delete(`${API}/me/self-assessments/${escoDraft}`)).status)
      .to.equal(204);
    expect((await staff.delete(`${API}/cycles/${cycle.body.id}`)).status).to.equal(204);

    // Staff see the coach's line and the employee's line on the person's evolution.
    const desktop = await suite.open(DESKTOP);
    await signIn(desktop.page, as('staff'));
    await desktop.page.goto(`/people/${personId}?tab=competences.measurements`);
    const table = desktop.page.locator('[data-test="evolution-table"]').first();
    await table.locator('tr[data-perspective="self"]').first().waitFor({ state: 'attached' });
    expect(await table.locator('tr[data-perspective="coach"]').count()).to.be.greaterThan(0);
    expect(await table.locator('tr[data-perspective="self"]').count()).to.be.greaterThan(0);
    expect(await waitForDrawn(desktop.page, '[data-test="evolution-chart"] canvas')).to.equal(true);
    await expectAccessible(desktop.page, 'evolution with self and coach (1440x900)');
    await saveScreenshot(desktop.page, 'competence-self-assessment-desktop-evolution');
  });
});

/**
 * Switches the screen to English, presses "Lees voor" on the question and answers the
 * languages of what it spoke (spied on, still spoken), then switches back to Dutch.
 */
async function readAloudLanguages(page: Page, question: Locator): Promise<string[]> {
  await page.getByRole('button', { name: 'English' }).click();
  await page.evaluate(() => {
    const synth = window.speechSynthesis;
    const speak = synth.speak.bind(synth);
    const spoken: string[] = [];
    Object.assign(window, { spokenLanguages: spoken });
    synth.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push(utterance.lang);
      speak(utterance);
    };
  });
  await question.locator('[data-test="read-aloud"]').click();
  const languages = await page.evaluate(() =>
    (window as unknown as { spokenLanguages: string[] }).spokenLanguages);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  return languages.map((lang) => lang.slice(0, 2).toLowerCase());
}
