import fs from 'node:fs';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { TestClient } from '@dots/core/testing';
import { openBrowser, VIEWPORTS, type BrowserSession } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { startE2eServer, type E2eServer } from './support/test-server.js';
import { expectAccessible, nl, signIn } from './support/app.js';

const PHONE = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;

interface EmployeeLogin {
  code: string;
  personId: string;
  familyName: string;
}

/** A fresh sign-in code for the tenant's employee, as staff hand one out on paper. */
async function employeeWithCode(staff: TestClient): Promise<EmployeeLogin> {
  const accounts = await staff.get('/api/admin/accounts');
  expect(accounts.status, 'GET /api/admin/accounts').to.equal(200);
  const items = (accounts.body as { items: Array<Record<string, string>> }).items;
  const employee = items.find((account) => account.username === 'employee')!;
  expect(employee, 'the demo employee').to.not.equal(undefined);

  const reset = await staff.post(`/api/admin/accounts/${employee.id}/reset-code`);
  expect(reset.status, 'reset-code').to.equal(200);
  const person = await staff.get(`/api/people/${employee.personId}`);
  expect(person.status, 'staff reads the dossier').to.equal(200);
  return {
    code: (reset.body as { code: string }).code, personId: employee.personId!,
    familyName: (person.body as { familyName: string }).familyName,
  };
}

/** Clicks a download button and answers the file the browser saved. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-download="${format}"]`).click(),
  ]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved) };
}

/**
 * The employee portal on a phone: sign in with username and code, read the own dossier and who
 * looked at it, download everything; axe-core on every portal page.
 */
describe('Employee portal in the browser', function () {
  let server: E2eServer;
  let session: BrowserSession | undefined;

  before(async () => {
    server = await startE2eServer();
  });
  after(async () => {
    await server?.close();
  });
  afterEach(async function () {
    if (!session) return;
    await saveScreenshot(session.page, `portal-${this.currentTest?.title ?? 'test'}`)
      .catch(() => undefined);
    const problems = session.problems;
    await session.close();
    session = undefined;
    expect(problems, 'page errors and requests to other hosts').to.deep.equal([]);
  });

  it('should let an employee read their dossier and download their data', async () => {
    const login = await employeeWithCode(await server.main.client('staff'));
    session = await openBrowser(server.url, PHONE);
    const page = session.page;

    await signIn(page, { tenant: server.main.slug, login: 'employee', password: login.code },
      /\/me$/);
    await page.locator('[data-section="core.person"]').waitFor();
    expect(await page.locator('h1').textContent()).to.equal(nl('portal.dossier.title'));
    expect(await page.locator('[data-section="core.person"]').textContent())
      .to.include(login.familyName);
    expect(await page.locator('#main-menu').count(), 'no staff menu').to.equal(0);
    // An agreement's due date reads Belgian style, never as stored (2026-04-03).
    const talks = await page.locator('[data-section="dossier.conversations"]').textContent();
    expect(talks).to.include('03/04/2026');
    expect(talks, 'no stored dates').to.not.match(/\d{4}-\d{2}-\d{2}/);
    const fontSize = await page.locator('main').evaluate((main) =>
      parseFloat(getComputedStyle(main).fontSize));
    expect(fontSize).to.be.at.least(18);
    await expectAccessible(page, 'portal dossier');

    await page.getByRole('link', { name: nl('portal.nav.access') }).click();
    await page.waitForURL(/\/me\/access$/);
    const log = page.locator('[data-test="access-log"]');
    await log.waitFor();
    expect(await log.textContent()).to.include(`(${nl('roles.staff')})`);
    await expectAccessible(page, 'portal access log');

    await page.getByRole('link', { name: nl('portal.nav.download') }).click();
    await page.waitForURL(/\/me\/download$/);
    await expectAccessible(page, 'portal download');
    const json = await download(page, 'json');
    expect(json.name).to.match(/^dots-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.bytes.toString('utf8')) as {
      person: { id: string; familyName: string };
      sections: Array<{ section: string }>;
    };
    expect(file.person).to.include({ id: login.personId, familyName: login.familyName });
    expect(file.sections[0]!.section).to.equal('core.person');

    const pdf = await download(page, 'pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
  });

  it('should send an employee from a staff page to the portal', async () => {
    const login = await employeeWithCode(await server.main.client('staff'));
    session = await openBrowser(server.url, PHONE);
    const page = session.page;
    await signIn(page, { tenant: server.main.slug, login: 'employee', password: login.code },
      /\/me$/);

    for (const path of ['/people', '/admin', `/people/${login.personId}`]) {
      await page.goto(path);
      await page.waitForURL(/\/me$/);
    }
    await page.locator('[data-section="core.person"]').waitFor();
  });
});
