import type { ScheduleWeek } from '../../common/dossier-views.js';
import { daysBetween, mondayOf } from './calendar-dates.js';

/**
 * The hours of a schedule are PLANNED hours: wall-clock end minus wall-clock start, minus the
 * break. A night shift from 22:00 to 06:00 is 8 hours in every week, also in the night summer
 * time starts (when the clock skips an hour and 7 hours pass) or ends (when 9 pass). Contracts,
 * work fractions and the social documents count planned hours, so DOTS reports them everywhere
 * and never elapsed time; no computation here looks at a time zone.
 */
export const MINUTES_PER_DAY = 24 * 60;

/** What the hours of a working day are computed from. */
export interface ScheduleDayTimes {
  week: ScheduleWeek;
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

/** `HH:MM` as minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Wall-clock minutes from start to end; an end before the start is on the next day. */
export function spanMinutes(start: string, end: string): number {
  return (minutesOf(end) - minutesOf(start) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Planned working minutes of one day: its span minus its break. */
export function plannedMinutesOf(day: ScheduleDayTimes): number {
  return spanMinutes(day.start, day.end) - day.breakMinutes;
}

/** Planned minutes of week A or week B of a pattern. */
export function weekMinutes(days: readonly ScheduleDayTimes[], week: ScheduleWeek): number {
  return days.filter((day) => day.week === week)
    .reduce((sum, day) => sum + plannedMinutesOf(day), 0);
}

/** Hours to two decimals, from minutes. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

export interface ScheduleHours {
  hoursWeekA: number;
  hoursWeekB: number | null;
  hoursPerWeek: number;
  workFraction: number;
}

/**
 * Hours per week of a pattern and its work fraction against a full-time week of
 * `fullTimeHours`. An alternating pattern counts the average of its two weeks.
 */
export function scheduleHours(
  days: readonly ScheduleDayTimes[],
  alternating: boolean,
  fullTimeHours: number,
): ScheduleHours {
  const a = weekMinutes(days, 'A');
  const b = alternating ? weekMinutes(days, 'B') : null;
  const perWeek = b === null ? a : (a + b) / 2;

  return {
    hoursWeekA: hoursOf(a),
    hoursWeekB: b === null ? null : hoursOf(b),
    hoursPerWeek: hoursOf(perWeek),
    workFraction: Math.round((perWeek / (fullTimeHours * 60)) * 10000) / 10000,
  };
}

/** Week A or B on `date` of an alternating schedule that starts on `validFrom` (a week A). */
export function weekOn(validFrom: string, date: string, alternating: boolean): ScheduleWeek {
  if (!alternating) return 'A';
  const weeks = Math.floor(daysBetween(mondayOf(validFrom), mondayOf(date)) / 7);
  return weeks % 2 === 0 ? 'A' : 'B';
}
