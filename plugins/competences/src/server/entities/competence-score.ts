import { Entity, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';
import { CompetenceMeasurement } from './competence-measurement.js';

/**
 * One indicator's answer in a measurement: a level (`value`), "not observed", or in a draft
 * neither yet. A row per indicator, with the person and competence on it, so evolution and
 * department averages read one indexed table.
 */
@Entity({ tableName: 'competence_score' })
@Unique({ properties: ['measurement', 'indicatorKey'] })
@Index({ properties: ['tenant', 'person', 'competenceKey'] })
export class CompetenceScore extends TenantOwnedEntity {
  @ManyToOne({ entity: () => CompetenceMeasurement, deleteRule: 'cascade' })
  measurement!: Rel<CompetenceMeasurement>;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 100 })
  indicatorKey!: string;

  @Property({ type: 'string', length: 100 })
  competenceKey!: string;

  @Property({ type: 'integer', nullable: true })
  value?: number | null;

  @Property({ type: 'boolean' })
  notObserved: Opt<boolean> = false;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
