import {
  INDICATOR_COLUMNS, LEVEL_WORD, headerKey, type IndicatorColumn,
} from './framework-file-format.js';
import type { FilePlaces } from './framework-file-places.js';
import type { Sheet } from './workbook-sheet.js';

/** Content as read, before the validation of `POST /frameworks` says whether it is right. */
interface IndicatorDraft { key?: string; text: string; levels: string[]; uri?: string }
interface CompetenceDraft {
  key?: string; name: string; description?: string; uri?: string; indicators: IndicatorDraft[];
}
interface GroupDraft { key?: string; name: string; uri?: string; competences: CompetenceDraft[] }

type Column = IndicatorColumn | number;
const REQUIRED: Column[] = ['group', 'competence', 'indicator', 1];

function columnOf(text: string): Column | undefined {
  const key = headerKey(text);
  const level = /^(?:niveau|level) ?(\d+)$/.exec(key);
  if (level) return Number(level[1]);
  return (Object.keys(INDICATOR_COLUMNS) as IndicatorColumn[]).find((column) =>
    headerKey(INDICATOR_COLUMNS[column].nl) === key
    || headerKey(INDICATOR_COLUMNS[column].en) === key);
}

function columnName(column: Column): string {
  return typeof column === 'number' ? `${LEVEL_WORD.nl} ${column}` : INDICATOR_COLUMNS[column].nl;
}

/**
 * Reads the indicator sheet: a header row, then one row per indicator. An empty group or
 * competence cell continues the one above (a merged cell reads this way too); a new name or
 * key starts the next one. Empty rows are skipped.
 */
export function readIndicatorSheet(sheet: Sheet, places: FilePlaces): GroupDraft[] {
  let header = 0;
  while (header < sheet.rowCount && sheet.isEmpty(header)) header++;
  const columns = headerColumns(sheet, header);
  if (!columns) return [];

  const levelCount = Math.max(0, ...[...columns.keys()].filter((c) => typeof c === 'number'));
  const groups: GroupDraft[] = [];
  places.set('content', sheet.name);
  places.set('content.groups', sheet.name);

  for (let row = header + 1; row < sheet.rowCount; row++) {
    if (sheet.isEmpty(row)) continue;
    const get = (column: Column) => {
      const at = columns.get(column);
      return at === undefined ? null : sheet.text(row, at);
    };
    const placeOf = (field: string, column: Column) => {
      const at = columns.get(column);
      if (at !== undefined) places.set(field, sheet.cell(row, at));
    };
    for (let at = 0; at < sheet.width(row); at++) {
      if (![...columns.values()].includes(at) && sheet.text(row, at) !== null) {
        sheet.problem(`${sheet.cell(row, at)}: has a value in a column without a header`);
      }
    }

    let group = groups.at(-1);
    const groupName = get('group');
    const groupKey = get('groupKey');
    if (!group || (groupName !== null && groupName !== group.name)
      || (groupKey !== null && groupKey !== group.key)) {
      group = { name: groupName ?? '', competences: [], ...(groupKey ? { key: groupKey } : {}) };
      groups.push(group);
      const at = `content.groups.${groups.length - 1}`;
      places.set(at, sheet.row(row));
      placeOf(`${at}.name`, 'group');
      placeOf(`${at}.key`, 'groupKey');
    }
    const groupAt = `content.groups.${groups.length - 1}`;
    merge(sheet, group, 'uri', get('groupUri'), () => placeOf(`${groupAt}.uri`, 'groupUri'),
      columns.get('groupUri'), row);

    let competence = group.competences.at(-1);
    const competenceName = get('competence');
    const competenceKey = get('competenceKey');
    if (!competence || (competenceName !== null && competenceName !== competence.name)
      || (competenceKey !== null && competenceKey !== competence.key)) {
      competence = {
        name: competenceName ?? '', indicators: [],
        ...(competenceKey ? { key: competenceKey } : {}),
      };
      group.competences.push(competence);
      const at = `${groupAt}.competences.${group.competences.length - 1}`;
      places.set(at, sheet.row(row));
      placeOf(`${at}.name`, 'competence');
      placeOf(`${at}.key`, 'competenceKey');
    }
    const competenceAt = `${groupAt}.competences.${group.competences.length - 1}`;
    merge(sheet, competence, 'uri', get('competenceUri'),
      () => placeOf(`${competenceAt}.uri`, 'competenceUri'), columns.get('competenceUri'), row);
    merge(sheet, competence, 'description', get('description'),
      () => placeOf(`${competenceAt}.description`, 'description'), columns.get('description'),
      row);

    const indicatorAt = `${competenceAt}.indicators.${competence.indicators.length}`;
    const key = get('indicatorKey');
    const uri = get('indicatorUri');
    competence.indicators.push({
      text: get('indicator') ?? '', levels: levelsOf(get, levelCount),
      ...(key ? { key } : {}), ...(uri ? { uri } : {}),
    });
    places.set(indicatorAt, sheet.row(row));
    places.set(`${indicatorAt}.levels`, sheet.row(row));
    placeOf(`${indicatorAt}.text`, 'indicator');
    placeOf(`${indicatorAt}.key`, 'indicatorKey');
    placeOf(`${indicatorAt}.uri`, 'indicatorUri');
    for (let level = 1; level <= levelCount; level++) {
      placeOf(`${indicatorAt}.levels.${level - 1}`, level);
    }
  }
  if (groups.length === 0) sheet.problem(`${sheet.name}: has no indicator rows`);
  return groups;
}

/** The header's columns, or undefined (with the problems said) when they cannot be read. */
function headerColumns(sheet: Sheet, header: number): Map<Column, number> | undefined {
  const columns = new Map<Column, number>();
  let readable = true;
  for (let at = 0; at < sheet.width(header); at++) {
    const text = sheet.text(header, at);
    if (text === null) continue;
    const column = columnOf(text);
    if (column === undefined) {
      sheet.problem(`${sheet.cell(header, at)}: "${text}" is not a column of this sheet`);
      readable = false;
    } else if (columns.has(column)) {
      sheet.problem(`${sheet.cell(header, at)}: the column ${text} is there twice`);
      readable = false;
    } else {
      columns.set(column, at);
    }
  }
  const levels = [...columns.keys()].filter((c): c is number => typeof c === 'number');
  const missing = [...REQUIRED, ...levels.map((_, n) => n + 1)]
    .filter((column, n, all) => all.indexOf(column) === n && !columns.has(column));
  for (const column of missing) {
    sheet.problem(`${sheet.row(header)}: has no column ${columnName(column)}`);
    readable = false;
  }
  return readable ? columns : undefined;
}

/** Levels 1 to the last one described; one left empty in between stays, as an empty text. */
function levelsOf(get: (column: Column) => string | null, count: number): string[] {
  const levels = Array.from({ length: count }, (_, n) => get(n + 1));
  while (levels.length > 0 && levels.at(-1) === null) levels.pop();
  return levels.map((level) => level ?? '');
}

/**
 * A property of a group or competence given on one of its rows: the first row that gives it
 * sets it; a later row that gives another value is a mistake, not a silent choice.
 */
function merge<T extends { uri?: string; description?: string }>(sheet: Sheet, item: T,
  property: 'uri' | 'description', value: string | null, place: () => void,
  column: number | undefined, row: number): void {
  if (value === null) return;
  if (item[property] === undefined) {
    item[property] = value;
    place();
  } else if (item[property] !== value) {
    sheet.problem(`${sheet.cell(row, column ?? 0)}: differs from the ${property} given above`);
  }
}
