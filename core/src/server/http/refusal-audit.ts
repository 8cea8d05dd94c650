import type { RegisteredRoute } from './route-registrar.js';
import type { RequestContext } from './request-context.js';
import { AuditEntry } from '../entities/audit-entry.js';
import { Tenant } from '../entities/tenant.js';
import { forkForTenant } from '../db/tenant-filter.js';
import { ForbiddenError, MAX_LISTED_PROBLEMS, ValidationError } from './errors.js';
import { UNKNOWN_FIELD } from './zod-problems.js';
import { loggableError } from './driver-error-log.js';

/**
 * Writes an audit entry when a signed-in account of a tenant is refused something it tried on
 * purpose: a forbidden route, or a body with fields it may not set (a role, a tenant, a nested
 * record; case C20). Written through its own entity manager, so nothing of the refused request
 * is stored with it. Field names only, never values.
 */
export async function auditRefusal(
  ctx: RequestContext | undefined,
  route: RegisteredRoute,
  error: unknown,
): Promise<void> {
  if (!ctx?.tenant || !ctx.account) return;
  const refusedFields = error instanceof ValidationError
    ? (error.errors ?? []).filter((p) => p.message === UNKNOWN_FIELD).map((p) => p.field)
    : [];
  if (!(error instanceof ForbiddenError) && refusedFields.length === 0) return;

  // As many names as the answer lists: a body of thousands of keys must not bloat the audit.
  const listed = refusedFields.slice(0, MAX_LISTED_PROBLEMS);
  const moreFields = refusedFields.length - listed.length;

  const em = forkForTenant(ctx.em, ctx.tenant.id);
  em.persist(em.create(AuditEntry, {
    tenant: em.getReference(Tenant, ctx.tenant.id),
    accountId: ctx.account.id,
    action: 'request.refused',
    subjectType: 'route',
    details: {
      route: `${route.method.toUpperCase()} ${route.fullPath}`,
      reason: error instanceof ForbiddenError ? error.code : 'unknown_fields',
      ...(listed.length > 0 ? { fields: listed } : {}),
      ...(moreFields > 0 ? { moreFields } : {}),
    },
  }));
  try {
    await em.flush();
  } catch (failure) {
    const err = loggableError(failure);
    ctx.log.error({ err, route: route.fullPath }, 'could not audit a refused request');
  }
}
