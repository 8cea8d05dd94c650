import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Person, TenantOwnedEntity } from '@dots/core';

/** One working day of the weekly pattern, as stored; see ScheduleDayView. */
export interface StoredScheduleDay {
  week: 'A' | 'B';
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

/**
 * A work schedule (uurrooster), valid from one calendar date to another. A new schedule ends
 * the previous one the day before it starts, so the rows of a person are its history. Times are
 * local wall-clock `HH:MM` text and the hours computed from them are planned hours.
 */
@Entity({ tableName: 'dossier_work_schedule' })
@Index({ properties: ['tenant', 'person', 'validFrom'] })
export class DossierWorkSchedule extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 120, nullable: true })
  label?: string | null;

  /** `YYYY-MM-DD`. */
  @Property({ type: 'string', length: 10 })
  validFrom!: string;

  /** `YYYY-MM-DD`, inclusive; none while it is the current schedule. */
  @Property({ type: 'string', length: 10, nullable: true })
  validTo?: string | null;

  /** Week A and week B alternate, week A being the week of `validFrom`. */
  @Property({ type: 'boolean' })
  alternating: Opt<boolean> = false;

  @Property({ type: 'json' })
  days!: StoredScheduleDay[];
}
