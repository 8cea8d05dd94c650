import type { EntityClass, EntityManager, EventArgs, EventSubscriber } from '@mikro-orm/core';
import { isTenantOwned } from '../entities/tenant-owned-entity.js';
import { Tenant } from '../entities/tenant.js';

export const TENANT_FILTER = 'tenant';

export interface TenantFilterParams {
  tenantId: string;
}

/**
 * The `tenant` filter, on by default for every tenant-owned entity. A forked entity manager that
 * has no tenant set throws on any query of such an entity, so a forgotten scope fails closed.
 */
export function tenantFilterOption(entities: EntityClass<unknown>[]) {
  return {
    [TENANT_FILTER]: {
      name: TENANT_FILTER,
      cond: (params: TenantFilterParams) => ({ tenant: params.tenantId }),
      entity: entities.filter(isTenantOwned).map((e) => e.name),
      default: true,
    },
  };
}

/** A fork of `em` that sees one tenant only: the way jobs, seeds and requests get an em. */
export function forkForTenant(em: EntityManager, tenantId: string): EntityManager {
  const fork = em.fork({ clear: true });
  fork.setFilterParams(TENANT_FILTER, { tenantId } satisfies TenantFilterParams);
  return fork;
}

/**
 * Stamps the tenant of the entity manager on every new tenant-owned row, and refuses a row whose
 * tenant is another one. Routes therefore never set a tenant, and a body cannot choose one.
 */
export class TenantStampSubscriber implements EventSubscriber {
  beforeCreate(args: EventArgs<any>): void {
    if (!isTenantOwned(args.entity.constructor)) return;

    const params = args.em.getFilterParams<TenantFilterParams>(TENANT_FILTER);
    const current = args.entity.tenant?.id;
    if (!params?.tenantId) {
      if (current) return; // code outside a request named its tenant explicitly
      throw new Error(`[DOTS_T1001] ${args.entity.constructor.name} created without a tenant.`);
    }
    if (current && current !== params.tenantId) {
      throw new Error(
        `[DOTS_T1002] ${args.entity.constructor.name} would be written to another tenant.`,
      );
    }
    args.entity.tenant ??= args.em.getReference(Tenant, params.tenantId);
  }
}
