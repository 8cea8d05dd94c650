import type { RequestContext } from '@dots/core';

/** A row of the plugin: every one is about the person of its plan. */
interface AuditedRow {
  id: string;
  person: { id: string };
}

/** Queues the audit entry of a change to a plan or a part of it, with the fields it touched. */
export function auditPlanChange(
  ctx: RequestContext,
  action: string,
  subjectType: string,
  row: AuditedRow,
  fields: string[] = [],
): void {
  ctx.audit({
    action, subjectType, subjectId: row.id, personId: row.person.id, details: { fields },
  });
}
