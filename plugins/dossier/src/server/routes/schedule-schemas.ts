import { z } from 'zod';
import {
  PERIOD_MESSAGE, calendarDate, optionalText, periodProblem, timeOfDay,
} from './dossier-schemas.js';
import { spanMinutes } from '../services/schedule-hours.js';

/**
 * One working day of the weekly pattern. An end before the start is on the next day (a night
 * shift); an end equal to the start is refused, as nobody plans a day of 0 or 24 hours.
 */
const scheduleDay = z.strictObject({
  week: z.enum(['A', 'B'], 'must be A or B').default('A'),
  weekday: z.number('must be a number').int('must be a whole number')
    .min(1, 'must be 1 (Monday) to 7 (Sunday)').max(7, 'must be 1 (Monday) to 7 (Sunday)'),
  start: timeOfDay,
  end: timeOfDay,
  breakMinutes: z.number('must be a number').int('must be a whole number')
    .min(0, 'must not be negative').max(720, 'must be at most 720').default(0),
});

type ScheduleDayInput = z.output<typeof scheduleDay>;

const days = z.array(scheduleDay, 'must be a list of working days')
  .min(1, 'must name at least one working day').max(14, 'must name at most 14 days');

/** Problems of a pattern that no field alone shows, each at the path of the field to fix. */
export function checkPattern(
  pattern: ScheduleDayInput[],
  alternating: boolean,
  issue: (message: string, path: Array<string | number>) => void,
): void {
  const seen = new Set<string>();
  pattern.forEach((day, index) => {
    const key = `${day.week}${day.weekday}`;
    if (seen.has(key)) issue('is planned twice in the same week', [index, 'weekday']);
    seen.add(key);

    if (day.week === 'B' && !alternating) {
      issue('is only for alternating schedules (set alternating)', [index, 'week']);
    }
    const span = spanMinutes(day.start, day.end);
    if (span === 0) issue('must differ from start', [index, 'end']);
    else if (day.breakMinutes >= span) {
      issue('must be shorter than the day', [index, 'breakMinutes']);
    }
  });
}

/** `POST /api/dossier/people/:personId/schedules`: a new schedule ends the previous one. */
export const scheduleCreateBody = z.strictObject({
  label: optionalText(120),
  validFrom: calendarDate,
  validTo: calendarDate.nullable().optional(),
  alternating: z.boolean('must be true or false').default(false),
  days,
}).superRefine((body, ctx) => {
  if (periodProblem(body.validFrom, body.validTo)) {
    ctx.addIssue({ code: 'custom', message: PERIOD_MESSAGE, path: ['validTo'] });
  }
  checkPattern(body.days, body.alternating, (message, path) => {
    ctx.addIssue({ code: 'custom', message, path: ['days', ...path] });
  });
});

/**
 * `PATCH /api/dossier/schedules/:id`. `validFrom` cannot change: a schedule that starts on
 * another day is a new schedule, so the history shows the change. Sending `days` or
 * `alternating` replaces the pattern; both are checked together against the stored row.
 */
export const schedulePatchBody = z.strictObject({
  label: optionalText(120),
  validTo: calendarDate.nullable().optional(),
  alternating: z.boolean('must be true or false').optional(),
  days: days.optional(),
}).refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

/** `GET /api/dossier/people/:personId/schedule-week?date=`: the week of that date. */
export const scheduleWeekQuery = z.strictObject({
  /** @default today in Brussels */
  date: calendarDate.optional(),
});

export type ScheduleCreateBody = z.output<typeof scheduleCreateBody>;
export type SchedulePatchBody = z.output<typeof schedulePatchBody>;
export type ScheduleWeekQuery = z.output<typeof scheduleWeekQuery>;
