import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { todayInBrussels } from '../core/src/common/index.js';
import type { TestClient } from '@dots/core/testing';
import { VIEWPORTS } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { expectAccessible, nl, signIn, signOut } from './support/app.js';

/** The dossier plugin's tabs, in the order of the person page. */
const DOSSIER_TABS = [
  'dossier.contact-data', 'dossier.emergency-contacts', 'dossier.schedules',
  'dossier.workplaces', 'dossier.conversations', 'dossier.confidential',
];

/** The panel each tab draws, the button that opens its form, and that form. */
const PANELS: Record<string, { panel: string; add: string; form: string }> = {
  'dossier.contact-data': {
    panel: 'dossier-contact-data', add: 'edit-contact-data', form: 'contact-data-form',
  },
  'dossier.emergency-contacts': {
    panel: 'dossier-emergency-contacts', add: 'add-emergency-contact',
    form: 'emergency-contact-form',
  },
  'dossier.schedules': { panel: 'dossier-schedules', add: 'add-schedule', form: 'schedule-editor' },
  'dossier.workplaces': {
    panel: 'dossier-workplaces', add: 'add-workplace', form: 'workplace-form',
  },
  'dossier.conversations': {
    panel: 'dossier-conversations', add: 'add-conversation', form: 'conversation-form',
  },
  'dossier.confidential': {
    panel: 'dossier-confidential', add: 'add-confidential-note', form: 'confidential-note-form',
  },
};

interface StaffMember {
  id: string;
  displayName: string;
  role: string;
}

