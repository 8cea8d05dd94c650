import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Account, Person, TenantOwnedEntity } from '@dots/core';
import type { ConfidentialNoteCategory } from '../../common/conversation-views.js';

/**
 * A health-related note (attest, cause of an absence…): section `dossier.confidential`, read
 * only by the roles the tenant names (domain.md §3), never by the employee.
 */
@Entity({ tableName: 'dossier_confidential_note' })
@Index({ properties: ['tenant', 'person', 'date'] })
export class DossierConfidentialNote extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 10 })
  date!: string;

  @Property({ type: 'string', length: 20 })
  category!: ConfidentialNoteCategory;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  author?: Rel<Account> | null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
