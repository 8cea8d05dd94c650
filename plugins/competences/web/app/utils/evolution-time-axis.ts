/**
 * The evolution chart's time axis: x is the day number of a point's date, so six months lie
 * twice as far apart as three, and two measurements on one day are two points at the same x.
 * Pure and free of imports, so `test/evolution-time-axis.test.ts` runs it without a browser.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date, counted in UTC: no zone moves it. */
export function evolutionDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number (a tick between two days takes the nearest one). */
export function evolutionDate(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/** What the axis needs of a point of an evolution line. */
export interface TimedPoint {
  perspective: 'coach' | 'self';
  date: string;
  value: number | null;
  text: string;
}

/** One point as chart.js draws it; `y: null` leaves a gap in the line, never a 0. */
export interface EvolutionChartPoint {
  x: number;
  y: number | null;
  /** The value as the table writes it, for the tooltip. */
  text: string;
}

/** Every point of one perspective, by date; points of one day keep the order they came in. */
export function evolutionChartPoints(
  points: TimedPoint[], perspective: TimedPoint['perspective'],
): EvolutionChartPoint[] {
  return points.filter((point) => point.perspective === perspective)
    .map((point) => ({ x: evolutionDay(point.date), y: point.value, text: point.text }))
    .sort((a, b) => a.x - b.x);
}

/**
 * The days the axis spans: every point's, with room on both sides so that the first and the
 * last point are not cut in half, and a few days either side of a single day.
 */
export function evolutionDayRange(points: TimedPoint[]): { min: number; max: number } {
  const days = points.map((point) => evolutionDay(point.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const room = Math.max(3, Math.ceil((last - first) * 0.05));
  return { min: first - room, max: last + room };
}
