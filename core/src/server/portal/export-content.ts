import type {
  AccessLogEntryDto, PersonalDataEntryDto, PersonalDataExportDto, PersonalDataSectionDto,
} from '../../common/portal.js';
import { exportTexts, type ExportTexts } from './export-texts.js';

/** Everything one export file holds, before it is written as JSON, HTML or PDF. */
export interface ExportContent {
  json: PersonalDataExportDto;
  /** The readable form of the sections, for HTML and PDF. */
  sections: PersonalDataSectionDto[];
  locale: 'nl' | 'en';
}

/** One access-log line in words. */
export interface AccessLogLine {
  when: string;
  who: string;
  what: string;
}

/** A calendar date `YYYY-MM-DD` as Belgians write it: dd/mm/yyyy. */
export function belgianDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** A moment in Belgian time, dd/mm/yyyy HH:MM, whatever zone the server runs in. */
export function belgianDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** An entry's value as text, by its kind. */
export function valueText(entry: PersonalDataEntryDto, texts: ExportTexts): string {
  if (entry.value === null || entry.value === '') return texts.empty;
  if (typeof entry.value === 'boolean') return entry.value ? texts.yes : texts.no;
  if (entry.kind === 'date' && typeof entry.value === 'string') return belgianDate(entry.value);
  if (typeof entry.value === 'number') return entry.value.toLocaleString('nl-BE');
  return String(entry.value);
}

export function labelOf(
  item: { labelNl: string; labelEn: string },
  locale: 'nl' | 'en',
): string {
  return locale === 'en' ? item.labelEn : item.labelNl;
}

/** The access log in words; a section's label comes from the sections of the same file. */
export function accessLogLines(content: ExportContent): AccessLogLine[] {
  const texts = exportTexts(content.locale);
  const labels = new Map(content.sections.map((s) => [s.section, labelOf(s, content.locale)]));
  const whatOf = (entry: AccessLogEntryDto) => {
    if (entry.action.endsWith('.export')) return texts.wholeExport;
    return (entry.section && labels.get(entry.section)) ?? texts.otherPart;
  };
  return content.json.accessLog.items.map((entry) => ({
    when: belgianDateTime(entry.when),
    who: entry.who.displayName,
    what: whatOf(entry),
  }));
}
