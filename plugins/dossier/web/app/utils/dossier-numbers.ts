const LOCALE_TAGS: Record<string, string> = { nl: 'nl-BE', en: 'en-GB' };

/** Hours as the server computed them, written the local way (`19,5`). */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale] ?? locale, { maximumFractionDigits: 2 })
    .format(hours);
}

/** The server's work fraction (0.5132) as a percentage (`51,32 %`). */
export function formatFraction(fraction: number, locale: string): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale] ?? locale, {
    style: 'percent', maximumFractionDigits: 2,
  }).format(fraction);
}

/** Planned minutes of a day, from the server, as hours and minutes (`7:30`). */
export function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
