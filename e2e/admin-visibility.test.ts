import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { VIEWPORTS } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { expectAccessible, nl, signIn } from './support/app.js';

const SECTION = 'dossier.emergency-contacts';

/**
 * The tenant admin's page "Zichtbaarheid en vertrouwelijkheid" on a phone and on a desktop: a
 * section switched off for employees is gone from the employee's API answers, and the art. 9
 * list downloads as CSV.
 */
describe('Visibility and confidentiality in the browser', function () {
  const suite = browserSuite({ screenshot: (title, viewport) => `${viewport.name}-${title}` });

  for (const viewport of VIEWPORTS) {
    describe(`on a ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
      async function adminPage(): Promise<Page> {
        const page = await suite.browse(viewport);
        await signIn(page, suite.as('admin'));
        await page.goto('/admin/dossier-sections');
        await page.getByRole('heading', { level: 1 })
          .filter({ hasText: nl('admin.sections.dossierSections') }).waitFor();
        return page;
      }

      it('should hide a section from employees with its switch', async () => {
        const employee = await suite.server.main.client('employee');
        const personId = (await employee.get('/api/session')).body.account.personId as string;
        const path = `/api/dossier/people/${personId}/emergency-contacts`;
        expect((await employee.get(path)).status).to.equal(200);

        const page = await adminPage();
        const row = page.locator(`[data-section="${SECTION}"]`);
        const toggle = row.getByRole('switch', {
          name: nl('admin.dossierSections.visibleToEmployee'),
        });
        expect(await toggle.isChecked()).to.equal(true);
        for (const role of ['admin', 'staff']) {
          expect(await page.locator(`[data-test="role-${role}"]`).isChecked(), role).to.equal(true);
        }
        await expectAccessible(page, 'admin visibility');

        await toggle.uncheck();
        await page.locator('[data-test="visibility-save"]').click();
        await page.locator('[data-test="visibility-message"]')
          .filter({ hasText: nl('form.saved') }).waitFor();
        expect((await employee.get(path)).status).to.equal(404);

        await toggle.check();
        await page.locator('[data-test="visibility-save"]').click();
        await page.locator('[data-test="visibility-message"]')
          .filter({ hasText: nl('form.saved') }).waitFor();
        expect((await employee.get(path)).status).to.equal(200);
      });

      it('should keep confidential sections off for employees and offer the art. 9 list',
        async () => {
          const page = await adminPage();
          const confidential = page.locator('[data-section]').filter({
            hasText: nl('admin.dossierSections.confidential'),
          });
          for (const row of await confidential.all()) {
            expect(await row.getByRole('switch').isDisabled()).to.equal(true);
            expect(await row.textContent())
              .to.contain(nl('admin.dossierSections.confidentialReason'));
          }

          const link = page.locator('[data-test="art9-download"]');
          expect(await link.getAttribute('href')).to.equal('/api/admin/confidential-access.csv');
          const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
          expect(download.suggestedFilename()).to.match(/^vertrouwelijke-toegang-.*\.csv$/);
          await expectAccessible(page, 'admin visibility, art. 9 list');
        });
    });
  }
});
