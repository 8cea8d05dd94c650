import type { AgendaItemDto } from '../../common/agenda.js';

const titles = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

/**
 * Day, then time (an item without one first, as "some time that day"), then title as a Dutch
 * reader sorts it; plugin and id last, so equal items keep one order on every request.
 */
export function compareAgendaItems(a: AgendaItemDto, b: AgendaItemDto): number {
  return compareText(a.date, b.date)
    || compareText(a.time ?? '', b.time ?? '')
    || titles.compare(a.title, b.title)
    || compareText(a.pluginId, b.pluginId)
    || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
