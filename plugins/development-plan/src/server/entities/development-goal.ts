import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';
import type { CompetenceKind } from '../../common/development-plan-permissions.js';
import type { CompetenceRef } from '../../common/development-plan-view.js';
import { DevelopmentPlan } from './development-plan.js';

/** A goal of a plan: a competence to grow, from a current level to a target level. */
@Entity({ tableName: 'development_plan_goal' })
@Index({ properties: ['tenant', 'plan', 'position'] })
export class DevelopmentGoal extends TenantOwnedEntity {
  @ManyToOne({ entity: () => DevelopmentPlan, deleteRule: 'cascade' })
  plan!: Rel<DevelopmentPlan>;

  /** The plan's person, repeated so the core hides the goal from other employees. */
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Free text, with or without links. */
  @Property({ type: 'string', length: 200, nullable: true })
  competence?: string | null;

  /** Links to framework competences (issue 5); null on goals made before links existed. */
  @Property({ type: 'json', nullable: true })
  competenceRefs?: CompetenceRef[] | null;

  @Property({ type: 'string', length: 20, nullable: true })
  competenceKind?: CompetenceKind | null;

  @Property({ type: 'string', length: 200, nullable: true })
  currentLevel?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  targetLevel?: string | null;

  /** Order within the plan; new goals go last. */
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}
