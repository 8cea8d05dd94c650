import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Person, Team, TenantOwnedEntity } from '@dots/core';

/**
 * A place of work (tewerkstellingsplaats, werkpost) from one date to another. A person may work
 * at several at once (an AMA participant at two work posts), so a new one ends nothing itself.
 */
@Entity({ tableName: 'dossier_workplace' })
@Index({ properties: ['tenant', 'person', 'validFrom'] })
export class DossierWorkplace extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** The site or work post: "Atelier Noord, inpak", "Groendienst Gemeente X". */
  @Property({ type: 'string', length: 200 })
  site!: string;

  /** Retiring or removing a team leaves the workplace without one. */
  @ManyToOne({ entity: () => Team, nullable: true, deleteRule: 'set null' })
  team?: Rel<Team> | null;

  /** The work-post supervisor (werkpostbegeleider), free text: often someone outside DOTS. */
  @Property({ type: 'string', length: 200, nullable: true })
  supervisor?: string | null;

  @Property({ type: 'string', length: 10 })
  validFrom!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  validTo?: string | null;
}
