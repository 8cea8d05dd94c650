import { inject, injectable, type Container } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Tenant } from '../entities/tenant.js';
import { EmployeeType } from '../entities/list-item.js';
import { FieldDefinition } from '../entities/field-definition.js';
import type { TenantKind, TenantSettings } from '../../common/tenant.js';
import { ContributionProvider } from '../plugins/contribution-provider.js';
import { TenantKindContribution } from '../plugins/extension-points.js';
import { forkForTenant } from '../db/tenant-filter.js';
import { ConflictError } from '../http/errors.js';
import type { DotsPluginDefinition } from '../plugins/plugin-definition.js';
import { TYPES } from '../tokens.js';
import { enabledFor } from '../plugins/contribution-filter.js';
import { EMPLOYEE_TYPES_BY_KIND } from './kind-defaults.js';
import { assertPluginSet, switchPlugin } from './tenant-plugins.js';

/** What the platform admin may change on a tenant after creating it. */
export interface TenantChange {
  name?: string;
  active?: boolean;
}

export interface NewTenant {
  slug: string;
  name: string;
  kind: TenantKind;
  settings?: TenantSettings;
  enabledPlugins?: string[];
}

/**
 * Creates and changes organisations. A new tenant starts with the employee types of its kind and
 * with the fields and types that plugins contribute for that kind, so it can register people at
 * once. Callers write the audit entry; this service only keeps the tenant consistent.
 */
@injectable()
export class TenantService {
  @inject(TYPES.Container) private readonly container!: Container;
  @inject(TYPES.Logger) private readonly log!: Logger;
  @inject(TYPES.Plugins) private readonly plugins!: DotsPluginDefinition[];

  async create(em: EntityManager, input: NewTenant): Promise<Tenant> {
    const slug = input.slug.toLowerCase();
    assertPluginSet(this.plugins, input.enabledPlugins ?? [], 'enabledPlugins');
    if (await em.findOne(Tenant, { slug })) {
      throw new ConflictError(
        `An organisation with the address '${slug}' already exists.`,
        'duplicate',
        { field: 'slug' },
      );
    }
    const tenant = em.create(Tenant, {
      slug, name: input.name, kind: input.kind,
      settings: input.settings ?? {}, enabledPlugins: input.enabledPlugins ?? [],
    });
    em.persist(tenant);
    await em.flush();

    const scoped = forkForTenant(em, tenant.id);
    this.addKindDefaults(scoped, tenant);
    await scoped.flush();
    this.log.info({ tenantId: tenant.id, kind: tenant.kind }, 'tenant created');
    return tenant;
  }

  /** Only plugins the tenant starts with contribute: the others' fields would mean nothing yet. */
  private addKindDefaults(em: EntityManager, tenant: Tenant): void {
    const kind = tenant.kind;
    const contributions = new ContributionProvider<TenantKindContribution>(
      this.container, TenantKindContribution,
    ).getContributions().filter((contribution) => enabledFor(tenant, contribution));
    const types = [
      ...EMPLOYEE_TYPES_BY_KIND[kind],
      ...contributions.flatMap((c) => c.employeeTypesFor?.(kind) ?? []),
    ];
    types.forEach((type, position) => {
      em.persist(em.create(EmployeeType, { code: type.code, name: type.name, position }));
    });

    const fields = contributions.flatMap((c) => c.fieldsFor?.(kind) ?? []);
    fields.forEach((field, position) => {
      em.persist(em.create(FieldDefinition, {
        key: field.key, type: field.type, labelNl: field.labelNl, labelEn: field.labelEn,
        options: field.options ?? [], required: field.required ?? false,
        visibleToEmployee: field.visibleToEmployee ?? false, position,
      }));
    });
  }

  /**
   * Renames or (de)activates a tenant and answers the names of the fields that changed. The
   * sessions of a deactivated tenant end on their next request.
   */
  update(tenant: Tenant, change: TenantChange): string[] {
    const changed: string[] = [];
    if (change.name !== undefined && change.name !== tenant.name) {
      tenant.name = change.name;
      changed.push('name');
    }
    if (change.active !== undefined && change.active !== tenant.active) {
      tenant.active = change.active;
      changed.push('active');
    }
    return changed;
  }

  /**
   * Switches one installed plugin on or off for a tenant; it takes effect with the next request.
   * Disabling deletes nothing: the plugin's rows stay and come back when it is enabled again.
   * Answers whether anything changed.
   */
  setPluginEnabled(tenant: Tenant, pluginId: string, on: boolean): boolean {
    const next = switchPlugin(this.plugins, tenant.enabledPlugins, pluginId, on);
    if (next.length === tenant.enabledPlugins.length) return false;
    // A new array, so the unit of work sees the JSON column change.
    tenant.enabledPlugins = next;
    this.log.info({ tenantId: tenant.id, pluginId, enabled: on }, 'plugin switched');
    return true;
  }

  /** Merges the given settings into the tenant's; answers the names of the keys that changed. */
  updateSettings(tenant: Tenant, input: TenantSettings): string[] {
    const current = tenant.settings ?? {};
    const changed = (Object.keys(input) as Array<keyof TenantSettings>)
      .filter((key) => input[key] !== undefined)
      .filter((key) => JSON.stringify(input[key]) !== JSON.stringify(current[key]));
    if (changed.length > 0) {
      const given = Object.fromEntries(changed.map((key) => [key, input[key]]));
      tenant.settings = { ...current, ...given };
    }
    return changed;
  }
}
