/**
 * How much JavaScript the built web app makes a browser load, gzip-compressed: for the sign-in
 * page (goal: under 150 KB) and for the people list opened directly. It drives Debian's
 * Chromium against the real server, so it counts what a person's browser fetches, chunks
 * loaded on demand included. Build first, then:
 *
 *   npm run build -w @dots/web && node --import tsx bench/web-size.ts
 */
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { createTenantFixture, startTestApp, TEST_PASSWORD } from '@dots/core/testing';
import { openBrowser, VIEWPORTS } from '../e2e/support/browser.js';
import { WEB_ROOT } from '../e2e/support/test-server.js';

const SIGN_IN_GOAL_KB = 150;

interface Loaded {
  url: string;
  raw: number;
  gzip: number;
}

/** Every script the page loads from here on, each counted once, with its gzip size (level 9). */
function recordScripts(page: Page): Map<string, Loaded> {
  const scripts = new Map<string, Loaded>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script' || scripts.has(response.url())) return;
    const body = await response.body().catch(() => undefined);
    if (!body) return;
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    scripts.set(response.url(), { url: response.url(), raw: body.length, gzip });
  });
  return scripts;
}

function report(name: string, scripts: Map<string, Loaded>): number {
  const rows = [...scripts.values()].sort((a, b) => b.gzip - a.gzip);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);

  process.stdout.write(`\n${name}: ${rows.length} scripts\n`);
  for (const row of rows) {
    const file = new URL(row.url).pathname;
    process.stdout.write(`  ${kb(row.raw)} KB raw ${kb(row.gzip)} KB gzip  ${file}\n`);
  }
  const raw = rows.reduce((sum, row) => sum + row.raw, 0);
  process.stdout.write(`  ${kb(raw)} KB raw ${kb(total)} KB gzip  total\n`);
  return total / 1024;
}

async function main(): Promise<void> {
  const test = await startTestApp({ settings: { webRoot: WEB_ROOT } });
  const tenant = await createTenantFixture(test, { slug: 'bench-size' });
  const browser = await openBrowser(test.url, VIEWPORTS[1]!);
  try {
    const signInScripts = recordScripts(browser.page);
    await browser.page.goto('/sign-in', { waitUntil: 'networkidle' });
    const signIn = report('sign-in page (/sign-in)', signInScripts);

    await browser.page.getByLabel('Organisatie').fill(tenant.slug);
    await browser.page.getByLabel('Gebruikersnaam of e-mailadres').fill('staff');
    await browser.page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await browser.page.getByRole('button', { name: 'Aanmelden' }).click();
    await browser.page.waitForURL((url) => url.pathname === '/');

    const page = await browser.context.newPage();
    const peopleScripts = recordScripts(page);
    await page.goto('/people', { waitUntil: 'networkidle' });
    await page.locator('[data-test="people-count"]').waitFor();
    report('people list, opened directly (/people)', peopleScripts);

    const verdict = signIn < SIGN_IN_GOAL_KB ? 'within' : 'OVER';
    const size = `${signIn.toFixed(1)} KB gzip`;
    process.stdout.write(`\nsign-in page: ${size}, ${verdict} the goal of ${SIGN_IN_GOAL_KB} KB\n`);
  } finally {
    await browser.close();
    await test.close();
  }
}

await main();
