import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base-entity.js';
import { TENANT_KINDS, type TenantKind, type TenantSettings } from '../../common/tenant.js';

/** An organisation using DOTS. Not tenant-owned itself: only the platform admin lists tenants. */
@Entity({ tableName: 'tenant' })
export class Tenant extends BaseEntity {
  @Property({ type: 'string', length: 60, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => [...TENANT_KINDS], type: 'string', length: 20 })
  kind!: TenantKind;

  @Property({ type: 'json' })
  settings: Opt<TenantSettings> = {};

  /** Ids of the plugins this tenant has switched on. */
  @Property({ type: 'json' })
  enabledPlugins: Opt<string[]> = [];

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
