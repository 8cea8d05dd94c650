import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import { Tenant } from '../entities/tenant.js';
import { TenantService } from '../tenants/tenant-service.js';
import { AccountService } from '../accounts/account-service.js';
import { accountView } from '../auth/session-view.js';
import { firstAdminBody } from '../admin/account-schemas.js';
import { createTenantBody, patchTenantBody } from './platform-schemas.js';

/**
 * `/api/platform`: the platform admin's routes, outside every tenant. Audit entries name the
 * tenant they concern, so each organisation sees what the platform did to it.
 */
@injectable()
export class PlatformRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(TenantService) private readonly tenants!: TenantService;
  @inject(AccountService) private readonly accounts!: AccountService;

  registerRoutes(routes: RouteRegistrar): void {
    const access = 'platform-admin' as const;
    const tags = ['platform'];
    const params = { id: Tenant };

    routes.add({
      method: 'get', path: '/platform/tenants', summary: 'Every organisation', tags, access,
      handler: async (ctx) => {
        const tenants = await ctx.em.find(Tenant, {}, { orderBy: { slug: 'asc' } });
        return { items: tenants.map(tenantView), total: tenants.length };
      },
    });
    routes.add({
      method: 'post', path: '/platform/tenants',
      summary: "Make an organisation; it starts with its kind's employee types", tags, access,
      body: createTenantBody, status: 201,
      handler: async (ctx, { body }) => {
        const tenant = await this.tenants.create(ctx.em, body);
        ctx.audit({
          action: 'tenant.create', subjectType: 'tenant', subjectId: tenant.id, tenantId: tenant.id,
          details: { slug: tenant.slug, kind: tenant.kind },
        });
        return tenantView(tenant);
      },
    });
    routes.add({
      method: 'patch', path: '/platform/tenants/:id',
      summary: 'Rename or (de)activate an organisation', tags, access, params,
      body: patchTenantBody,
      handler: async (ctx, { params: { id: tenant }, body }) => {
        const changed = this.tenants.update(tenant, body);
        if (changed.length > 0) {
          ctx.audit({
            action: 'tenant.update', subjectType: 'tenant', subjectId: tenant.id,
            tenantId: tenant.id, details: { fields: changed },
          });
        }
        return tenantView(tenant);
      },
    });
    routes.add({
      method: 'post', path: '/platform/tenants/:id/accounts',
      summary: 'Make an admin account of an organisation (its first admin)', tags, access, params,
      body: firstAdminBody, status: 201,
      handler: async (ctx, { params: { id: tenant }, body }) => {
        const account = await this.accounts.create(ctx.em, { ...body, tenant, role: 'admin' });
        ctx.audit({
          action: 'account.create', subjectType: 'account', subjectId: account.id,
          tenantId: tenant.id, details: { role: 'admin' },
        });
        return accountView(account);
      },
    });
  }
}

function tenantView(tenant: Tenant) {
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    kind: tenant.kind,
    active: tenant.active,
    enabledPlugins: tenant.enabledPlugins,
    settings: tenant.settings,
    createdAt: tenant.createdAt.toISOString(),
  };
}
