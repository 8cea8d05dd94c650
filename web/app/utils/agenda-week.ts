import { addDays, format, getISOWeek, parseISO } from 'date-fns';

const DAY = 'yyyy-MM-dd';

/**
 * Calendar arithmetic on `YYYY-MM-DD` for the agenda. date-fns counts in the browser's own
 * days, so a summer-time change moves no day; nothing here is an instant.
 */
export function shiftDays(day: string, days: number): string {
  return format(addDays(parseISO(day), days), DAY);
}

/** The days from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDays(day, 1)) days.push(day);
  return days;
}

/** The ISO week number (Monday first, week 1 holds the first Thursday), as Belgium counts. */
export function isoWeekOf(day: string): number {
  return getISOWeek(parseISO(day));
}
