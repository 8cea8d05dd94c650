import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import { VIEWPORTS } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { saveScreenshot } from './support/screenshots.js';
import { expectAccessible, nl, signIn } from './support/app.js';

const TAB = 'competences.measurements';
const PHONE = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;
const SCALE = ['nog niet', 'met veel hulp', 'met wat hulp', 'zelfstandig'];

/** A small framework of its own, so the test scores every indicator in a few taps. */
const FRAMEWORK = {
  name: 'Werkpost E2E',
  content: {
    scale: SCALE,
    groups: [{
      key: 'e2e-attitudes', name: 'Arbeidsattitudes',
      competences: ['stiptheid', 'orde'].map((key) => ({
        key: `e2e-${key}`, name: key === 'stiptheid' ? 'Stiptheid' : 'Orde',
        indicators: [1, 2].map((n) => ({
          key: `e2e-${key}.${n}`, text: `${key} indicator ${n}`,
          levels: SCALE.map((level) => `${key} ${n}: ${level}`),
        })),
      })),
    }],
  },
};

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
      await page.locator('[data-test="measurement-share-confirm"]').click();
      await page.locator('[data-test="measurement-shared"]').waitFor();
      await expectAccessible(page, 'final measurement, amended and shared (390x844)');

      const list = await staff.get(`/api/competences/people/${personId}/measurements`);
      const [stored] = (list.body as { items: Array<{ id: string; status: string }> }).items;
      expect(stored).to.include({ status: 'final' });
      const detail = await staff.get(`/api/competences/measurements/${stored!.id}`);
      expect(detail.body.sharedAt).to.be.a('string');
      expect(detail.body.amendments).to.have.length(1);
      expect(detail.body.amendments[0].reason).to.equal('Toch gezien op dinsdag');

      // Back on the tab, the evolution has the coach's point and no self line.
      await page.getByRole('button', { name: nl('competences.measure.panel.back') }).click();
      const evolution = page.locator('[data-test="evolution"]');
      await evolution.locator('[data-test="evolution-chart"] canvas').waitFor();
      await evolution.locator('[data-test="evolution-competence"]')
        .selectOption({ label: 'Stiptheid' });
      const table = evolution.locator('[data-test="evolution-table"]');
      await evolution.getByText(nl('competences.measure.evolution.asTable')).click();
      const coachRows = table.locator('tr[data-perspective="coach"]');
      expect(await coachRows.count()).to.equal(1);
      expect(await coachRows.first().textContent()).to.contain('2,50');
      expect(await table.locator('tr[data-perspective="self"]').count()).to.equal(0);
      await expectAccessible(page, 'competences tab with the evolution (390x844)');
      await saveScreenshot(page, 'competences-phone-evolution');
    });
});
