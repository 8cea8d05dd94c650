import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Account } from '../entities/account.js';
import { AuditEntry } from '../entities/audit-entry.js';
import { Tenant } from '../entities/tenant.js';
import type { Role } from '../../common/roles.js';
import type { AuditFact, RequestContext } from './request-context.js';
import { UnauthorizedError } from './errors.js';

export interface ContextInit {
  requestId: string;
  em: EntityManager;
  log: Logger;
  account?: Account;
  tenant?: Tenant;
  permissions: ReadonlySet<string>;
  locale: 'nl' | 'en';
}

export class HttpRequestContext implements RequestContext {
  readonly requestId: string;
  readonly em: EntityManager;
  readonly log: Logger;
  readonly account?: Account;
  readonly tenant?: Tenant;
  readonly role?: Role | 'platform-admin';
  readonly permissions: ReadonlySet<string>;
  readonly ownPersonId?: string;
  readonly locale: 'nl' | 'en';

  constructor(init: ContextInit) {
    this.requestId = init.requestId;
    this.em = init.em;
    this.log = init.log;
    this.account = init.account;
    this.tenant = init.tenant;
    this.role = init.account?.role;
    this.permissions = init.permissions;
    this.ownPersonId = init.account?.person?.id;
    this.locale = init.locale;
  }

  tenantId(): string {
    if (!this.tenant) throw new UnauthorizedError('Sign in to an organisation first.');
    return this.tenant.id;
  }

  requireAccount(): Account {
    if (!this.account) throw new UnauthorizedError();
    return this.account;
  }

  can(permission: string): boolean {
    return this.permissions.has(permission);
  }

  audit(fact: AuditFact): void {
    const tenantId = this.tenant?.id ?? fact.tenantId;
    if (!tenantId) return;
    this.em.persist(this.em.create(AuditEntry, {
      tenant: this.em.getReference(Tenant, tenantId),
      accountId: this.account?.id,
      personId: fact.personId,
      action: fact.action,
      subjectType: fact.subjectType,
      subjectId: fact.subjectId,
      details: fact.details,
    }));
  }
}
