import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { VIEWPORTS, type Viewport } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { expectAccessible, nl, signIn, useMenu } from './support/app.js';

const MENU = 'competences:frameworks';
const ESCO_SITE = 'https://esco.ec.europa.eu';

/** The frameworks screen through the staff menu, once it has read the list. */
async function openFrameworks(page: Page, viewport: Viewport): Promise<void> {
  await useMenu(page, viewport, MENU);
  await page.waitForURL(/\/competences\/frameworks$/);
  await page.getByRole('heading', { name: nl('competences.frameworks.list.title') }).waitFor();
  await page.locator('[data-ready="esco-transversal"]').waitFor();
}

describe('Competence frameworks and cycles screens in the browser', function () {
  const suite = browserSuite({ screenshot: (title) => `frameworks-${title}` });
  const { as, browse } = suite;

  /** The ESCO framework adopted before is named and linked, and a second one is asked for. */
  async function expectAdoptedBefore(page: Page, size: string): Promise<void> {
    const staff = await suite.server.main.client('staff');
    const list = (await staff.get('/api/competences/frameworks')).body.items as
      Array<{ id: string; source: { ready: string | null } }>;
    const earlier = list.filter((f) => f.source.ready === 'esco-transversal').map((f) => f.id);
    expect(earlier).to.have.length(1);

    const note = page.locator('[data-test="adopted-esco-transversal-nl"]');
    expect(await note.textContent()).to.contain(nl('competences.frameworks.ready.adopted', {
      language: nl('competences.frameworks.languages.nl'),
    }));
    expect(await note.locator(`a[href="/competences/frameworks/${earlier[0]}"]`).count())
      .to.equal(1);
    await page.locator('[data-test="adopt-esco-transversal-nl"]').click();
    await page.getByRole('alert').filter({
      hasText: nl('competences.frameworks.ready.confirmAgain', {
        language: nl('competences.frameworks.languages.nl'),
      }),
    }).waitFor();
    expect(page.url(), 'nothing adopted before the second press').to.match(/frameworks$/);
    await expectAccessible(page, `adopt again asked (${size})`);
    await page.getByRole('button', { name: nl('form.cancel') }).click();
    await page.locator('[data-test="adopt-confirm-esco-transversal-nl"]').waitFor({
      state: 'detached',
    });
    expect((await staff.get('/api/competences/frameworks')).body.items).to.have.length(list.length);
  }

  for (const [index, viewport] of VIEWPORTS.entries()) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`should adopt ESCO in one click, read it with its attribution and export it (${size})`,
      async () => {
        const page = await browse(viewport);
        await signIn(page, as('staff'));
        await openFrameworks(page, viewport);
        await expectAccessible(page, `frameworks list (${size})`);

        const ready = page.locator('[data-ready="esco-transversal"]');
        expect(await ready.locator('[data-test="framework-attribution"]').textContent())
          .to.contain('ESCO');
        // The first viewport adopts ESCO; the next one finds it adopted and is asked once more.
        if (index > 0) await expectAdoptedBefore(page, size);
        await ready.locator('[data-test="adopt-esco-transversal-nl"]').click();
        if (index > 0) {
          await page.locator('[data-test="adopt-confirm-esco-transversal-nl"]').click();
        }
        await page.waitForURL(/\/competences\/frameworks\/[^/]+$/);
        const id = new URL(page.url()).pathname.split('/').pop()!;
        await page.locator('[data-test="framework-content"]').waitFor();

        expect(await page.locator('[data-test="framework-version"]').textContent())
          .to.contain(nl('competences.frameworks.version', { number: '1' }));
        const attribution = page.locator('[data-test="framework-attribution"]');
        expect(await attribution.textContent()).to.contain('Europese Commissie');
        expect(await attribution.locator(`a[href="${ESCO_SITE}"]`).count()).to.equal(1);

        // The framework as the server holds it: the screen must show its words and links.
        const staff = await suite.server.main.client('staff');
        const stored = (await staff.get(`/api/competences/frameworks/${id}`)).body;
        const [group] = stored.content.groups;
        const [competence] = group.competences;
        const [indicator] = competence.indicators;
        expect(competence.uri).to.match(/^http:\/\/data\.europa\.eu\/esco\//);

        const details = page.locator(`[data-competence="${competence.key}"]`);
        await details.locator('summary').click();
        const shown = details.locator(`[data-indicator="${indicator.key}"]`);
        await shown.waitFor();
        expect(await shown.textContent()).to.contain(indicator.text)
          .and.to.contain(indicator.levels[0]).and.to.contain(indicator.levels[3]);
        expect(await shown.locator('dd').count()).to.equal(stored.content.scale.length);
        const ownLink = details.locator(`:scope > .framework-uri a[href="${competence.uri}"]`);
        expect(await ownLink.count()).to.equal(1);
        expect(await page.locator(`[data-group="${group.key}"] a[href="${group.uri}"]`).count())
          .to.equal(1);
        expect(await page.locator('[data-test="framework-versions"] [data-version]').count())
          .to.equal(1);
        await expectAccessible(page, `ESCO framework read (${size})`);

        const link = page.locator('[data-test="export-json"]').first();
        const exported = await page.request.get((await link.getAttribute('href'))!);
        expect(exported.status(), 'JSON export').to.equal(200);
        expect(exported.headers()['content-disposition']).to.match(/^attachment/);
        expect(await exported.text()).to.contain(competence.name);
        const excel = page.locator('[data-test="export-xlsx"]').first();
        const sheet = await page.request.get((await excel.getAttribute('href'))!);
        expect(sheet.status(), 'XLSX export').to.equal(200);
        expect((await sheet.body()).subarray(0, 2).toString()).to.equal('PK');
      });
  }

  it('should name the row of a refused import file (390x844)', async () => {
    const page = await browse(VIEWPORTS[0]!);
    await signIn(page, as('staff'));
    await openFrameworks(page, VIEWPORTS[0]!);

    const broken = {
      format: 'dots-competence-framework', formatVersion: 1, name: 'Kapot kader',
      content: { scale: ['a', 'b', 'c', 'd'], groups: [{ name: 'Groep', competences: [{
        name: 'Zonder indicatoren', indicators: [],
      }] }] },
    };
    const form = page.locator('[data-test="framework-import"]');
    await form.locator('input[type="file"]').setInputFiles({
      name: 'kapot.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await form.locator('[data-test="import-submit"]').click();
    const problems = form.locator('[data-test="framework-problems"]');
    await problems.waitFor();
    // The file has one fault: one Dutch sentence of the screen's own, then that problem once,
    // not the server's English summary, which repeats it.
    const named = await problems.locator('li').allTextContents();
    expect(named, JSON.stringify(named)).to.have.length(1);
    // The server's path `content.groups.0.competences.0.indicators`, in words, counted from 1.
    const place = [
      nl('competences.frameworks.problems.place.group', { number: '1' }),
      nl('competences.frameworks.problems.place.competence', { number: '1' }),
      nl('competences.frameworks.problems.place.indicators'),
    ].join(' › ');
    expect(named[0]!.trim()).to.match(new RegExp(`^${place}: \\S`));
    expect(named[0]).to.not.contain('content.groups');
    const lead = (await problems.locator('p').allTextContents()).map((text) => text.trim());
    expect(lead).to.deep.equal([nl('competences.frameworks.problems.lead')]);
    const shown = (await problems.textContent())!;
    expect(shown).to.not.contain('The input is not valid');
    const detail = named[0]!.trim().split(': ').pop()!;
    expect(shown.split(detail), `"${detail}" shown once`).to.have.length(2);
    await expectAccessible(page, 'frameworks import refused (390x844)');

    const list = await (await suite.server.main.client('staff')).get('/api/competences/frameworks');
    const names = (list.body.items as Array<{ name: string }>).map((f) => f.name);
    expect(names).to.not.include('Kapot kader');
  });

  it('should say in words which level of the edited framework is missing (390x844)', async () => {
    const page = await browse(VIEWPORTS[0]!);
    await signIn(page, as('staff'));
    const staff = await suite.server.main.client('staff');
    const [first] = (await staff.get('/api/competences/frameworks')).body.items as
      Array<{ id: string }>;
    const stored = (await staff.get(`/api/competences/frameworks/${first!.id}`)).body;
    const [group] = stored.content.groups;
    const [competence] = group.competences;
    const last = stored.content.scale.length;

    await page.goto(`/competences/frameworks/${first!.id}`);
    await page.locator('[data-test="framework-edit"]').click();
    const editor = page.locator('[data-test="framework-editor"]');
    await editor.locator('[data-test="indicator-editor"]').first().getByLabel(
      nl('competences.frameworks.edit.level', {
        number: String(last), label: stored.content.scale[last - 1],
      }),
    ).fill('');
    await editor.locator('[data-test="framework-save"]').click();

    const problem = editor.locator('[data-test="framework-problems"] li');
    await problem.first().waitFor();
    const named = (field: string, number: number, name: string) => nl(
      'competences.frameworks.problems.place.named', {
        place: nl(`competences.frameworks.problems.place.${field}`, { number: String(number) }),
        name,
      });
    const place = [
      named('group', 1, group.name), named('competence', 1, competence.name),
      nl('competences.frameworks.problems.place.indicator', { number: '1' }),
      named('level', last, stored.content.scale[last - 1]),
    ].join(' › ');
    expect((await problem.allTextContents()).map((text) => text.trim()))
      .to.deep.equal([`${place}: ${nl('problems.required')}`]);
    await expectAccessible(page, 'framework edit refused (390x844)');
    const after = (await staff.get(`/api/competences/frameworks/${first!.id}`)).body;
    expect(after.currentVersion, 'nothing saved').to.equal(stored.currentVersion);
  });

  it('should add a cycle for an employee type and delete it again (1440x900)', async () => {
    const page = await browse(VIEWPORTS[1]!);
    await signIn(page, as('staff'));
    await page.goto('/competences/cycles');
    const form = page.locator('[data-test="cycle-form"]');
    await form.waitFor();
    await expectAccessible(page, 'cycles screen (1440x900)');

    const type = form.getByRole('combobox', {
      name: nl('competences.frameworks.cycles.employeeType'),
    });
    await type.locator('option').nth(1).waitFor({ state: 'attached' });
    await type.selectOption({ index: 1 });
    const typeName = (await type.locator('option:checked').textContent())!.trim();
    await form.getByLabel(nl('competences.frameworks.cycles.interval')).fill('6');
    await form.getByLabel(nl('competences.frameworks.cycles.startsOn')).fill('2026-09-01');
    await form.getByLabel(nl('competences.frameworks.cycles.withSelfAssessment')).check();
    await form.locator('[data-test="add-cycle"]').click();

    const cycle = page.locator('[data-cycle]', { hasText: typeName })
      .filter({ hasText: '01/09/2026' });
    await cycle.waitFor();
    expect(await cycle.textContent()).to.contain('01/09/2026')
      .and.to.contain(nl('competences.frameworks.cycles.withSelf'));
    await expectAccessible(page, 'cycles screen with a cycle (1440x900)');

    // The demo seed may hold cycles of its own: the new one is found by its id on the screen.
    const id = (await cycle.getAttribute('data-cycle'))!;
    const staff = await suite.server.main.client('staff');
    const stored = async () => ((await staff.get('/api/competences/cycles')).body
      .items as Array<{ id: string }>).find((item) => item.id === id);
    expect(await stored()).to.include({ intervalMonths: 6, startsOn: '2026-09-01',
      withSelfAssessment: true, employeeTypeName: typeName });

    page.once('dialog', (dialog) => void dialog.accept());
    await cycle.locator('[data-test="delete-cycle"]').click();
    await cycle.waitFor({ state: 'detached' });
    expect(await stored()).to.equal(undefined);
  });
});
