import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.DOTS_CHROMIUM ?? '/usr/bin/chromium';

/** The flags of issue 3: a quiet browser that talks to nobody but the app under test. */
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Viewport {
  name: 'phone' | 'desktop';
  width: number;
  height: number;
  mobile: boolean;
}

export const VIEWPORTS: Viewport[] = [
  { name: 'phone', width: 390, height: 844, mobile: true },
  { name: 'desktop', width: 1440, height: 900, mobile: false },
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page and requests to other hosts: both must stay empty. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium with its own profile folder (playwright refuses --user-data-dir as a flag).
 * The browser speaks American English and lives in New York on purpose: the app must still
 * start in Dutch and show Belgian calendar dates unchanged (cases C1).
 */
export async function openBrowser(baseUrl: string, viewport: Viewport): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dots-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    baseURL: baseUrl,
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.mobile,
    hasTouch: viewport.mobile,
    deviceScaleFactor: viewport.mobile ? 2 : 1,
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  context.setDefaultTimeout(10_000);

  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  return {
    context, page, problems,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
