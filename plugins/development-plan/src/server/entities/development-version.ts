import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';
import type { PlanSnapshot } from '../../common/development-plan-view.js';
import { DevelopmentPlan } from './development-plan.js';

/**
 * The content of a plan frozen on a date, numbered per plan. Only the hand-over (e.g. "uploaded
 * to VDAB on") changes afterwards; the snapshot never does.
 */
@Entity({ tableName: 'development_plan_version' })
@Unique({ properties: ['plan', 'number'] })
export class DevelopmentVersion extends TenantOwnedEntity {
  @ManyToOne({ entity: () => DevelopmentPlan, deleteRule: 'cascade' })
  plan!: Rel<DevelopmentPlan>;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** 1 for the plan's first version. */
  @Property({ type: 'integer' })
  number!: number;

  /** `YYYY-MM-DD`, the day the content was frozen. */
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Property({ type: 'json' })
  snapshot!: PlanSnapshot;

  /** `YYYY-MM-DD`, the day it was handed to an outside body. */
  @Property({ type: 'string', length: 10, nullable: true })
  handedOverAt?: string | null;

  /** To whom, e.g. "VDAB". */
  @Property({ type: 'string', length: 200, nullable: true })
  handedOverTo?: string | null;
}
