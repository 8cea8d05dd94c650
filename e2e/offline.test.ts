import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { openBrowser, VIEWPORTS, type BrowserSession } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { startE2eServer, type E2eServer } from './support/test-server.js';
import { en, expectAccessible, nl, signIn, useMenu, type Credentials } from './support/app.js';

const PHONE = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;

/** A message key shown as such ("menu.home"): what the page shows when a locale is missing. */
const RAW_KEY = /\b(?:menu|frame|home|people|person|form|network|signIn)\.[a-zA-Z]+\b/;

/**
 * The web app on a phone with the network cut (context.setOffline): signing out still signs
 * out, the language still switches, and a failed call says that the server cannot be reached.
 */
describe('DOTS web app offline', function () {
  let server: E2eServer;
  let session: BrowserSession | undefined;

  before(async () => {
    server = await startE2eServer();
  });
  after(async () => {
    await server?.close();
  });

  const as = (login: string): Credentials => ({
    tenant: server.main.slug, login, password: server.main.password,
  });

  async function browser(): Promise<Page> {
    session = await openBrowser(server.url, PHONE);
    return session.page;
  }

  async function visibleText(page: Page): Promise<string> {
    return page.locator('body').innerText();
  }

  afterEach(async function () {
    if (!session) return;
    const opened = session;
    session = undefined;
    await saveScreenshot(opened.page, `phone-offline-${this.currentTest?.title ?? 'test'}`)
      .catch(() => undefined);
    await opened.close();
    expect(opened.problems, 'page errors and requests to other hosts').to.deep.equal([]);
  });

  it('should sign out offline and send the sign-out once the connection is back', async () => {
    const page = await browser();
    await signIn(page, as('staff'));
    await session!.context.setOffline(true);

    await page.locator('[data-test="sign-out"]').click();
    await page.waitForURL(/\/sign-in/);
    const notice = page.locator('[data-test="sign-out-pending"]');
    await notice.waitFor();
    expect(await notice.textContent()).to.contain(nl('network.signOutPending'));
    expect(await visibleText(page)).not.to.match(RAW_KEY);
    await expectAccessible(page, 'sign-in after signing out offline');

    const logout = page.waitForResponse((response) => response.url().endsWith('/api/auth/logout'));
    await session!.context.setOffline(false);
    expect((await logout).status()).to.be.lessThan(300);
    await notice.waitFor({ state: 'detached' });

    // The server ended the session too: a new load of the app asks to sign in.
    await page.goto('/people');
    await page.waitForURL(/\/sign-in\?redirect=/);
  });

  it('should send a sign-out made offline at the next load, before reading the session',
    async () => {
      const page = await browser();
      await signIn(page, as('coach'));
      await session!.context.setOffline(true);
      await page.locator('[data-test="sign-out"]').click();
      await page.locator('[data-test="sign-out-pending"]').waitFor();

      // Closed before the connection came back: the flag stays in this browser's storage.
      const next = await session!.context.newPage();
      await page.close();
      await session!.context.setOffline(false);
      session!.page = next;
      await next.goto('/');
      await next.waitForURL(/\/sign-in\?redirect=/);
      await next.locator('[data-test="sign-out-pending"]').waitFor({ state: 'detached' });
    });

  it('should switch the language offline without showing message keys', async () => {
    const page = await browser();
    await signIn(page, as('staff'));
    await session!.context.setOffline(true);

    const banner = page.locator('[data-test="offline-banner"]');
    await banner.getByText(nl('network.offline')).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('h1', { hasText: en('home.greeting', { name: '' }).trim() }).waitFor();
    await banner.getByText(en('network.offline')).waitFor();
    expect(await visibleText(page)).not.to.match(RAW_KEY);

    await page.getByRole('button', { name: nl('frame.menu'), exact: true }).click();
    const people = page.locator('#main-menu [data-menu="people"]');
    expect((await people.textContent())?.trim()).to.equal(en('menu.people'));
    expect(await visibleText(page)).not.to.match(RAW_KEY);
    await expectAccessible(page, 'home in English, offline');
  });

  it('should say the server cannot be reached when searching or opening a person offline',
    async () => {
      const page = await browser();
      const unreachable = (where: Page) =>
        where.getByRole('alert').filter({ hasText: nl('network.unreachable') });
      // A phone in data-saver mode: the app then prefetches no page code, so whether the person
      // page's code is loaded below depends on this test's steps, not on the machine's speed.
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
      });
      await signIn(page, as('staff'));
      await useMenu(page, PHONE, 'people');
      const links = page.locator('[data-test="person-row"] a');
      await links.nth(1).waitFor();
      await session!.context.setOffline(true);

      await page.getByLabel(nl('people.search')).fill('een naam');
      await unreachable(page).waitFor();
      await page.locator('[data-test="offline-banner"]').getByText(nl('network.offline')).waitFor();
      await expectAccessible(page, 'people search, offline');

      // The person page's code was never loaded: the list stays, and says why.
      await links.first().click();
      await page.locator('[data-test="page-failed"]').waitFor();
      expect(new URL(page.url()).pathname).to.equal('/people');

      await session!.context.setOffline(false);
      await links.first().click();
      await page.locator('[data-test="person-name"]').waitFor();
      await page.getByRole('link', { name: nl('personPage.back') }).click();
      await links.nth(1).waitFor();
      await session!.context.setOffline(true);

      // Its code is there now: the person page opens and says the server cannot be reached.
      await links.nth(1).click();
      await page.waitForURL(/\/people\/[^/?]+$/);
      await unreachable(page).waitFor();
      expect(await visibleText(page)).not.to.contain('HTTP 0');
      await expectAccessible(page, 'person page, offline');

      await useMenu(page, PHONE, 'reminders:reminders');
      await unreachable(page).waitFor();
    });
});
