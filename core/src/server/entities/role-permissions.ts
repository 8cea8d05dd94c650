import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { TenantOwnedEntity } from './tenant-owned-entity.js';
import { ROLES, type Role } from '../../common/roles.js';

/** A tenant's own choice of permissions for a role; without a row the defaults apply. */
@Entity({ tableName: 'role_permissions' })
@Unique({ properties: ['tenant', 'role'] })
export class RolePermissions extends TenantOwnedEntity {
  @Enum({ items: () => [...ROLES], type: 'string', length: 20 })
  role!: Role;

  @Property({ type: 'json' })
  permissions!: string[];
}
