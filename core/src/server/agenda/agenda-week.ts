import { addDays, differenceInCalendarDays, endOfISOWeek, format, startOfISOWeek } from 'date-fns';
import { TZDate } from '@date-fns/tz';

const BRUSSELS = 'Europe/Brussels';
const DAY = 'yyyy-MM-dd';

export interface CalendarRange {
  from: string;
  to: string;
}

/**
 * Monday to Sunday of the week that holds `now` in Belgium. The arithmetic runs in Brussels
 * time, not the server's, so a server in any zone names the same week.
 */
export function brusselsWeekOf(now: Date): CalendarRange {
  const here = new TZDate(now, BRUSSELS);
  return { from: format(startOfISOWeek(here), DAY), to: format(endOfISOWeek(here), DAY) };
}

/** The seven days that start on `from`, or end on `to`, when a request names only one. */
export function weekFrom(from: string): CalendarRange {
  return { from, to: shiftDays(from, 6) };
}

export function weekUntil(to: string): CalendarRange {
  return { from: shiftDays(to, -6), to };
}

/**
 * Days from `from` to `to`, negative when `to` is earlier. Both are read as noon in Brussels,
 * so no summer-time change can make a day count as 23 or 25 hours.
 */
export function daysApart(from: string, to: string): number {
  return differenceInCalendarDays(atNoon(to), atNoon(from));
}

function shiftDays(day: string, days: number): string {
  return format(addDays(atNoon(day), days), DAY);
}

function atNoon(day: string): TZDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, date, 12, 0, 0, BRUSSELS);
}
