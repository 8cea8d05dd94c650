import { TZDate } from '@date-fns/tz';
import { addMonths, format } from 'date-fns';

/**
 * When a periodic measurement is due, by the rules of docs/competences.md ("Cycles"). Pure: the
 * server, the agenda and the web app compute the same dates from the same rows.
 */

/** How long a cycle may be, in whole months. */
export const CYCLE_INTERVAL_MONTHS = { min: 1, max: 36 } as const;

/** A cycle as the rules read it: exactly one of `employeeTypeId` and `personId` is set. */
export interface CycleRule {
  id: string;
  frameworkId: string;
  employeeTypeId: string | null;
  personId: string | null;
  intervalMonths: number;
  /** `YYYY-MM-DD`. */
  startsOn: string;
  withSelfAssessment: boolean;
}

/** What the rules need of a person; dates are `YYYY-MM-DD`. */
export interface CyclePerson {
  id: string;
  employeeTypeId: string | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
}

/** One framework a person is due to be measured on. */
export interface CycleDue {
  frameworkId: string;
  cycleId: string;
  intervalMonths: number;
  /** The date of the last final periodic coach measurement on the framework, if any. */
  lastDate: string | null;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  /** The due date lies before today in Belgium. */
  overdue: boolean;
  withSelfAssessment: boolean;
}

const DAY = 'yyyy-MM-dd';

/** Today's calendar date in Belgium, whatever zone the server or browser runs in. */
export function todayInBelgium(now: Date = new Date()): string {
  return format(new TZDate(now, 'Europe/Brussels'), DAY);
}

/**
 * `date` plus `months`, by date-fns `addMonths`: a day the target month lacks becomes its last
 * day (31 January + 1 month = 28 or 29 February). Computed in UTC, which has no summer time, so
 * the server's zone never moves the day.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return format(addMonths(new TZDate(year, month - 1, day, 'UTC'), months), DAY);
}

/** Whether the person still works here on `today`: active, and no end date before it. */
export function isStillWorking(person: CyclePerson, today: string): boolean {
  return person.status === 'active' && (person.endDate === null || person.endDate >= today);
}

/**
 * The cycle that applies on each framework: the person's own, else their employee type's. Given
 * several of one kind on a framework (the service refuses that), the first one given wins.
 */
export function cyclesFor(person: CyclePerson, cycles: readonly CycleRule[]): CycleRule[] {
  const own = new Map<string, CycleRule>();
  const ofType = new Map<string, CycleRule>();

  for (const cycle of cycles) {
    const isOwn = cycle.personId === person.id;
    const isOfType = cycle.personId === null && cycle.employeeTypeId !== null
      && cycle.employeeTypeId === person.employeeTypeId;
    const target = isOwn ? own : isOfType ? ofType : undefined;
    if (target && !target.has(cycle.frameworkId)) target.set(cycle.frameworkId, cycle);
  }
  for (const [frameworkId, cycle] of ofType) {
    if (!own.has(frameworkId)) own.set(frameworkId, cycle);
  }
  return [...own.values()];
}

/**
 * The latest of: the last measurement plus the interval, the cycle's start and the person's
 * first working day. A cycle is never due before it starts, also when a measurement made
 * before it would have been due earlier.
 */
export function dueDateOf(cycle: CycleRule, person: CyclePerson, lastDate: string | null): string {
  const dates = [cycle.startsOn];
  if (person.startDate !== null) dates.push(person.startDate);
  if (lastDate !== null) dates.push(addCalendarMonths(lastDate, cycle.intervalMonths));
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}

/**
 * What a person is due for, by due date. Nothing for someone who no longer works here, nor a
 * date after their end date. `lastDates` maps a framework id to the date of the person's last
 * final periodic coach measurement on it.
 */
export function dueFor(
  person: CyclePerson,
  cycles: readonly CycleRule[],
  lastDates: ReadonlyMap<string, string>,
  today: string,
): CycleDue[] {
  if (!isStillWorking(person, today)) return [];

  return cyclesFor(person, cycles)
    .map((cycle) => {
      const lastDate = lastDates.get(cycle.frameworkId) ?? null;
      const dueDate = dueDateOf(cycle, person, lastDate);
      return {
        frameworkId: cycle.frameworkId, cycleId: cycle.id, intervalMonths: cycle.intervalMonths,
        lastDate, dueDate, overdue: dueDate < today, withSelfAssessment: cycle.withSelfAssessment,
      };
    })
    .filter((due) => person.endDate === null || due.dueDate <= person.endDate)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate)
      || a.frameworkId.localeCompare(b.frameworkId));
}
