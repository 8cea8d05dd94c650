import { z } from 'zod';
import { isCalendarDate } from '@dots/core';

/** The longest reminder text; a reminder is a line, not a report. */
export const REMINDER_TEXT_MAX = 500;

const text = z.string().trim().min(1, 'must not be empty')
  .max(REMINDER_TEXT_MAX, `must be at most ${REMINDER_TEXT_MAX} characters`);

const dueDate = z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD');

/** A wall-clock time in Belgium; 24:00 and seconds are refused. */
const dueTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM');

/**
 * `POST /api/reminders`. `id` is made by the client (the coach layout writes offline), so
 * sending the same reminder twice stores it once.
 */
export const reminderCreateBody = z.strictObject({
  // Lower case, as every id is stored: SQLite compares case by case and MariaDB does not.
  id: z.uuid('must be a UUID').transform((id) => id.toLowerCase()).optional(),
  text,
  dueDate,
  dueTime: dueTime.nullable().optional(),
  personId: z.uuid('must be a UUID').transform((id) => id.toLowerCase()).nullable().optional(),
});

/** `PATCH /api/reminders/:id`; `dueTime: null` clears the time. */
export const reminderPatchBody = z.strictObject({
  text: text.optional(),
  dueDate: dueDate.optional(),
  dueTime: dueTime.nullable().optional(),
  done: z.boolean().optional(),
}).refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

/** `GET /api/reminders`. `due=today`: due today or earlier in Belgium, and not done. */
export const reminderListQuery = z.strictObject({
  due: z.enum(['today']).optional(),
  personId: z.uuid('must be a UUID').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export type ReminderCreateBody = z.output<typeof reminderCreateBody>;
export type ReminderPatchBody = z.output<typeof reminderPatchBody>;
export type ReminderListQuery = z.output<typeof reminderListQuery>;
