import { Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from './tenant-owned-entity.js';

/** Shared shape of the per-tenant lists an admin edits: departments, teams, employee types. */
abstract class ListItem extends TenantOwnedEntity {
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'integer' })
  position: Opt<number> = 0;

  /** Retired items stay, because people still point at them. */
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}

/** A dienst or afdeling. */
@Entity({ tableName: 'department' })
@Index({ properties: ['tenant', 'position'] })
export class Department extends ListItem {}

/** A ploeg. */
@Entity({ tableName: 'team' })
@Index({ properties: ['tenant', 'position'] })
export class Team extends ListItem {}

/** A statuut: the kind of contract or participation a person has. */
@Entity({ tableName: 'employee_type' })
@Index({ properties: ['tenant', 'position'] })
export class EmployeeType extends ListItem {
  /** Stable code for plugins and reports (e.g. `ama-participant`); free for tenant-made types. */
  @Property({ type: 'string', length: 60, nullable: true })
  code?: string;
}
