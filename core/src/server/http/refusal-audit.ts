import type { RegisteredRoute } from './route-registrar.js';
import type { RequestContext } from './request-context.js';
import { AuditEntry } from '../entities/audit-entry.js';
import { Tenant } from '../entities/tenant.js';
import { forkForTenant } from '../db/tenant-filter.js';
import { ForbiddenError, MAX_LISTED_PROBLEMS, ValidationError } from './errors.js';
import { UNKNOWN_FIELD } from './zod-problems.js';
import { loggableError } from './driver-error-log.js';
import { HiddenSectionError } from './section-guard.js';

/**
 * Writes an audit entry when a signed-in account of a tenant is refused something it tried on
 * purpose: a forbidden route, a dossier section it may not read (hidden from employees, or
 * confidential and its role not named), or a body with fields it may not set (a role, a tenant,
 * a nested record; case C20). Written through its own entity manager, so nothing of the refused
 * request is stored with it. Field names only, never values.
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
  const hiddenSection = error instanceof HiddenSectionError ? error.section : undefined;
  if (!(error instanceof ForbiddenError) && !hiddenSection && refusedFields.length === 0) return;

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
      reason: reasonOf(error, hiddenSection),
      ...(hiddenSection ? { section: hiddenSection } : {}),
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

function reasonOf(error: unknown, hiddenSection: string | undefined): string {
  if (error instanceof ForbiddenError) return error.code;
  return hiddenSection ? 'section_hidden' : 'unknown_fields';
}
