import type { EntityName } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter.js';

/**
 * The only way to build a QueryBuilder or raw query on tenant data. MikroORM's filters reach
 * `em.find` but not the QueryBuilder or raw SQL (mikro-orm#3009), so these helpers add the tenant
 * condition and fail when the entity manager has no tenant.
 */
export async function scopedQuery<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias?: string,
): Promise<QueryBuilder<T>> {
  tenantOf(em);
  const qb = em.createQueryBuilder(entity, alias);
  await qb.applyFilters();
  return qb;
}

/**
 * Runs raw SQL that must name the tenant as `:tenantId` (for example `where p.tenant_id = :tenantId`);
 * the value comes from the entity manager, never from the caller.
 */
export async function scopedRaw<R>(
  em: EntityManager,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<R[]> {
  if (!sql.includes(':tenantId')) {
    throw new Error('[DOTS_T1003] Raw SQL on tenant data must filter on :tenantId.');
  }
  const knex = em.getKnex();
  const query = knex.raw(sql, { ...params, tenantId: tenantOf(em) });
  return (await em.getConnection().execute(query.toQuery())) as R[];
}

function tenantOf(em: EntityManager): string {
  const params = em.getFilterParams<TenantFilterParams>(TENANT_FILTER);
  if (!params?.tenantId) throw new Error('[DOTS_T1004] A tenant query needs a tenant-scoped entity manager.');
  return params.tenantId;
}
