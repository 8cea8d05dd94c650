import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base-entity.js';
import { Tenant } from './tenant.js';
import { Person } from './person.js';
import { ROLES, type Role } from '../../common/roles.js';

/**
 * Someone who signs in. A tenant account has one role in its tenant; the platform admin has no
 * tenant. Not a TenantOwnedEntity because sign-in must find it before any tenant is known: the
 * account routes scope it explicitly through AccountRepository.
 */
@Entity({ tableName: 'account' })
@Unique({ properties: ['tenant', 'username'] })
@Unique({ properties: ['tenant', 'email'] })
export class Account extends BaseEntity {
  @ManyToOne({ entity: () => Tenant, nullable: true, deleteRule: 'cascade' })
  tenant?: Rel<Tenant>;

  /** Lower-case; an employee often has a username and no e-mail address. */
  @Property({ type: 'string', length: 80, nullable: true })
  username?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Enum({ items: () => [...ROLES, 'platform-admin'], type: 'string', length: 20 })
  role!: Role | 'platform-admin';

  /** The dossier an employee account may read; required for role `employee`. */
  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  person?: Rel<Person>;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Property({ type: 'string', length: 5 })
  locale: Opt<string> = 'nl';

  @Property({ type: 'Date', nullable: true })
  lastSignInAt?: Date;
}
