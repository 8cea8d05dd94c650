import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { Viewport } from './browser.js';
import { seriousViolations } from './accessibility.js';
import { ROOT } from './test-server.js';

type Messages = { [key: string]: string | Messages };

/**
 * A layer's messages in one locale: `i18n/locales/<locale>.json`, or the files of the folder
 * `i18n/locales/<locale>/` (a layer that splits its wording per screen area).
 */
function messagesOf(layer: string, locale: string): Messages[] {
  const folder = path.join(ROOT, layer, 'i18n/locales', locale);
  const files = fs.existsSync(folder)
    ? fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort()
      .map((name) => path.join(folder, name))
    : [`${folder}.json`];
  return files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Messages);
}

const LAYERS = [
  'web', 'plugins/reminders/web', 'plugins/dossier/web', 'plugins/development-plan/web',
  'plugins/competences/web',
];
const DUTCH: Messages[] = LAYERS.flatMap((layer) => messagesOf(layer, 'nl'));
const ENGLISH: Messages[] = LAYERS.flatMap((layer) => messagesOf(layer, 'en'));

function lookUp(sets: Messages[], key: string, values: Record<string, string> = {}): string {
  for (const messages of sets) {
    const found = key.split('.').reduce<string | Messages | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined), messages);
    if (typeof found === 'string') {
      const singular = found.split(' | ')[0]!;
      return singular.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
    }
  }
  throw new Error(`No message ${key}`);
}

/** A Dutch text of the app, from its locale files, so the tests follow the wording. */
export const nl = (key: string, values?: Record<string, string>) => lookUp(DUTCH, key, values);
export const en = (key: string, values?: Record<string, string>) => lookUp(ENGLISH, key, values);

export interface Credentials {
  tenant?: string;
  login: string;
  password: string;
}

/** Signs in through the sign-in page and waits for the frame of the app. */
export async function signIn(page: Page, who: Credentials, expectedPath?: RegExp): Promise<void> {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel(nl('signIn.organisation')).fill(who.tenant ?? '');
  await page.getByLabel(nl('signIn.login')).fill(who.login);
  await page.getByLabel(nl('signIn.password')).fill(who.password);
  await page.getByRole('button', { name: nl('signIn.submit') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  if (expectedPath) await page.waitForURL(expectedPath);
  await page.locator('[data-test="account-name"]').waitFor({ state: 'attached' });
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('[data-test="sign-out"]').click();
  await page.waitForURL(/\/sign-in/);
}

/** The ids of the menu entries as the frame drew them (there also while the phone menu is shut). */
export async function menuIds(page: Page): Promise<string[]> {
  await page.locator('#main-menu [data-menu]').first().waitFor({ state: 'attached' });
  return page.locator('#main-menu [data-menu]').evaluateAll(
    (links) => links.map((link) => link.getAttribute('data-menu') ?? ''));
}

/** Follows a menu entry the way a person would: on a phone the menu opens first. */
export async function useMenu(page: Page, viewport: Viewport, id: string): Promise<void> {
  if (viewport.mobile) {
    await page.getByRole('button', { name: nl('frame.menu'), exact: true }).click();
  }
  await page.locator(`#main-menu [data-menu="${id}"]`).click();
}

/** axe-core on the screen as it is: no serious or critical violation may remain. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page, screen);
  const report = violations.map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.targets.join(', ')}`);
  expect(report, `axe on ${screen}`).to.deep.equal([]);
}
