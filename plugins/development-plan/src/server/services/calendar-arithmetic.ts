/**
 * Arithmetic on `YYYY-MM-DD` calendar dates, done on the numbers of the date in UTC so no server
 * time zone or summer time can move a day.
 */

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year!, month!, day!];
}

function format(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return format(new Date(Date.UTC(year, month - 1, day + days)));
}

/**
 * `date` plus `months` calendar months; a day the target month lacks becomes its last day, so
 * 31 January plus one month is 28 (or 29) February, never 3 March.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}
