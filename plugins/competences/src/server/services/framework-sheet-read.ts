import {
  FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION, FRAMEWORK_LABELS, LEVEL_WORD,
  headerKey, type FrameworkLabel,
} from './framework-file-format.js';
import type { FilePlaces } from './framework-file-places.js';
import type { Sheet } from './workbook-sheet.js';

/** What the framework sheet holds, as a part of the framework document. */
export interface FrameworkSheetFields {
  format: string;
  formatVersion: number;
  name: string;
  description: string | null;
  language?: string;
  source: { ready: string | null; attribution: string | null; licence: string | null };
  scale: string[];
}

type Found = { value: string | null; row: number };

/** A row's label: a field of the framework, or `level` with its number. */
function labelOf(text: string): FrameworkLabel | number | undefined {
  const key = headerKey(text);
  const level = /^(?:niveau|level) ?(\d+)$/.exec(key);
  if (level) return Number(level[1]);
  return (Object.keys(FRAMEWORK_LABELS) as FrameworkLabel[]).find((label) =>
    headerKey(FRAMEWORK_LABELS[label].nl) === key || headerKey(FRAMEWORK_LABELS[label].en) === key
    || (label === 'licence' && key === 'license'));
}

/** Reads the label/value rows of the framework sheet ("Kader"). */
export function readFrameworkSheet(sheet: Sheet, places: FilePlaces): FrameworkSheetFields {
  const fields = new Map<FrameworkLabel, Found>();
  const levels = new Map<number, Found>();

  for (let row = 0; row < sheet.rowCount; row++) {
    if (sheet.isEmpty(row)) continue;
    const label = sheet.text(row, 0);
    const value = sheet.text(row, 1);
    if (label === null) {
      if (value !== null) sheet.problem(`${sheet.cell(row, 0)}: has no label`);
      continue;
    }
    const id = labelOf(label);
    if (id === undefined) {
      sheet.problem(`${sheet.cell(row, 0)}: "${label}" is not a label of this sheet`);
      continue;
    }
    const seen = typeof id === 'number' ? levels : fields as Map<FrameworkLabel | number, Found>;
    const earlier = seen.get(id);
    if (earlier) {
      sheet.problem(`${sheet.cell(row, 0)}: ${label} is given twice ` +
        `(also in ${sheet.row(earlier.row)})`);
      continue;
    }
    seen.set(id, { value, row });
  }

  const at = (field: string, found: Found | undefined) => {
    if (found) places.set(field, sheet.cell(found.row, 1));
    return found?.value ?? null;
  };
  if (!fields.has('name')) {
    const { nl, en } = FRAMEWORK_LABELS.name;
    sheet.problem(`${sheet.name}: has no row ${nl} (${en})`);
  }
  const format = formatOf(at('format', fields.get('format')));
  places.set('formatVersion', places.of('format'));

  return {
    ...format,
    name: at('name', fields.get('name')) ?? '',
    description: at('description', fields.get('description')),
    ...(fields.has('language')
      ? { language: at('language', fields.get('language'))?.toLowerCase() ?? '' } : {}),
    source: {
      ready: at('source.ready', fields.get('ready')),
      attribution: at('source.attribution', fields.get('attribution')),
      licence: at('source.licence', fields.get('licence')),
    },
    scale: scaleOf(sheet, levels, places),
  };
}

/** "dots-competence-framework 1"; a sheet made by hand may leave the row out. */
function formatOf(value: string | null) {
  if (value === null) {
    return { format: FRAMEWORK_FILE_FORMAT, formatVersion: FRAMEWORK_FILE_FORMAT_VERSION };
  }
  const parts = /^(\S+)\s+(\d+)$/.exec(value);
  return parts
    ? { format: parts[1]!, formatVersion: Number(parts[2]) }
    : { format: value, formatVersion: FRAMEWORK_FILE_FORMAT_VERSION };
}

/** The levels, lowest first: rows "Niveau 1" up to the highest, none left out. */
function scaleOf(sheet: Sheet, levels: Map<number, Found>, places: FilePlaces): string[] {
  const highest = Math.max(0, ...levels.keys());
  const scale: string[] = [];
  for (let level = 1; level <= highest; level++) {
    const found = levels.get(level);
    if (!found) sheet.problem(`${sheet.name}: has no row ${LEVEL_WORD.nl} ${level}`);
    if (found) places.set(`content.scale.${level - 1}`, sheet.cell(found.row, 1));
    scale.push(found?.value ?? '');
  }
  const first = levels.get(1);
  places.set('content.scale', first ? sheet.row(first.row) : sheet.name);
  if (highest === 0) sheet.problem(`${sheet.name}: has no rows ${LEVEL_WORD.nl} 1 to 4 or 5`);
  return scale;
}
