import { expect } from 'chai';
import { VIEWPORTS, type Viewport } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import {
  en, expectAccessible, menuIds, nl, signIn, signOut, useMenu,
} from './support/app.js';

/** The competences plugin's menu entry: frameworks, for every role holding competences.view. */
const COMPETENCES = 'competences:frameworks';

/**
 * The built web app in Debian's Chromium, served by the real server on a fresh database, on a
 * phone and on a desktop. Each test leaves a screenshot in .ci/artifacts/screenshots and runs
 * axe-core on every screen it stops at.
 */
describe('DOTS web app in the browser', function () {
  const suite = browserSuite({ screenshot: (title, viewport) => `${viewport.name}-${title}` });
  const { as } = suite;

  for (const viewport of VIEWPORTS) {
    describe(`on a ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
      const browser = () => suite.browse(viewport);

      it('should sign in as each demo role and show only what that role may use', async () => {
        const page = await browser();
        const expected: Record<string, string[]> = {
          admin: ['home', 'people', 'agenda', 'reminders:reminders', COMPETENCES, 'admin'],
          staff: ['home', 'people', 'agenda', 'reminders:reminders', COMPETENCES],
          coach: ['home', 'people', 'agenda', 'reminders:reminders', COMPETENCES],
        };

        await page.goto('/');
        await page.waitForURL(/\/sign-in\?redirect=/);
        expect(await page.locator('h1').textContent()).to.equal(nl('signIn.title'));
        await expectAccessible(page, 'sign-in');

        for (const [role, menu] of Object.entries(expected)) {
          await signIn(page, as(role));
          expect(await menuIds(page), `menu of ${role}`).to.deep.equal(menu);
          await expectAccessible(page, `home (${role})`);
          await signOut(page);
        }
        // An employee gets the portal instead of the staff frame (e2e/portal.test.ts).
        await signIn(page, as('employee'), /\/me$/);
        expect(await page.locator('#main-menu').count()).to.equal(0);
        await signOut(page);

        const { platform } = suite.server;
        await signIn(page, { login: platform.login, password: platform.password });
        await page.waitForURL(/\/platform\/tenants/);
        expect(await menuIds(page)).to.deep.equal(['home', 'tenants']);
        await page.locator(`[data-tenant="${suite.server.main.slug}"]`).waitFor();
        await expectAccessible(page, 'platform tenants');
      });

      it('should say clearly when the sign-in details are wrong', async () => {
        const page = await browser();
        await page.goto('/sign-in');
        await page.getByLabel(nl('signIn.organisation')).fill(suite.server.main.slug);
        await page.getByLabel(nl('signIn.login')).fill('staff');
        await page.getByLabel(nl('signIn.password')).fill(`not-${suite.server.main.password}`);
        await page.getByRole('button', { name: nl('signIn.submit') }).click();

        const error = page.locator('[data-test="sign-in-error"]');
        await error.waitFor();
        expect(await error.textContent()).to.contain(nl('signIn.errors.wrong'));
        await expectAccessible(page, 'sign-in with an error');
      });

      it('should add a person with a custom field and find them without the accents', async () => {
        const page = await browser();
        const key = `schoenmaat-${viewport.name}`;
        const familyName = viewport.mobile ? 'Wójcikówna' : 'Brzęczyszczykiewicz';
        const typed = viewport.mobile ? 'wojcikow' : 'brzeczyszcz';

        await signIn(page, as('admin'));
        await page.goto('/admin/fields');
        await page.locator('[data-test="add-field"]').click();
        const editor = page.locator('[data-test="field-editor"]');
        await editor.getByLabel(nl('admin.fields.labelNl')).fill(`Schoenmaat ${viewport.name}`);
        await editor.getByLabel(nl('admin.fields.labelEn')).fill(`Shoe size ${viewport.name}`);
        await editor.getByLabel(nl('admin.fields.key')).fill(key);
        await editor.getByLabel(nl('admin.fields.type')).selectOption('number');
        await expectAccessible(page, 'admin fields, new field');
        await editor.locator('[data-test="save-field"]').click();
        await page.locator(`[data-field="${key}"]`).waitFor();

        await useMenu(page, viewport, 'people');
        await page.locator('[data-test="new-person"]').click();
        const form = page.locator('[data-test="person-form"]');
        await form.getByLabel(nl('person.givenNames')).fill('Łucja');
        await form.getByLabel(`Schoenmaat ${viewport.name}`).fill('41');
        await form.locator('[data-test="save-person"]').click();

        // The server refuses the missing family name; the form names the field and keeps the rest.
        await page.locator('[data-test="error-summary"]').waitFor();
        const familyField = form.locator('.field', {
          has: page.getByLabel(nl('person.familyName')),
        });
        expect(await familyField.locator('.field__error').textContent())
          .to.equal(nl('problems.required'));
        expect(await form.getByLabel(nl('person.givenNames')).inputValue()).to.equal('Łucja');
        await expectAccessible(page, 'person form with errors');

        await form.getByLabel(nl('person.familyName')).fill(familyName);
        await form.locator('[data-test="save-person"]').click();
        await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
        expect(await page.locator('[data-test="person-name"]').textContent())
          .to.equal(`Łucja ${familyName}`);
        expect(await page.locator('[data-test="own-fields"]').textContent()).to.contain('41');
        await expectAccessible(page, 'person page');

        await useMenu(page, viewport, 'people');
        await page.getByLabel(nl('people.search')).pressSequentially(typed, { delay: 40 });
        await page.waitForURL(new RegExp(`q=${typed}`));
        const one = nl('people.range', { first: '1', last: '1', total: '1' });
        await page.locator('[data-test="people-count"]', { hasText: one }).waitFor();
        const rows = page.locator('[data-test="person-row"]');
        expect(await rows.count()).to.equal(1);
        expect(await rows.first().textContent()).to.contain(familyName);
        await expectAccessible(page, 'people list, searched');
      });

      it('should sort and page the people list as the server orders it', async () => {
        const admin = await suite.server.main.client('admin');
        const { total } = (await admin.get('/api/people?limit=1')).body as { total: number };
        for (let index = total; index < 30; index += 1) {
          await admin.post('/api/people', { givenNames: 'Pagina', familyName: `Vulling ${index}` });
        }

        const page = await browser();
        await signIn(page, as('staff'));
        await useMenu(page, viewport, 'people');
        const firstName = () => page.locator('[data-test="person-row"] a').first().textContent();
        const before = await firstName();

        if (viewport.mobile) {
          // A phone shows cards without column headings: the sort choice sits with the filters.
          await page.getByText(nl('people.filters')).click();
          await page.getByLabel(nl('people.sort')).selectOption('-familyName');
        } else {
          await page.getByRole('button', { name: nl('people.name') }).click();
          await page.locator('th[aria-sort="descending"]').waitFor();
        }
        await page.waitForURL(/sort=-familyName/);
        await page.waitForFunction((name) =>
          document.querySelector('[data-test="person-row"] a')?.textContent !== name, before);
        const after = await firstName();
        expect(after).to.not.equal(before);
        expect(after!.localeCompare(before!, 'nl')).to.be.greaterThan(0);

        await page.getByRole('button', { name: nl('people.next') }).click();
        await page.waitForURL(/page=2/);
        await page.locator('[data-test="people-count"]', { hasText: /^26–/ }).waitFor();
        await expectAccessible(page, 'people list, page 2');
      });

      it('should say so when someone else changed the person, keeping what was typed', async () => {
        const admin = await suite.server.main.client('admin');
        const created = await admin.post('/api/people', {
          givenNames: 'Aïcha', familyName: `El Idrissi ${viewport.name}`,
        });
        const id = (created.body as { id: string }).id;

        const page = await browser();
        await signIn(page, as('staff'));
        await page.goto(`/people/${id}/edit`);
        const form = page.locator('[data-test="person-form"]');
        await form.getByLabel(nl('person.gender')).fill('vrouw');

        // Meanwhile a colleague stores another change to the same person.
        const colleague = await admin.patch(`/api/people/${id}`, {
          preferredName: 'Aya', version: 1,
        });
        expect(colleague.status).to.equal(200);

        await form.locator('[data-test="save-person"]').click();
        await page.locator('[data-test="conflict"]').waitFor();
        expect(await form.getByLabel(nl('person.gender')).inputValue()).to.equal('vrouw');
        await expectAccessible(page, 'person form with a conflict');

        await page.getByRole('button', { name: nl('personForm.saveAnyway') }).click();
        await page.waitForURL(new RegExp(`/people/${id}$`));
        const stored = (await admin.get(`/api/people/${id}`)).body as Record<string, unknown>;
        expect(stored).to.include({ gender: 'vrouw', preferredName: 'Aya', version: 3 });
      });

      it('should hide reminders from the coach while they are off, data kept', async () => {
        const coach = await browser();
        const admin = await browser();
        const text = `Gesprek evalueren (${viewport.name})`;

        await signIn(coach, as('coach'));
        await useMenu(coach, viewport, 'reminders:reminders');
        await coach.getByLabel(nl('reminders.text')).fill(text);
        await coach.locator('[data-test="add-reminder"]').click();
        const today = coach.locator('[data-section="today"] [data-test="reminder"]');
        await today.filter({ hasText: text }).waitFor();
        await expectAccessible(coach, 'my reminders');

        await signIn(admin, as('admin'));
        await admin.goto('/admin/plugins');
        await admin.locator('[data-test="toggle-reminders"]').click();
        await admin.locator('[data-test="plugin-message"]').waitFor();
        expect(await admin.locator('[data-plugin="reminders"] h2').textContent())
          .to.contain(nl('admin.plugins.off'));
        await expectAccessible(admin, 'admin plugins');

        // No reload and no restart: the coach's next click reads the session again.
        await useMenu(coach, viewport, 'home');
        await coach.waitForURL((url) => url.pathname === '/');
        expect(await menuIds(coach)).to.not.include('reminders:reminders');
        await coach.goto('/reminders');
        await coach.locator('[data-test="error-404"]').waitFor();
        await expectAccessible(coach, 'reminders while off');
        await coach.goto('/people');
        await coach.locator('[data-test="person-row"] a').first().click();
        await coach.locator('[data-tab="core"]').waitFor();
        expect(await coach.locator('[data-tab="reminders"]').count()).to.equal(0);
        await coach.goto('/reminders');
        await coach.locator('[data-test="error-404"]').waitFor();

        await admin.locator('[data-test="toggle-reminders"]').click();
        const heading = admin.locator('[data-plugin="reminders"] h2');
        await heading.filter({ hasText: nl('admin.plugins.on') }).waitFor();

        await coach.locator('[data-test="error-404"] button').click();
        await coach.waitForURL((url) => url.pathname === '/');
        expect(await menuIds(coach)).to.include('reminders:reminders');
        await useMenu(coach, viewport, 'reminders:reminders');
        await coach.locator('[data-test="reminder"]', { hasText: text }).waitFor();
      });

      it('should keep an employee off the people list, even by its address', async () => {
        const page = await browser();
        await signIn(page, as('employee'), /\/me$/);

        await page.goto('/people');
        await page.waitForURL(/\/me$/);
        await page.locator('[data-section="core.person"]').waitFor();
        expect(await page.locator('[data-test="people-table"]').count()).to.equal(0);
        const answer = await page.request.get('/api/people');
        expect(answer.status()).to.equal(403);
        await expectAccessible(page, 'own dossier');
      });

      it('should send an expired session to sign-in and come back to the page asked', async () => {
        const page = await browser();
        await signIn(page, as('staff'));
        await page.goto('/people?q=de');
        await page.locator('[data-test="people-count"]').waitFor();

        await page.context().clearCookies();
        await page.getByLabel(nl('people.search')).fill('van');
        await page.waitForURL(/\/sign-in\?redirect=/);
        const notice = page.locator('[data-test="sign-in-expired"]');
        await notice.waitFor();
        expect(await notice.textContent()).to.contain(nl('signIn.expired'));
        await expectAccessible(page, 'sign-in after the session ended');

        await signIn(page, as('staff'), /\/people\?q=/);
        expect(new URL(page.url()).pathname).to.equal('/people');
      });

      it('should switch to English, remember it, and write dates the Belgian way', async () => {
        const page = await browser();
        await signIn(page, as('coach'));
        await page.getByRole('button', { name: 'English' }).click();
        await page.locator('h1', { hasText: en('home.greeting', { name: '' }).trim() }).waitFor();
        await page.reload();
        await page.locator('h1', { hasText: en('home.greeting', { name: '' }).trim() }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).to.equal('en-GB');

        await page.getByRole('button', { name: 'Nederlands' }).click();
        await page.locator('h1', { hasText: nl('home.greeting', { name: '' }).trim() }).waitFor();

        // The browser is in New York: a calendar date must still read as the day it is.
        await useMenu(page, viewport, 'reminders:reminders');
        const text = `Verjaardag (${viewport.name})`;
        await page.getByLabel(nl('reminders.text')).fill(text);
        await page.getByLabel(nl('reminders.dueDate')).fill('2026-12-03');
        await page.locator('[data-test="add-reminder"]').click();
        const added = page.locator('[data-test="reminder"]', { hasText: text });
        expect(await added.textContent()).to.contain('03/12/2026');
      });

      if (!viewport.mobile) {
        it('should tell how many minutes to wait after too many failed sign-ins', async () => {
          const page = await browser();
          await page.goto('/sign-in');
          await page.getByLabel(nl('signIn.organisation')).fill(suite.server.main.slug);
          await page.getByLabel(nl('signIn.login')).fill('nobody-here');
          const submit = page.getByRole('button', { name: nl('signIn.submit'), exact: true });
          for (let attempt = 0; attempt < 7; attempt += 1) {
            // While a sign-in is under way the button reads "Bezig met aanmelden…".
            await submit.waitFor();
            await page.getByLabel(nl('signIn.password')).fill(`wrong-${attempt}`);
            await submit.click();
            await page.locator('[data-test="sign-in-error"]').waitFor();
          }
          const message = page.locator('[data-test="sign-in-error"]', { hasText: /\d+ minu/ });
          await message.waitFor();
          expect(await message.textContent()).to.match(/Probeer opnieuw over \d+ minu/);
        });
      }

      it('should let a keyboard reach the content and the phone menu', async function () {
        const page = await browser();
        await signIn(page, as('staff'));
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: nl('frame.skip') });
        expect(await skip.evaluate((link) => link === document.activeElement)).to.equal(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).to.equal('main');

        if (viewport.mobile) {
          const button = page.getByRole('button', { name: nl('frame.menu'), exact: true });
          await button.focus();
          await page.keyboard.press('Enter');
          expect(await button.getAttribute('aria-expanded')).to.equal('true');
          await page.keyboard.press('Escape');
          expect(await button.getAttribute('aria-expanded')).to.equal('false');
        }
      });
    });
  }
});

export type { Viewport };
