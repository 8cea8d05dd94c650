import { inject, injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '../../common/roles.js';
import { RolePermissions } from '../entities/role-permissions.js';
import type { Tenant } from '../entities/tenant.js';
import { PermissionRegistry } from '../plugins/permission-registry.js';

/**
 * What a role may do in a tenant: the tenant's own choice when an admin made one, otherwise the
 * defaults the plugins declared. Permissions of plugins the tenant has not enabled never count.
 * The admin role always holds everything, so no tenant can lock its admins out.
 */
@injectable()
export class PermissionService {
  @inject(PermissionRegistry) private readonly registry!: PermissionRegistry;

  async permissionsFor(em: EntityManager, tenant: Tenant, role: Role): Promise<Set<string>> {
    const active = (name: string) => {
      const pluginId = this.registry.pluginOf(name);
      return pluginId === 'core' || (!!pluginId && tenant.enabledPlugins.includes(pluginId));
    };
    if (role === 'admin') return new Set(this.registry.all().map((p) => p.name).filter(active));

    const own = await em.findOne(RolePermissions, { role, tenant: tenant.id });
    const names = own ? own.permissions : this.registry.defaultsFor(role);
    return new Set(names.filter(active));
  }
}
