import type { PersonalDataEntryDto } from '#common';

/** The words a value needs besides itself: yes, no, and the mark of an empty value. */
export interface PortalValueWords {
  yes: string;
  no: string;
  empty: string;
}

/**
 * A personal-data value as the portal shows it, by its kind: a calendar date as dd/mm/yyyy (it
 * never passes through a Date in the browser's zone), a number as Belgians write it.
 */
export function portalValue(
  entry: PersonalDataEntryDto,
  locale: string,
  words: PortalValueWords,
): string {
  const value = entry.value;
  if (value === null || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (entry.kind === 'date' && typeof value === 'string') return formatCalendarDate(value, locale);
  if (typeof value === 'number') return value.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-BE');
  return String(value);
}

/** Dutch or English of a bilingual label. */
export function bilingual(
  item: { labelNl: string; labelEn: string },
  locale: string,
): string {
  return locale === 'en' ? item.labelEn : item.labelNl;
}
