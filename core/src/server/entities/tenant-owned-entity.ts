import { ManyToOne, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base-entity.js';
import { Tenant } from './tenant.js';

/**
 * Base of every row that belongs to one organisation. The core scopes all of them through
 * the `tenant` filter (see db/tenant-filter.ts) and stamps the tenant on create: routes never do.
 */
export abstract class TenantOwnedEntity extends BaseEntity {
  @ManyToOne({ entity: () => Tenant, deleteRule: 'cascade' })
  tenant!: Opt<Rel<Tenant>>;
}

export function isTenantOwned(entity: Function): boolean {
  return entity.prototype instanceof TenantOwnedEntity;
}
