import { Entity, Property, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@dots/core';
import type { FrameworkLanguage } from '../../common/competence-permissions.js';

/**
 * A tenant's competence framework. Its wording lives in versions; `currentVersion` is the one
 * new measurements and edits use.
 */
@Entity({ tableName: 'competence_framework' })
export class CompetenceFramework extends TenantOwnedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 2 })
  language!: FrameworkLanguage;

  /** The ready framework it was adopted from, e.g. `esco-transversal`; null when made here. */
  @Property({ type: 'string', length: 50, nullable: true })
  ready?: string | null;

  /** What the source's licence asks to be shown with the content (ESCO: the acknowledgement). */
  @Property({ type: 'text', nullable: true })
  attribution?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  licence?: string | null;

  @Property({ type: 'integer' })
  currentVersion: Opt<number> = 1;
}
