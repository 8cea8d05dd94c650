import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';

/** Someone to call when something happens to the person at work; several, by priority. */
@Entity({ tableName: 'dossier_emergency_contact' })
@Index({ properties: ['tenant', 'person', 'priority'] })
export class DossierEmergencyContact extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Free text: partner, moeder, buurman, voogd… */
  @Property({ type: 'string', length: 80 })
  relation!: string;

  @Property({ type: 'string', length: 40 })
  phone!: string;

  /** 1 is called first. */
  @Property({ type: 'integer' })
  priority!: number;

  @Property({ type: 'string', length: 1000, nullable: true })
  note?: string | null;
}
