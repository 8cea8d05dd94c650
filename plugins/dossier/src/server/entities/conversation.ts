import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';
import { DossierConversationType } from './conversation-type.js';

/** Who took part: a staff account (with the name it had then) or someone outside DOTS. */
export interface StoredParticipant {
  accountId: string | null;
  name: string;
  role: string | null;
}

/** A conversation with the person: intake, evaluation, POP talk… with notes and agreements. */
@Entity({ tableName: 'dossier_conversation' })
@Index({ properties: ['tenant', 'person', 'date'] })
export class DossierConversation extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** Calendar date `YYYY-MM-DD`, kept as text so no time zone can move it. */
  @Property({ type: 'string', length: 10 })
  date!: string;

  /** Local time `HH:MM`. */
  @Property({ type: 'string', length: 5, nullable: true })
  time?: string | null;

  /** A built-in type code, or the id of the tenant's own type (then `ownType` is set). */
  @Property({ type: 'string', length: 36 })
  typeCode!: string;

  @ManyToOne({ entity: () => DossierConversationType, nullable: true, deleteRule: 'set null' })
  ownType?: Rel<DossierConversationType> | null;

  @Property({ type: 'string', length: 200, nullable: true })
  title?: string | null;

  @Property({ type: 'json' })
  participants: Opt<StoredParticipant[]> = [];

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
