import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Account } from '../entities/account.js';
import type { Person } from '../entities/person.js';
import type { Tenant } from '../entities/tenant.js';

/**
 * What a SeedContribution gets for one demo tenant. Each contribution has an entity manager of
 * its own: persist rows and return, and the seeder flushes them; a contribution that throws is
 * logged and nothing it persisted is stored.
 */
export interface SeedContext {
  /** Scoped to `tenant`: rows created here belong to it. */
  em: EntityManager;
  tenant: Tenant;
  /** The demo tenant's people, sorted by name, loaded in `em`. */
  people: Person[];
  /** Its admin, staff, coach and employee accounts, loaded in `em`. */
  accounts: Record<'admin' | 'staff' | 'coach' | 'employee', Account>;
  /** Deterministic, so every fresh start shows the same demo. */
  random: () => number;
  log: Logger;
}
