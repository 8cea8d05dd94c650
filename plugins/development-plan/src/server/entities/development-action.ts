import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Account, Person, TenantOwnedEntity } from '@dots/core';
import type { ActionStatus } from '../../common/development-plan-permissions.js';
import { DevelopmentGoal } from './development-goal.js';

/** An improvement action (verbeteractie) towards a goal. */
@Entity({ tableName: 'development_plan_action' })
@Index({ properties: ['tenant', 'goal'] })
@Index({ properties: ['tenant', 'dueDate'] })
export class DevelopmentAction extends TenantOwnedEntity {
  @ManyToOne({ entity: () => DevelopmentGoal, deleteRule: 'cascade' })
  goal!: Rel<DevelopmentGoal>;

  /** The plan's person, repeated so the core hides the action from other employees. */
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 500 })
  text!: string;

  /** Who follows it up; the action stays when the account goes. */
  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  owner?: Rel<Account> | null;

  /** `YYYY-MM-DD`. */
  @Property({ type: 'string', length: 10, nullable: true })
  dueDate?: string | null;

  @Property({ type: 'string', length: 20 })
  status: Opt<ActionStatus> = 'open';
}
