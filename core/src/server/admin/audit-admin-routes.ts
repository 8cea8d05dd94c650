import { injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { AuditEntry } from '../entities/audit-entry.js';
import { Account } from '../entities/account.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { auditListQuery, auditWhere } from './audit-query.js';

/**
 * `GET /api/admin/audit`: the tenant's audit log, newest first. Entries of one second are
 * ordered by id (UUID v7, so by creation), which keeps pages stable while new entries arrive.
 */
@injectable()
export class AuditAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/admin/audit', summary: 'The audit log, newest first',
      tags: ['admin'], access: { permission: PERMISSIONS.auditRead }, query: auditListQuery,
      handler: async (ctx, { query }) => {
        const [entries, total] = await ctx.em.findAndCount(AuditEntry, auditWhere(query), {
          orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: query.limit, offset: query.offset,
        });
        const names = await this.accountNames(ctx, entries);
        return {
          items: entries.map((entry) => ({
            id: entry.id,
            at: entry.at.toISOString(),
            accountId: entry.accountId ?? null,
            accountName: (entry.accountId && names.get(entry.accountId)) ?? null,
            personId: entry.personId ?? null,
            action: entry.action,
            subjectType: entry.subjectType,
            subjectId: entry.subjectId ?? null,
            details: entry.details ?? null,
          })),
          total,
        };
      },
    });
  }

  /** Display names of the tenant's accounts in a page; the platform admin's stay unnamed. */
  private async accountNames(
    ctx: RequestContext,
    entries: AuditEntry[],
  ): Promise<Map<string, string>> {
    const ids = [...new Set(entries.flatMap((entry) => entry.accountId ?? []))];
    if (ids.length === 0) return new Map();
    const accounts = await ctx.em.find(Account, { id: { $in: ids }, tenant: ctx.tenantId() }, {
      fields: ['displayName'],
    });
    return new Map(accounts.map((account) => [account.id, account.displayName]));
  }
}
