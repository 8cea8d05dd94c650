import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';
import { DevelopmentPlan } from './development-plan.js';

/** A moment at which the plan is reviewed, planned or held. */
@Entity({ tableName: 'development_plan_review' })
@Index({ properties: ['tenant', 'plan', 'date'] })
export class DevelopmentReview extends TenantOwnedEntity {
  @ManyToOne({ entity: () => DevelopmentPlan, deleteRule: 'cascade' })
  plan!: Rel<DevelopmentPlan>;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** `YYYY-MM-DD`. */
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
