import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Account } from '../entities/account.js';
import type { Person } from '../entities/person.js';
import type { Tenant } from '../entities/tenant.js';

/** What a SeedContribution gets for one demo tenant. */
export interface SeedContext {
  /** Scoped to `tenant`: rows created here belong to it. */
  em: EntityManager;
  tenant: Tenant;
  /** The demo tenant's people and its admin, staff, coach and employee accounts. */
  people: Person[];
  accounts: Record<'admin' | 'staff' | 'coach' | 'employee', Account>;
  /** Deterministic, so every fresh start shows the same demo. */
  random: () => number;
  log: Logger;
}
