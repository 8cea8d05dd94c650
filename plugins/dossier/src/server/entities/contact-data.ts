import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';

/**
 * How to reach one person: address, phones, e-mail and the language to speak. One row per
 * person at most; it goes with the person's dossier when the person is deleted.
 */
@Entity({ tableName: 'dossier_contact_data' })
@Unique({ properties: ['tenant', 'person'] })
export class DossierContactData extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 200, nullable: true })
  street?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  houseNumber?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  box?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  postalCode?: string | null;

  @Property({ type: 'string', length: 120, nullable: true })
  city?: string | null;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'string', length: 2, nullable: true })
  country?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  mobilePhone?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  /** ISO 639-1. */
  @Property({ type: 'string', length: 3, nullable: true })
  preferredLanguage?: string | null;
}
