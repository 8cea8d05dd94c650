import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Account } from '../entities/account.js';
import type { Tenant } from '../entities/tenant.js';
import type { Role } from '../../common/roles.js';
import { UnauthorizedError } from './errors.js';

export interface AuditFact {
  action: string;
  subjectType: string;
  subjectId?: string;
  personId?: string;
  details?: Record<string, unknown>;
  /** Only for platform actions outside a tenant; inside one the tenant is the context's. */
  tenantId?: string;
}

/**
 * What a route handler knows about the request: who asks, for which tenant, and an entity manager
 * forked for this request with the tenant filter set. Handlers never pick a tenant themselves.
 */
export interface RequestContext {
  readonly requestId: string;
  readonly em: EntityManager;
  readonly log: Logger;
  readonly account?: Account;
  readonly tenant?: Tenant;
  readonly role?: Role | 'platform-admin';
  readonly permissions: ReadonlySet<string>;
  /** The person an employee account is linked to. */
  readonly ownPersonId?: string;
  readonly locale: 'nl' | 'en';
  /** The signed-in tenant's id; throws 401 outside a tenant. */
  tenantId(): string;
  requireAccount(): Account;
  can(permission: string): boolean;
  /** Queues an audit entry; it is stored in the same flush as the change it describes. */
  audit(fact: AuditFact): void;
}

export function tenantIdOf(ctx: Pick<RequestContext, 'tenant'>): string {
  if (!ctx.tenant) throw new UnauthorizedError('Sign in to an organisation first.');
  return ctx.tenant.id;
}