/** Dd/mm/yyyy, as the app writes a calendar date in Dutch. */
function belgian(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

async function colleagueOf(staff: TestClient, role: string): Promise<StaffMember> {
  const answer = await staff.get('/api/staff');
  expect(answer.status, 'GET /api/staff').to.equal(200);
  const member = (answer.body as { items: StaffMember[] }).items.find((m) => m.role === role);
  expect(member, `a ${role} among the staff`).to.not.equal(undefined);
  return member!;
}

/** Who a client is signed in as, as colleagues see them. */
async function accountOf(client: TestClient): Promise<StaffMember> {
  const session = await client.get('/api/session');
  return (session.body as { account: StaffMember }).account;
}

/**
 * The signed-in owner's agenda page ("my week", the default) lists the agreement, and its
 * entry leads back to the conversations of the person. The page reads GET /api/agenda; the
 * answer is checked too, for the due date as the calendar date given.
 */
async function agendaShows(page: Page, text: string, date: string): Promise<void> {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/agenda');
  await page.goto('/agenda');
  const agenda = await (await answered).json() as { items: Array<Record<string, unknown>> };
  const found = agenda.items.filter((item) => item.kind === 'agreement' && item.title === text);
  expect(found, `agenda items: ${JSON.stringify(agenda.items)}`).to.have.length(1);
  expect(found[0]).to.include({ date, done: false });

  const entry = page.locator('[data-test="agenda-item"]', { hasText: text });
  await entry.waitFor();
  await expectAccessible(page, 'agenda with the agreement');
  await entry.locator('a').click();
  await page.waitForURL(/\/people\/[0-9a-f-]{36}\?tab=dossier\.conversations/);
  await page.locator('[data-test="agreement"]', { hasText: text }).waitFor();
}

/** A person of their own for a test, with something in every dossier section. */
async function personWithDossier(staff: TestClient, familyName: string): Promise<string> {
  const created = await staff.post('/api/people', { givenNames: 'Çağla', familyName });
  expect(created.status, 'new person').to.equal(201);
  const id = (created.body as { id: string }).id;
  const coach = await colleagueOf(staff, 'coach');
  const writes: Array<[string, unknown, 'post' | 'put']> = [
    [`/api/dossier/people/${id}/contact-data`, {
      street: 'Langestraat', houseNumber: '12', box: 'B', postalCode: '8000', city: 'Brugge',
      country: 'BE', mobilePhone: '+32 470 12 34 56', email: 'cagla@example.be',
      preferredLanguage: 'tr',
    }, 'put'],
    [`/api/dossier/people/${id}/emergency-contacts`, {
      name: 'Ayşe Öztürk', relation: 'moeder', phone: '+32 50 12 34 56', note: 'Na 17 uur',
    }, 'post'],
    [`/api/dossier/people/${id}/schedules`, {
      label: 'Nachtploeg', validFrom: '2026-01-05', alternating: false,
      days: [1, 2, 3].map((weekday) => ({ weekday, start: '22:00', end: '06:00',
        breakMinutes: 30 })),
    }, 'post'],
    [`/api/dossier/people/${id}/workplaces`, {
      site: 'Kringwinkel Brugge, sorteerafdeling', supervisor: 'Jan Van den Broeck',
      validFrom: '2026-01-05',
    }, 'post'],
    [`/api/dossier/people/${id}/conversations`, {
      date: '2026-03-30', time: '10:00', type: 'intake', notes: 'Kennismaking.',
      participants: [{ accountId: coach.id }, { name: 'Sofie de Smet', role: 'VDAB' }],
      agreements: [{ text: 'Werkkledij bestellen', ownerAccountId: coach.id,
        dueDate: '2026-04-10' }],
    }, 'post'],
    [`/api/dossier/people/${id}/confidential-notes`, {
      date: '2026-03-30', category: 'attest', text: 'Attest ontvangen.',
    }, 'post'],
  ];
  for (const [path, body, method] of writes) {
    const answer = method === 'put' ? await staff.put(path, body) : await staff.post(path, body);
    expect(answer.status, `${method} ${path}: ${answer.text}`).to.be.oneOf([200, 201]);
  }
  return id;
}

/** Opens a tab of the person page and waits until its panel has read its data. */
async function openTab(page: Page, tab: string): Promise<void> {
  await page.locator(`[data-tab="${tab}"]`).click();
  const panel = page.locator(`[data-test="${PANELS[tab]!.panel}"]`);
  await panel.waitFor();
  await panel.locator('[role="status"]', { hasText: nl('form.loading') })
    .waitFor({ state: 'detached' });
}

describe('Dossier tabs in the browser', function () {
  const suite = browserSuite({ screenshot: (title) => `dossier-${title}` });
  const { as, browse: browser } = suite;

  before(async () => {
    // Staff are the tenant's designated readers of confidential notes in these tests.
    const admin = await suite.server.main.client('admin');
    const chosen = await admin.put('/api/admin/dossier-sections', {
      confidentialRoles: ['admin', 'staff'],
    });
    expect(chosen.status, chosen.text).to.equal(200);
  });

  it('should add a conversation with an agreement that the owner finds in the agenda', async () => {
    const staff = await suite.server.main.client('staff');
    const created = await staff.post('/api/people', {
      givenNames: 'Mohammed', familyName: 'Ben Saïd',
    });
    const personId = (created.body as { id: string }).id;
    const coach = await accountOf(await suite.server.main.client('coach'));
    const today = todayInBrussels();
    const text = 'Opleiding heftruck aanvragen';

    const page = await browser(VIEWPORTS[1]!);
    await signIn(page, as('staff'));
    await page.goto(`/people/${personId}`);
    await openTab(page, 'dossier.conversations');
    await page.locator('[data-test="add-conversation"]').click();
    const form = page.locator('[data-test="conversation-form"]');
    const type = form.getByLabel(nl('dossier.conversations.type'));
    await type.selectOption('functioneringsgesprek');
    await form.getByLabel(nl('dossier.conversations.time'), { exact: true }).fill('14:30');
    const colleague = form.getByLabel(nl('dossier.conversations.colleague'), { exact: true });
    await colleague.selectOption(coach.id);
    await form.getByRole('button', { name: nl('dossier.conversations.addColleague') }).click();
    await form.locator('[data-test="add-agreement-row"]').click();
    await form.getByLabel(nl('dossier.agreements.text')).fill(text);
    await form.getByLabel(nl('dossier.agreements.owner')).selectOption(coach.id);
    await form.getByLabel(nl('dossier.agreements.dueDate')).fill(today);
    await expectAccessible(page, 'new conversation form');
    await form.locator('[data-test="save-conversation"]').click();

    const card = page.locator('[data-test="conversation"]');
    const agreement = card.locator('[data-test="agreement"]', { hasText: text });
    await agreement.waitFor();
    expect(await agreement.textContent()).to.contain(coach.displayName)
      .and.to.contain(belgian(today));
    expect(await card.textContent()).to.contain(coach.displayName);

    // Marking it done is stored: the checkbox stays ticked after a reload.
    await agreement.locator('[data-test="agreement-done"]').check();
    await page.locator('.agreement--done', { hasText: text }).waitFor();
    await page.reload();
    await card.locator('[data-test="agreement-done"]').waitFor();
    expect(await card.locator('[data-test="agreement-done"]').isChecked()).to.equal(true);
    await card.locator('[data-test="agreement-done"]').uncheck();
    await page.locator('[data-test="agreement"]:not(.agreement--done)', { hasText: text })
      .waitFor();

    // A change to the conversation is sent with the version read, and shown as stored.
    await card.getByRole('button', { name: nl('dossier.conversations.edit') }).click();
    const change = page.locator('[data-test="conversation-form"]');
    await change.getByLabel(nl('dossier.conversations.title'), { exact: true })
      .fill('Halfjaarlijks gesprek');
    await change.locator('[data-test="save-conversation"]').click();
    await card.filter({ hasText: 'Halfjaarlijks gesprek' }).waitFor();

    // A file whose name says PDF but whose content is not one is refused, in plain words.
    await card.locator('[data-test="attachment-file"]').setInputFiles({
      name: 'verslag.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf'),
    });
    await card.locator('[data-test="upload-attachment"]').click();
    const refused = card.locator('[data-test="upload-error"]');
    await refused.waitFor();
    expect(await refused.textContent()).to.contain(nl('dossier.problems.fileType'));
    await expectAccessible(page, 'conversation with a refused file');

    // A real PDF over 10 MB is refused for its size; a small one is stored and downloads.
    const pdf = (size: number) => Buffer.concat([
      Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n'), Buffer.alloc(size, 0x20),
      Buffer.from('\ntrailer <<>>\n%%EOF\n'),
    ]);
    const file = card.locator('[data-test="attachment-file"]');
    await file.setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf',
      buffer: pdf(11 * 1024 * 1024) });
    await card.locator('[data-test="upload-attachment"]').click();
    await refused.filter({ hasText: nl('dossier.problems.tooLarge') }).waitFor();
    await file.setInputFiles({ name: 'verslag.pdf', mimeType: 'application/pdf',
      buffer: pdf(2000) });
    await card.locator('[data-test="upload-attachment"]').click();
    const link = card.locator('[data-test="attachment"] a', { hasText: 'verslag.pdf' });
    await link.waitFor();
    const download = await page.request.get((await link.getAttribute('href'))!);
    expect(download.status()).to.equal(200);
    expect(download.headers()['content-disposition']).to.match(/^attachment/);
    expect((await download.body()).subarray(0, 5).toString()).to.equal('%PDF-');

    await signOut(page);
    await signIn(page, as('coach'));
    await agendaShows(page, text, today);
  });

  for (const viewport of VIEWPORTS) {
    it(`should pass axe on every dossier tab, read and edit (${viewport.name})`, async () => {
      const staff = await suite.server.main.client('staff');
      const personId = await personWithDossier(staff, `Öztürk ${viewport.name}`);
      const page = await browser(viewport);
      await signIn(page, as('staff'));
      await page.goto(`/people/${personId}`);
      await page.locator('[data-tab="core"]').waitFor();

      const shown = await page.locator('[role="tab"]').evaluateAll(
        (tabs) => tabs.map((tab) => tab.getAttribute('data-tab') ?? ''));
      expect(shown.filter((id) => id.startsWith('dossier.'))).to.deep.equal(DOSSIER_TABS);

      for (const tab of DOSSIER_TABS) {
        await openTab(page, tab);
        if (tab === 'dossier.confidential') {
          const readers = page.locator('[data-test="confidential-readers"]');
          expect(await readers.textContent()).to.contain(nl('roles.staff'));
        }
        await expectAccessible(page, `person page, ${tab} (${viewport.name})`);
        await page.locator(`[data-test="${PANELS[tab]!.add}"]`).click();
        await page.locator(`[data-test="${PANELS[tab]!.form}"]`).waitFor();
        await expectAccessible(page, `person page, ${tab} form (${viewport.name})`);
      }
    });
  }

  it('should show the schedule hours the server computed, night shift included', async () => {
    const staff = await suite.server.main.client('staff');
    const personId = await personWithDossier(staff, 'Nguyễn');
    const page = await browser(VIEWPORTS[0]!);
    await signIn(page, as('staff'));
    await page.goto(`/people/${personId}?tab=dossier.schedules`);
    const schedule = page.locator('[data-test="schedule"]').first();
    await schedule.waitFor();
    // Three nights of 22:00 to 06:00 less 30 minutes: 22,5 planned hours.
    expect(await schedule.locator('[data-test="hours-per-week"]').textContent()).to.equal('22,5');
    expect(await schedule.textContent()).to.contain(nl('dossier.schedules.nextDay'));

    // A day planned twice is named at its row, in Dutch.
    await page.locator('[data-test="add-schedule"]').click();
    const editor = page.locator('[data-test="schedule-editor"]');
    await editor.locator('[data-test="add-day"]').click();
    await editor.locator('[data-test="weekday"]').nth(3).selectOption('1');
    await editor.locator('[data-test="save-schedule"]').click();
    await page.locator('[data-test="error-summary"]').waitFor();
    const row = editor.locator('[data-test="schedule-day"]').nth(3);
    expect(await row.locator('.field__error').first().textContent())
      .to.equal(nl('dossier.problems.dayTwice'));
    await expectAccessible(page, 'schedule editor with a problem');

    // Four nights from today: the new schedule runs now, the old one is history.
    await editor.locator('[data-test="weekday"]').nth(3).selectOption('4');
    await editor.locator('[data-test="save-schedule"]').click();
    await editor.waitFor({ state: 'detached' });
    const current = page.locator('[data-test="schedule"]').first();
    await current.locator('[data-test="hours-per-week"]', { hasText: '30' }).waitFor();
    const stored = await staff.get(`/api/dossier/people/${personId}/schedules`);
    const newest = (stored.body as { items: Array<{ workFraction: number }> }).items[0]!;
    const percent = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 2 })
      .format(newest.workFraction);
    expect(await current.locator('[data-test="work-fraction"]').textContent()).to.contain(percent);
    expect(await page.locator('[data-test="schedule"]').count()).to.equal(2);
  });

  it('should show the dossier read-only to a coach: no edit controls at all', async () => {
    const staff = await suite.server.main.client('staff');
    const personId = await personWithDossier(staff, 'Wójcik');
    const page = await browser(VIEWPORTS[0]!);
    await signIn(page, as('coach'));
    await page.goto(`/people/${personId}`);
    await page.locator('[data-tab="core"]').waitFor();
    expect(await page.locator('[data-tab="dossier.confidential"]').count()).to.equal(0);

    for (const tab of DOSSIER_TABS.slice(0, 5)) {
      await openTab(page, tab);
      const panel = page.locator(`[data-test="${PANELS[tab]!.panel}"]`);
      expect(await panel.locator(`[data-test="${PANELS[tab]!.add}"]`).count(), tab).to.equal(0);
      expect(await panel.getByRole('button', { name: nl('form.edit') }).count(), tab).to.equal(0);
      expect(await panel.locator('input, select, textarea').count(), tab).to.equal(0);
    }
    const call = page.locator('a[href^="tel:"]');
    await openTab(page, 'dossier.emergency-contacts');
    expect(await call.first().getAttribute('href')).to.equal('tel:+3250123456');
  });
});
