import { Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from './tenant-owned-entity.js';

/**
 * Who did or read what, when. Plain ids rather than relations: an entry must outlive the account
 * and person it names, and is never updated.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['tenant', 'personId', 'at'] })
@Index({ properties: ['tenant', 'at'] })
export class AuditEntry extends TenantOwnedEntity {
  @Property({ type: 'Date' })
  at: Opt<Date> = new Date();

  @Property({ type: 'string', length: 36, nullable: true })
  accountId?: string;

  @Property({ type: 'string', length: 36, nullable: true })
  personId?: string;

  /** e.g. `person.read`, `person.update`, `account.deactivate`, `plugin.enable`. */
  @Property({ type: 'string', length: 80 })
  action!: string;

  @Property({ type: 'string', length: 60 })
  subjectType!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  subjectId?: string;

  /** Names of changed fields and similar facts; never the personal values themselves. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown>;
}
