import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Account, Person, TenantOwnedEntity } from '@dots/core';
import { DossierConversation } from './conversation.js';

/** What was agreed in a conversation: who does it by when. It shows in the owner's agenda. */
@Entity({ tableName: 'dossier_agreement' })
@Index({ properties: ['tenant', 'dueDate'] })
export class DossierAgreement extends TenantOwnedEntity {
  @ManyToOne({ entity: () => DossierConversation, deleteRule: 'cascade' })
  conversation!: Rel<DossierConversation>;

  /** The conversation's person, kept here so the core scopes the row to that person. */
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 1000 })
  text!: string;

  /** A staff account of the tenant; null once that account is removed. */
  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  owner?: Rel<Account> | null;

  @Property({ type: 'string', length: 10 })
  dueDate!: string;

  @Property({ type: 'boolean' })
  done: Opt<boolean> = false;

  @Property({ type: 'Date', nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
