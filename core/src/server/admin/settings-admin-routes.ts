import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { Tenant } from '../entities/tenant.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { TenantService } from '../tenants/tenant-service.js';
import { tenantSettingsBody } from '../tenants/tenant-schemas.js';

/** What a tenant that never chose shows and uses. */
const DEFAULTS = { nameSort: 'particle', hiddenStandardFields: [] as string[], fullTimeHours: 38 };

/** `/api/admin/settings`: name order, hidden standard fields, hours of a full-time week. */
@injectable()
export class SettingsAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(TenantService) private readonly tenants!: TenantService;

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: PERMISSIONS.settingsManage };

    routes.add({
      method: 'get', path: '/admin/settings', summary: "The organisation's settings",
      tags: ['admin'], access,
      handler: async (ctx) => settingsView(ctx.tenant!),
    });
    routes.add({
      method: 'put', path: '/admin/settings',
      summary: 'Change settings; keys left out keep their value', tags: ['admin'], access,
      body: tenantSettingsBody,
      handler: async (ctx, { body }) => {
        const tenant = ctx.tenant!;
        const changed = this.tenants.updateSettings(tenant, body);
        if (changed.length > 0) {
          ctx.audit({
            action: 'tenant.settings-update', subjectType: 'tenant', subjectId: tenant.id,
            details: { fields: changed },
          });
        }
        return settingsView(tenant);
      },
    });
  }
}

function settingsView(tenant: Tenant) {
  return { ...DEFAULTS, ...tenant.settings };
}
