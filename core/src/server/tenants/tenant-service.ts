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
import { TYPES } from '../tokens.js';
import { EMPLOYEE_TYPES_BY_KIND } from './kind-defaults.js';

export interface NewTenant {
  slug: string;
  name: string;
  kind: TenantKind;
  settings?: TenantSettings;
  enabledPlugins?: string[];
}

/**
 * Creates organisations. A new tenant starts with the employee types of its kind and with the
 * fields and types that plugins contribute for that kind, so it can register people at once.
 */
@injectable()
export class TenantService {
  @inject(TYPES.Container) private readonly container!: Container;
  @inject(TYPES.Logger) private readonly log!: Logger;

  async create(em: EntityManager, input: NewTenant): Promise<Tenant> {
    const slug = input.slug.toLowerCase();
    if (await em.findOne(Tenant, { slug })) {
      throw new ConflictError(`An organisation with the address '${slug}' already exists.`, 'duplicate');
    }
    const tenant = em.create(Tenant, {
      slug, name: input.name, kind: input.kind,
      settings: input.settings ?? {}, enabledPlugins: input.enabledPlugins ?? [],
    });
    em.persist(tenant);
    await em.flush();

    const scoped = forkForTenant(em, tenant.id);
    this.addKindDefaults(scoped, input.kind);
    await scoped.flush();
    this.log.info({ tenantId: tenant.id, kind: tenant.kind }, 'tenant created');
    return tenant;
  }

  private addKindDefaults(em: EntityManager, kind: TenantKind): void {
    const contributions = new ContributionProvider<TenantKindContribution>(
      this.container, TenantKindContribution,
    ).getContributions();
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
}
