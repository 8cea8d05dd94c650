import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Account, Person, TenantOwnedEntity } from '@dots/core';
import type { AnswerView } from '../../common/competence-view.js';
import { CompetenceMeasurement } from './competence-measurement.js';

export interface AmendedAnswer {
  indicatorKey: string;
  before: AnswerView;
  after: AnswerView;
}

/** A correction of a final measurement: why, by whom, and every answer before and after. */
@Entity({ tableName: 'competence_amendment' })
export class CompetenceAmendment extends TenantOwnedEntity {
  @ManyToOne({ entity: () => CompetenceMeasurement, deleteRule: 'cascade' })
  measurement!: Rel<CompetenceMeasurement>;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  author?: Rel<Account> | null;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'json' })
  changes!: AmendedAnswer[];
}
