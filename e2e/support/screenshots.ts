import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './test-server.js';

/** Where `.ci/run` keeps what the browser tests saw. */
export const SCREENSHOT_DIR = path.join(ROOT, '.ci/artifacts/screenshots');

function fileNameOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 90);
}

/** A full-page screenshot named after the test, e.g. `desktop-should-sign-in-as-admin.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${fileNameOf(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
