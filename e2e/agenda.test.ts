import { expect } from 'chai';
import { addDays, format, getISOWeek, parseISO, startOfISOWeek } from 'date-fns';
import { todayInBrussels } from '@dots/core';
import type { Page } from 'playwright-core';
import { openBrowser, VIEWPORTS, type BrowserSession } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { startE2eServer, type E2eServer } from './support/test-server.js';
import { expectAccessible, nl, signIn, useMenu } from './support/app.js';

const PHONE = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;
const DESKTOP = VIEWPORTS.find((viewport) => viewport.name === 'desktop')!;

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const belgian = (iso: string) => iso.split('-').reverse().join('/');

/** The staff agenda: this week's items, week navigation, the coach filter, on a phone first. */
describe('The agenda in the browser', function () {
  let server: E2eServer;
  let open: BrowserSession[] = [];
  const today = todayInBrussels();
  const monday = day(startOfISOWeek(parseISO(today)));
  const nextMonday = day(addDays(parseISO(monday), 7));
  const todayText = 'Agenda e2e: vandaag opvolgen';
  const nextText = 'Agenda e2e: volgende week';

  before(async () => {
    server = await startE2eServer();
    const staff = await server.main.client('staff');
    for (const [text, dueDate, dueTime] of [
      [todayText, today, '07:15'], [nextText, nextMonday, undefined],
    ] as const) {
      const answer = await staff.post('/api/reminders', { text, dueDate, dueTime });
      if (answer.status !== 201) throw new Error(`reminder: ${answer.status} ${answer.text}`);
    }
  });
  after(async () => {
    await server?.close();
  });

  async function browser(viewport = PHONE): Promise<Page> {
    const session = await openBrowser(server.url, viewport);
    open.push(session);
    return session.page;
  }

  afterEach(async function () {
    const title = this.currentTest?.title ?? 'test';
    for (const session of open) {
      await saveScreenshot(session.page, `agenda-${title}`).catch(() => undefined);
    }
    const problems = open.flatMap((session) => session.problems);
    await Promise.all(open.map((session) => session.close()));
    open = [];
    expect(problems, 'page errors and requests to other hosts').to.deep.equal([]);
  });

  const staffLogin = () => ({
    tenant: server.main.slug, login: 'staff', password: server.main.password,
  });
  const items = (page: Page) => page.locator('[data-test="agenda-item"]');
  const heading = (page: Page) => page.locator('[data-test="agenda-week"]');

  it("should show staff this week's items, move a week on and back, filter by coach", async () => {
    const page = await browser();
    await signIn(page, staffLogin());
    await useMenu(page, PHONE, 'agenda');
    await page.waitForURL(/\/agenda$/);

    const thisWeek = nl('agenda.week', {
      week: String(getISOWeek(parseISO(monday))), from: belgian(monday),
      to: belgian(day(addDays(parseISO(monday), 6))),
    });
    await heading(page).filter({ hasText: thisWeek }).waitFor();
    const todayItem = page.locator(`[data-day="${today}"] [data-test="agenda-item"]`);
    await todayItem.filter({ hasText: todayText }).waitFor();
    expect(await todayItem.filter({ hasText: todayText }).textContent()).to.contain('07:15');
    if (server.main.slug === 'demo-maatwerk') {
      // The demo seed gives the staff member a reminder due today.
      await todayItem.filter({ hasText: 'Trajectbegeleider VDAB terugbellen' }).waitFor();
    }
    expect(await items(page).filter({ hasText: nextText }).count()).to.equal(0);
    await expectAccessible(page, 'agenda, this week');

    await page.locator('[data-test="agenda-next"]').click();
    await page.waitForURL(new RegExp(`week=${nextMonday}`));
    await page.locator(`[data-day="${nextMonday}"]`).filter({ hasText: nextText }).waitFor();
    expect(await items(page).filter({ hasText: todayText }).count()).to.equal(0);
    await expectAccessible(page, 'agenda, next week');

    await page.locator('[data-test="agenda-previous"]').click();
    await page.waitForURL(new RegExp(`week=${monday}`));
    await items(page).filter({ hasText: todayText }).waitFor();

    // Three quick taps are three weeks, though the page has not caught up with the first.
    const previous = page.locator('[data-test="agenda-previous"]');
    await Promise.all([previous.click(), previous.click(), previous.click()]);
    await page.waitForURL(new RegExp(`week=${day(addDays(parseISO(monday), -21))}`));
    await page.locator('[data-test="agenda-next"]').click();
    await page.waitForURL(new RegExp(`week=${day(addDays(parseISO(monday), -14))}`));
    await page.locator('[data-test="agenda-this-week"]').click();
    await page.waitForURL(/\/agenda$/);
    await items(page).filter({ hasText: todayText }).waitFor();

    const staffList = (await (await server.main.client('staff')).get('/api/staff')).body;
    const coachId = staffList.items.find((member: { role: string }) => member.role === 'coach').id;
    const coachSelect = page.locator('[data-test="agenda-coach"]');
    await coachSelect.selectOption(coachId);
    await page.waitForURL(new RegExp(`coach=${coachId}`));
    // A reminder is private to its author: the coach's agenda shows none of the staff's.
    await items(page).filter({ hasText: todayText }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'agenda, filtered by coach');

    await coachSelect.selectOption({ label: nl('agenda.mine') });
    await items(page).filter({ hasText: todayText }).waitFor();
  });

  it('should lay the week out in seven columns on a wide screen', async () => {
    const page = await browser(DESKTOP);
    await signIn(page, staffLogin());
    await page.goto('/agenda');
    await items(page).filter({ hasText: todayText }).waitFor();

    const columns = await page.locator('[data-test="agenda-days"]').evaluate(
      (grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
    expect(columns).to.equal(7);
    await expectAccessible(page, 'agenda on a desktop');
  });
});
