import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { todayInBrussels } from '../../common/dates.js';
import { DossierSectionSettings } from './dossier-section-settings.js';
import { ConfidentialAccessList } from './confidential-access-list.js';
import { dossierSectionSettingsBody } from './dossier-section-schemas.js';

const tags = ['admin'];

/**
 * `/api/admin/dossier-sections`: which sections employees see of their own dossier and which
 * roles read the confidential ones; `/api/admin/confidential-access(.csv)`: the art. 9 list.
 */
@injectable()
export class DossierSectionAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(DossierSectionSettings) private readonly settings!: DossierSectionSettings;
  @inject(ConfidentialAccessList) private readonly confidential!: ConfidentialAccessList;

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: PERMISSIONS.settingsManage };

    routes.add({
      method: 'get', path: '/admin/dossier-sections', tags, access,
      summary: 'Every dossier section: default, the organisation\'s choice, confidential or not',
      handler: async (ctx) => this.settings.view(ctx),
    });
    routes.add({
      method: 'put', path: '/admin/dossier-sections', tags, access,
      body: dossierSectionSettingsBody,
      summary: 'Choose what employees see, and which roles read confidential sections',
      handler: async (ctx, { body }) => this.settings.update(ctx, body),
    });
    routes.add({
      method: 'get', path: '/admin/confidential-access', tags, access,
      summary: 'The art. 9 list: confidential sections, the roles named, who holds them',
      handler: (ctx) => this.confidential.list(ctx),
    });
    routes.add({
      method: 'get', path: '/admin/confidential-access.csv', tags, access,
      summary: 'The art. 9 list as CSV for Excel: UTF-8 with a byte order mark, `;` separated',
      handler: async (ctx, { res }) => {
        const csv = this.confidential.csv(await this.confidential.list(ctx), ctx.locale);
        ctx.audit({
          action: 'tenant.confidential-access-export', subjectType: 'tenant',
          subjectId: ctx.tenantId(), details: { format: 'csv' },
        });
        // Stored before the file leaves, not in the pipeline's flush after it.
        await ctx.em.flush();

        const name = ctx.locale === 'en' ? 'confidential-access' : 'vertrouwelijke-toegang';
        res.status(200)
          .type('text/csv; charset=utf-8')
          .set('Content-Disposition', `attachment; filename="${name}-${todayInBrussels()}.csv"`)
          .set('Cache-Control', 'private, no-store')
          .send(csv);
      },
    });
  }
}
