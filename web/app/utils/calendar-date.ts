const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const LOCALE_TAGS: Record<string, string> = { nl: 'nl-BE', en: 'en-GB' };

/**
 * Shows a `YYYY-MM-DD` calendar date as the locale writes it (03/12/2026 in Dutch). The date is
 * placed at noon UTC and formatted in UTC, so no browser zone can move it to another day
 * (cases C1: a date is not an instant).
 */
export function formatCalendarDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;

  const instant = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale] ?? locale, {
    day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC',
  }).format(instant);
}

/** An instant (ISO text) in Belgian time, e.g. the last sign-in. */
export function formatInstant(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale] ?? locale, {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(new Date(value));
}
