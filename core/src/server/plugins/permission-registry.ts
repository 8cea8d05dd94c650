import type { Role } from '../../common/roles.js';
import type { ContributionProvider } from './contribution-provider.js';
import type { PermissionContribution, PermissionDefinition } from './extension-points.js';

export interface RegisteredPermission extends PermissionDefinition {
  pluginId: string;
}

/** All permission names, with the plugin that contributed each and its default roles. */
export class PermissionRegistry {
  private readonly permissions = new Map<string, RegisteredPermission>();

  constructor(contributions: ContributionProvider<PermissionContribution>) {
    for (const contribution of contributions.getContributions()) {
      for (const permission of contribution.permissions()) {
        if (this.permissions.has(permission.name)) {
          throw new Error(
            `[DOTS_P1008] Permission '${permission.name}' is contributed twice ` +
              `(by '${this.permissions.get(permission.name)!.pluginId}' ` +
              `and '${contribution.pluginId}').`,
          );
        }
        this.permissions.set(permission.name, { ...permission, pluginId: contribution.pluginId });
      }
    }
  }

  all(): RegisteredPermission[] {
    return [...this.permissions.values()];
  }

  has(name: string): boolean {
    return this.permissions.has(name);
  }

  pluginOf(name: string): string | undefined {
    return this.permissions.get(name)?.pluginId;
  }

  defaultsFor(role: Role): string[] {
    return this.all().filter((p) => p.defaultRoles.includes(role)).map((p) => p.name);
  }
}
