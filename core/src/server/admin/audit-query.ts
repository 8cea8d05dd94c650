import { z } from 'zod';
import type { FilterQuery } from '@mikro-orm/core';
import type { AuditEntry } from '../entities/audit-entry.js';
import { isCalendarDate } from '../../common/dates.js';

/** A calendar day (`2026-03-01`, a whole day in Belgium) or an instant with its offset. */
const moment = z.string().max(40).refine(
  (value) => isCalendarDate(value) || z.iso.datetime({ offset: true }).safeParse(value).success,
  'use YYYY-MM-DD or an ISO date-time with offset',
);

/** Filters and paging of `GET /api/admin/audit`; `to` may not come before `from`. */
export const auditListQuery = z.strictObject({
  personId: z.string().min(1).max(36).optional(),
  accountId: z.string().min(1).max(36).optional(),
  /** An action (`account.update`), or every action under a prefix (`account.*`). */
  action: z.string().max(80)
    .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\.\*)?$/, 'is not an action name')
    .optional(),
  from: moment.optional(),
  to: moment.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}).refine((query) => !endsBeforeItStarts(query), {
  path: ['to'], message: 'must not be before from',
});

export type AuditListQuery = z.output<typeof auditListQuery>;

/** The conditions of a query; `from` and `to` both include the moment or day they name. */
export function auditWhere(query: AuditListQuery): FilterQuery<AuditEntry> {
  const where: Record<string, unknown> = {};
  if (query.personId) where.personId = query.personId;
  if (query.accountId) where.accountId = query.accountId;
  if (query.action?.endsWith('.*')) where.action = { $like: `${query.action.slice(0, -1)}%` };
  else if (query.action) where.action = query.action;

  const at: Record<string, Date> = {};
  if (query.from) at.$gte = startOf(query.from);
  if (query.to) at.$lt = endOf(query.to);
  if (Object.keys(at).length > 0) where.at = at;
  return where as FilterQuery<AuditEntry>;
}

/** Whether `to` ends before `from` begins: a day counts from its first moment to its last. */
function endsBeforeItStarts(query: { from?: string; to?: string }): boolean {
  if (!query.from || !query.to) return false;
  return endOf(query.to).getTime() <= startOf(query.from).getTime();
}

/** The first moment `from` includes. */
function startOf(from: string): Date {
  return isCalendarDate(from) ? startOfBrusselsDay(from) : new Date(from);
}

/** The first moment after what `to` includes. */
function endOf(to: string): Date {
  return isCalendarDate(to)
    ? startOfBrusselsDay(nextDay(to))
    : new Date(new Date(to).getTime() + 1);
}

/**
 * Midnight in Brussels as an instant. The offset is read at 00:00 UTC of that date, which falls
 * on the same side of a daylight-saving change as Brussels midnight (changes happen at 01:00 UTC).
 */
export function startOfBrusselsDay(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels', timeZoneName: 'longOffset',
  }).formatToParts(utcMidnight).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const sign = match?.[1] === '-' ? -1 : 1;
  const offsetMinutes = match ? sign * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight.getTime() - offsetMinutes * 60_000);
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
