import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@dots/core';
import type { FrameworkContent } from '../../common/framework-content.js';
import { CompetenceFramework } from './competence-framework.js';

/**
 * The wording of a framework at one version, stored whole. Once a measurement names it, it
 * never changes: an edit makes the next version instead.
 */
@Entity({ tableName: 'competence_framework_version' })
@Unique({ properties: ['framework', 'number'] })
export class CompetenceFrameworkVersion extends TenantOwnedEntity {
  @ManyToOne({ entity: () => CompetenceFramework, deleteRule: 'cascade' })
  framework!: Rel<CompetenceFramework>;

  /** 1 for the first version. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  content!: FrameworkContent;
}
