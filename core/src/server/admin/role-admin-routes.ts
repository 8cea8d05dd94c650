import { inject, injectable } from 'inversify';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/core';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { RolePermissions } from '../entities/role-permissions.js';
import { PermissionRegistry } from '../plugins/permission-registry.js';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { ROLES, type Role } from '../../common/roles.js';

const permissionsBody = z.strictObject({
  permissions: z.array(z.string().min(1).max(100)).max(500),
});

type EditableRole = Exclude<Role, 'admin'>;

/**
 * `/api/admin/roles`: which role holds which permission in this tenant. The admin role always
 * holds everything, so no tenant can lock its admins out. An employee account sees only its own
 * dossier, so its role never receives the core's permissions, which all reach other people's.
 */
@injectable()
export class RoleAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(PermissionRegistry) private readonly registry!: PermissionRegistry;

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: PERMISSIONS.rolesManage };
    const tags = ['admin'];

    routes.add({
      method: 'get', path: '/admin/roles', summary: 'Roles and their permissions', tags, access,
      handler: async (ctx) => this.view(ctx),
    });
    routes.add({
      method: 'put', path: '/admin/roles/:role', summary: 'Set the permissions of a role',
      tags, access, body: permissionsBody,
      handler: async (ctx, { body, req }) => {
        const role = editableRole(String(req.params.role));
        const names = this.validNames(role, body.permissions);
        const row = await this.rowOf(ctx.em, role);
        row.permissions = names;
        ctx.audit({
          action: 'role.update', subjectType: 'role', subjectId: role,
          details: { permissions: names },
        });
        return this.view(ctx);
      },
    });
    routes.add({
      method: 'delete', path: '/admin/roles/:role',
      summary: 'Give a role back the permissions its plugins declare by default', tags, access,
      handler: async (ctx, { req }) => {
        const role = editableRole(String(req.params.role));
        const row = await ctx.em.findOne(RolePermissions, { role });
        if (row) {
          ctx.em.remove(row);
          ctx.audit({ action: 'role.reset', subjectType: 'role', subjectId: role });
        }
        return this.view(ctx);
      },
    });
  }

  private async view(ctx: RequestContext) {
    const rows = await ctx.em.find(RolePermissions, {});
    const all = this.registry.all();
    const enabled = (pluginId: string) =>
      pluginId === 'core' || ctx.tenant!.enabledPlugins.includes(pluginId);

    return {
      roles: ROLES.map((role) => {
        const own = rows.find((row) => row.role === role);
        const held = own?.permissions ?? this.registry.defaultsFor(role);
        const names = role === 'admin'
          ? all.map((p) => p.name)
          : held.filter((name) => this.registry.has(name));
        return { role, permissions: [...names].sort(), editable: role !== 'admin', custom: !!own };
      }),
      permissions: all.map((p) => ({
        name: p.name, labelNl: p.labelNl, labelEn: p.labelEn, pluginId: p.pluginId,
        defaultRoles: p.defaultRoles, pluginEnabled: enabled(p.pluginId),
      })),
    };
  }

  /** Unique, sorted, known names; refuses unknown ones and core ones for employees, naming them. */
  private validNames(role: EditableRole, names: string[]): string[] {
    const problems = names.flatMap((name, index) => {
      const field = `permissions.${index}`;
      if (!this.registry.has(name)) return [{ field, message: `'${name}' is not a permission` }];
      if (role === 'employee' && this.registry.pluginOf(name) === 'core') {
        return [{
          field, message: `'${name}' reaches other people's data; an employee may not hold it`,
        }];
      }
      return [];
    });
    if (problems.length > 0) throw new ValidationError(problems);
    return [...new Set(names)].sort();
  }

  private async rowOf(em: EntityManager, role: EditableRole): Promise<RolePermissions> {
    const existing = await em.findOne(RolePermissions, { role });
    if (existing) return existing;
    const row = em.create(RolePermissions, { role, permissions: [] });
    em.persist(row);
    return row;
  }
}

/** A role named in a path: unknown answers 404, `admin` cannot be changed. */
function editableRole(name: string): EditableRole {
  if (!ROLES.includes(name as Role)) throw new NotFoundError('role');
  if (name === 'admin') {
    throw new ConflictError(
      'The admin role always holds every permission; it cannot be changed.',
      'role_fixed',
    );
  }
  return name as EditableRole;
}
