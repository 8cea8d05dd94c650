import { z } from 'zod';
import { isCalendarDate } from '@dots/core';

/** A real calendar date as `YYYY-MM-DD`. */
export const calendarDate = z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD');

/** A wall-clock time of day; 24:00 and seconds are refused. */
export const timeOfDay = z.string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM');

/** A trimmed, non-empty text of at most `max` characters. */
export function requiredText(max: number) {
  return z.string().trim().min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
}

/** A text that may be left out or cleared with null; an empty text clears it too. */
export function optionalText(max: number) {
  return z.string().trim().max(max, `must be at most ${max} characters`)
    .transform((value) => value || null).nullable().optional();
}

/** A phone number as people write it: digits, spaces and + ( ) . / - */
export const phoneNumber = z.string().trim()
  .max(40, 'must be at most 40 characters')
  .regex(/^\+?[0-9 ()./-]{6,}$/, 'must be a phone number, e.g. +32 470 12 34 56');

/** `validTo`, when given, may not come before `validFrom`. */
export function periodProblem(validFrom: string, validTo?: string | null): boolean {
  return !!validTo && validTo < validFrom;
}

export const PERIOD_MESSAGE = 'must not be before validFrom';
