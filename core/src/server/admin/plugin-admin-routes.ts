import { inject, injectable } from 'inversify';
import { z } from 'zod';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { DotsPluginDefinition } from '../plugins/plugin-definition.js';
import type { Tenant } from '../entities/tenant.js';
import { NotFoundError } from '../http/errors.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { TenantService } from '../tenants/tenant-service.js';
import { TYPES } from '../tokens.js';

const switchBody = z.strictObject({ enabled: z.boolean() });

/**
 * `/api/admin/plugins`: every installed plugin and whether this tenant runs it. A switch takes
 * effect with the next request (the tenant is read per request), without a restart.
 */
@injectable()
export class PluginAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(TYPES.Plugins) private readonly plugins!: DotsPluginDefinition[];
  @inject(TenantService) private readonly tenants!: TenantService;

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: PERMISSIONS.pluginsManage };

    routes.add({
      method: 'get', path: '/admin/plugins', summary: 'Installed plugins and whether they are on',
      tags: ['admin'], access,
      handler: async (ctx) => ({
        items: this.plugins.map((plugin) => this.view(plugin, ctx.tenant!)),
        total: this.plugins.length,
      }),
    });
    routes.add({
      method: 'put', path: '/admin/plugins/:id',
      summary: 'Enable or disable a plugin; its data stays when it is off', tags: ['admin'], access,
      body: switchBody,
      handler: async (ctx, { body, req }) => {
        // `:id` names a plugin, not a row, so the core's param loader does not apply.
        const plugin = this.plugins.find((p) => p.id === String(req.params.id));
        if (!plugin) throw new NotFoundError('plugin');

        const tenant = ctx.tenant!;
        if (this.tenants.setPluginEnabled(tenant, plugin.id, body.enabled)) {
          ctx.audit({
            action: body.enabled ? 'plugin.enable' : 'plugin.disable', subjectType: 'plugin',
            details: { pluginId: plugin.id },
          });
        }
        return this.view(plugin, tenant);
      },
    });
  }

  private view(plugin: DotsPluginDefinition, tenant: Tenant) {
    return {
      id: plugin.id,
      version: plugin.version,
      labelNl: plugin.labelNl,
      labelEn: plugin.labelEn,
      descriptionNl: plugin.descriptionNl ?? null,
      descriptionEn: plugin.descriptionEn ?? null,
      requires: plugin.requires ?? [],
      requiredBy: this.plugins.filter((p) => p.requires?.includes(plugin.id)).map((p) => p.id),
      enabled: tenant.enabledPlugins.includes(plugin.id),
    };
  }
}
