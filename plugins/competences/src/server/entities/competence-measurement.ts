import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Account, Person, TenantOwnedEntity } from '@dots/core';
import type {
  MeasurementKind, MeasurementStatus, Perspective,
} from '../../common/competence-permissions.js';
import { CompetenceFramework } from './competence-framework.js';
import { CompetenceFrameworkVersion } from './competence-framework-version.js';

/**
 * One assessment of a person on one framework version, on a calendar date. A draft changes
 * freely; a final one only through amendments.
 */
@Entity({ tableName: 'competence_measurement' })
@Index({ properties: ['tenant', 'person', 'date'] })
export class CompetenceMeasurement extends TenantOwnedEntity {
  /** Deleting the person deletes their measurements: they are part of the dossier. */
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /**
   * The service refuses to delete a measured framework; the cascade is for the database deleting
   * a whole tenant, whose rows go in an order of its own choosing.
   */
  @ManyToOne({ entity: () => CompetenceFramework, deleteRule: 'cascade' })
  framework!: Rel<CompetenceFramework>;

  /** The wording it was scored on. */
  @ManyToOne({ entity: () => CompetenceFrameworkVersion, deleteRule: 'cascade' })
  version!: Rel<CompetenceFrameworkVersion>;

  /** `YYYY-MM-DD`. */
  @Property({ type: 'string', length: 10 })
  date!: string;

  /** The staff member who assessed; kept as null when their account is deleted. */
  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  assessor?: Rel<Account> | null;

  @Property({ type: 'string', length: 10 })
  kind!: MeasurementKind;

  @Property({ type: 'string', length: 10 })
  perspective: Opt<Perspective> = 'coach';

  @Property({ type: 'string', length: 10 })
  status: Opt<MeasurementStatus> = 'draft';

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'Date', nullable: true })
  finalisedAt?: Date | null;

  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  finalisedBy?: Rel<Account> | null;

  /**
   * When a coach's final measurement was shown to the employee. Until then the employee's
   * portal does not see it (issue 5: the coach shares, the employee never pulls).
   */
  @Property({ type: 'Date', nullable: true })
  sharedAt?: Date | null;

  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  sharedBy?: Rel<Account> | null;
}
