import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Account } from './account.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of
 * the database cannot be used to sign in.
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['account'] })
export class Session {
  @Property({ type: 'string', length: 64, primary: true })
  tokenHash!: string;

  @ManyToOne({ entity: () => Account, deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Property({ type: 'Date' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'Date' })
  lastSeenAt: Opt<Date> = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;
}
