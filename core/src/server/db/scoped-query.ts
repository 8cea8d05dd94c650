import { Utils, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';
import { isTenantOwned } from '../entities/tenant-owned-entity.js';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter.js';

/**
 * The only way to build a QueryBuilder on tenant data. MikroORM's filters reach `em.find` but not
 * the QueryBuilder or raw SQL (mikro-orm#3009), so this adds the tenant condition of the entity
 * manager and fails when it has none. Rows joined in must be reached through relations of the
 * root, which never cross tenants.
 *
 * Synchronous on purpose: a QueryBuilder is thenable, so an async helper that returned one would
 * run the query instead. For the same reason, never `await` the builder itself; call
 * `getResultList()`, `getCount()` or `execute()`.
 */
export function scopedQuery<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias?: string,
): QueryBuilder<T> {
  const tenantId = tenantOf(em);
  const meta = em.getMetadata().find(Utils.className(entity));
  if (!meta?.class || !isTenantOwned(meta.class)) {
    throw new Error(`[DOTS_T1005] ${meta?.className ?? String(entity)} is not tenant-owned.`);
  }

  const qb = em.createQueryBuilder(entity, alias);
  qb.andWhere({ tenant: tenantId } as FilterQuery<T>);
  return qb;
}

/**
 * Runs raw SQL that must name the tenant as `:tenantId` (for example
 * `where p.tenant_id = :tenantId`); the value comes from the entity manager, never the caller.
 */
export async function scopedRaw<R>(
  em: EntityManager,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<R[]> {
  if (!sql.includes(':tenantId')) {
    throw new Error('[DOTS_T1003] Raw SQL on tenant data must filter on :tenantId.');
  }
  if ('tenantId' in params) {
    throw new Error('[DOTS_T1006] scopedRaw takes :tenantId from the entity manager, not params.');
  }
  const knex = em.getKnex();
  const query = knex.raw(sql, { ...params, tenantId: tenantOf(em) });
  return (await em.getConnection().execute(query.toQuery())) as R[];
}

function tenantOf(em: EntityManager): string {
  const params = em.getFilterParams<TenantFilterParams>(TENANT_FILTER);
  if (!params?.tenantId) {
    throw new Error('[DOTS_T1004] A tenant query needs a tenant-scoped entity manager.');
  }
  return params.tenantId;
}
