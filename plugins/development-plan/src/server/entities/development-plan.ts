import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';

/**
 * A personal development plan (POP) of one person for one period. Its goals, reviews, versions
 * and conversations each name the person too, so the core's object-level check covers every row.
 */
@Entity({ tableName: 'development_plan' })
@Index({ properties: ['tenant', 'person', 'periodFrom'] })
export class DevelopmentPlan extends TenantOwnedEntity {
  /** Deleting the person deletes the plan: it is part of the dossier. */
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** `YYYY-MM-DD`, the first day the plan covers. */
  @Property({ type: 'string', length: 10 })
  periodFrom!: string;

  /** `YYYY-MM-DD`, the last day the plan covers. */
  @Property({ type: 'string', length: 10 })
  periodTo!: string;

  /** `YYYY-MM-DD`, the next VDAB evaluation (maatwerk): the POP update is due 10 days before. */
  @Property({ type: 'string', length: 10, nullable: true })
  evaluationDate?: string | null;
}
