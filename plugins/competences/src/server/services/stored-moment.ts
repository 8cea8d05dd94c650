/**
 * A moment as MySQL and MariaDB store it: they keep a datetime to the second (and round a
 * fraction), so an answer given before the write says exactly what every later read says.
 */
export function wholeSecond(moment: Date): Date {
  return new Date(Math.floor(moment.getTime() / 1000) * 1000);
}
