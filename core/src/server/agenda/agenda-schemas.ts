import { z } from 'zod';
import { isCalendarDate } from '../../common/dates.js';
import { AGENDA_COACH_ALL, AGENDA_COACH_ME, AGENDA_MAX_DAYS_APART } from '../../common/agenda.js';
import { isEntityId } from '../entities/base-entity.js';
import { daysApart } from './agenda-week.js';

const calendarDate = z.string()
  .refine(isCalendarDate, 'must be a real date as YYYY-MM-DD')
  .meta({ format: 'date' });

/**
 * The id of a row the service looks up in the tenant. Marked `uuid` for the OpenAPI document
 * and the isolation walker, which then tries every kind of another tenant's ids here.
 */
const rowId = z.string().max(36, 'is not an id')
  .refine(isEntityId, 'is not an id')
  .transform((id) => id.toLowerCase())
  .meta({ format: 'uuid' });

/** `me`, `all` or a colleague's account id. */
const coach = z.union([rowId, z.enum([AGENDA_COACH_ME, AGENDA_COACH_ALL])], {
  error: `must be ${AGENDA_COACH_ME}, ${AGENDA_COACH_ALL} or the id of a colleague`,
});

/**
 * `GET /api/agenda`. A range names its first and last day; one of the two alone means the seven
 * days from or up to it, and neither the current week in Belgium.
 */
export const agendaQuery = z.strictObject({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  coach: coach.default(AGENDA_COACH_ME),
  department: rowId.optional(),
  team: rowId.optional(),
}).superRefine((query, ctx) => {
  if (!query.from || !query.to) return;

  const days = daysApart(query.from, query.to);
  if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  if (days > AGENDA_MAX_DAYS_APART) {
    const message = `must be at most ${AGENDA_MAX_DAYS_APART} days after from`;
    ctx.addIssue({ code: 'custom', path: ['to'], message });
  }
});

export type AgendaQueryInput = z.output<typeof agendaQuery>;
