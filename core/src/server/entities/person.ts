import {
  Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel,
} from '@mikro-orm/core';
import { TenantOwnedEntity } from './tenant-owned-entity.js';
import { Department, EmployeeType, Team } from './list-item.js';
import { PERSON_STATUSES, type PersonStatus } from '../../common/people.js';

/**
 * The person a dossier is about. Dates are calendar dates kept as `YYYY-MM-DD` text, so no
 * zone, driver or raw query can shift them by a day.
 */
@Entity({ tableName: 'person' })
@Index({ properties: ['tenant', 'sortKey'] })
@Index({ properties: ['tenant', 'sortKeyMain'] })
@Index({ properties: ['tenant', 'sortKeyGiven'] })
@Index({ properties: ['tenant', 'status'] })
@Unique({ properties: ['tenant', 'nationalRegisterNumberFingerprint'] })
export class Person extends TenantOwnedEntity {
  @Property({ type: 'string', length: 120 })
  givenNames!: string;

  @Property({ type: 'string', length: 120 })
  familyName!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  preferredName?: string;

  @Property({ type: 'string', length: 10, nullable: true })
  birthDate?: string;

  @Property({ type: 'string', length: 60, nullable: true })
  gender?: string;

  /**
   * The national register number, encrypted (see crypto/secret-box.ts). Lazy, so that lists never
   * load it; only `GET /api/people/:id` opens it, for accounts allowed to see it.
   */
  @Property({ type: 'string', length: 200, nullable: true, lazy: true })
  nationalRegisterNumberSealed?: string;

  /** The check digits only, so lists can show a masked number without decrypting. */
  @Property({ type: 'string', length: 2, nullable: true })
  nationalRegisterNumberHint?: string;

  /**
   * A keyed hash of the number (SecretBox.fingerprint), unique in the tenant: two dossiers of one
   * person are refused without the number ever being stored in a searchable form.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  nationalRegisterNumberFingerprint?: string;

  @ManyToOne({ entity: () => Department, nullable: true, deleteRule: 'set null' })
  department?: Rel<Department>;

  @ManyToOne({ entity: () => Team, nullable: true, deleteRule: 'set null' })
  team?: Rel<Team>;

  @ManyToOne({ entity: () => EmployeeType, nullable: true, deleteRule: 'set null' })
  employeeType?: Rel<EmployeeType>;

  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string;

  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string;

  @Enum({ items: () => [...PERSON_STATUSES], type: 'string', length: 20 })
  status: Opt<PersonStatus> = 'active';

  /** Values of the tenant's own fields, validated against its field definitions on every write. */
  @Property({ type: 'json' })
  fields: Opt<Record<string, unknown>> = {};

  /**
   * ASCII keys for the name order, the same on every database (see people/name-keys.ts): one per
   * tenant setting `nameSort`, so a tenant that changes it needs no recomputation.
   * `sortKey`: "Van den Broeck" under V (`particle`, the default).
   */
  @Property({ type: 'string', length: 400 })
  sortKey!: string;

  /** "Van den Broeck" under B (`main-part`). */
  @Property({ type: 'string', length: 400 })
  sortKeyMain!: string;

  /** Given names first, for sorting on them. */
  @Property({ type: 'string', length: 400 })
  sortKeyGiven!: string;

  /** Lower-case, accent-free names for search. */
  @Property({ type: 'string', length: 500 })
  searchText!: string;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
