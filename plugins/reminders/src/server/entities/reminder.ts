import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Account, Person, TenantOwnedEntity } from '@dots/core';

/**
 * A follow-up that one account set for itself, optionally about one person. The due date is a
 * calendar date and the time a wall-clock time in Belgium, both kept as text, so no zone or
 * driver can move a reminder to another day.
 */
@Entity({ tableName: 'reminder' })
@Index({ properties: ['tenant', 'owner', 'done', 'dueDate'] })
@Index({ properties: ['tenant', 'person'] })
export class Reminder extends TenantOwnedEntity {
  /** The account that set it; only that account sees it. */
  @ManyToOne({ entity: () => Account, deleteRule: 'cascade' })
  owner!: Rel<Account>;

  /**
   * The person it is about. Deleting the person deletes the reminder too: its text is about
   * that person and must not outlive the dossier.
   */
  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'cascade' })
  person?: Rel<Person> | null;

  /** `YYYY-MM-DD`. */
  @Property({ type: 'string', length: 10 })
  dueDate!: string;

  /** `HH:MM`, local time in Belgium; none means "some time that day". */
  @Property({ type: 'string', length: 5, nullable: true })
  dueTime?: string | null;

  @Property({ type: 'string', length: 500 })
  text!: string;

  @Property({ type: 'boolean' })
  done: Opt<boolean> = false;

  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;
}
