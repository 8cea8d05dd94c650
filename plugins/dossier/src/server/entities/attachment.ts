import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Account, Person, TenantOwnedEntity } from '@dots/core';
import { DossierConversation } from './conversation.js';

/**
 * A file added to a conversation. The bytes live at `<data>/attachments/<tenant>/<id>`: the
 * row's id is the file's name, so nothing the user sent is part of the path.
 */
@Entity({ tableName: 'dossier_attachment' })
export class DossierAttachment extends TenantOwnedEntity {
  @ManyToOne({ entity: () => DossierConversation, deleteRule: 'cascade' })
  conversation!: Rel<DossierConversation>;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** The name the file had on the uploader's device, shown and offered on download only. */
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** Sniffed from the bytes. */
  @Property({ type: 'string', length: 40 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @ManyToOne({ entity: () => Account, nullable: true, deleteRule: 'set null' })
  uploadedBy?: Rel<Account> | null;
}
