import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';
import type { GoalProgress } from '../../common/development-plan-view.js';
import { DevelopmentPlan } from './development-plan.js';

/**
 * A POP conversation: what was said about each goal on one day. The progress keeps the goal's
 * title of that day, so the record still reads right after the goal is changed or removed.
 */
@Entity({ tableName: 'development_plan_conversation' })
@Index({ properties: ['tenant', 'plan', 'date'] })
export class DevelopmentConversation extends TenantOwnedEntity {
  @ManyToOne({ entity: () => DevelopmentPlan, deleteRule: 'cascade' })
  plan!: Rel<DevelopmentPlan>;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** `YYYY-MM-DD`. */
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'json' })
  progress!: GoalProgress[];
}
