import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import type { FrameworkContent } from '../../common/framework-content.js';
import type { FrameworkFileDocument } from '../routes/framework-io-schemas.js';
import {
  FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION, FRAMEWORK_LABELS, INDICATOR_COLUMNS,
  LEVEL_WORD, SHEET_NAMES, type FileLanguage, type FrameworkLabel, type IndicatorColumn,
} from './framework-file-format.js';

/**
 * Every text is written as a text cell in the Text format (`@`): Excel then shows a text that
 * starts with `=`, `+`, `-` or `@` as it is, never as a formula (case C13), and does not turn a
 * typed "1/2" into a date when staff edit the cell.
 */
function textCell(value: string | null | undefined, bold = false): Cell {
  if (value === null || value === undefined || value === '') return null;
  return { value, type: String, format: '@', wrap: true, alignVertical: 'top',
    ...(bold ? { fontWeight: 'bold' as const } : {}) };
}

/**
 * The framework as a workbook of two sheets, with the names of the framework's language;
 * `content` is the document's, with every key.
 */
export function frameworkWorkbook(document: FrameworkFileDocument,
  content: FrameworkContent): Promise<Buffer> {
  const language: FileLanguage = document.language;
  const sheets: Sheet<never>[] = [
    { sheet: SHEET_NAMES.framework[language], data: frameworkRows(document, language),
      columns: [{ width: 20 }, { width: 80 }] },
    { sheet: SHEET_NAMES.indicators[language], data: indicatorRows(content, language),
      stickyRowsCount: 1, columns: indicatorWidths(content.scale.length) },
  ];
  return writeXlsxFile(sheets).toBuffer();
}

function frameworkRows(document: FrameworkFileDocument, language: FileLanguage): Row[] {
  const label = (name: FrameworkLabel) => textCell(FRAMEWORK_LABELS[name][language], true);
  return [
    [label('format'), textCell(`${FRAMEWORK_FILE_FORMAT} ${FRAMEWORK_FILE_FORMAT_VERSION}`)],
    [label('name'), textCell(document.name)],
    [label('description'), textCell(document.description)],
    [label('language'), textCell(document.language)],
    [label('ready'), textCell(document.source.ready)],
    [label('attribution'), textCell(document.source.attribution)],
    [label('licence'), textCell(document.source.licence)],
    ...document.content.scale.map((level, n) => [
      textCell(`${LEVEL_WORD[language]} ${n + 1}`, true), textCell(level),
    ]),
  ];
}

/** The columns in the order the indicator sheet has them; levels come after the indicator. */
const BEFORE_LEVELS: IndicatorColumn[] = ['group', 'competence', 'description', 'indicator'];
const AFTER_LEVELS: IndicatorColumn[] = [
  'groupKey', 'competenceKey', 'indicatorKey', 'groupUri', 'competenceUri', 'indicatorUri',
];

/**
 * One row per indicator. Group and competence are repeated on each of their rows, so the sheet
 * can be sorted and filtered; a competence's description is on its first row only.
 */
function indicatorRows(content: FrameworkContent, language: FileLanguage): Row[] {
  const header = [
    ...BEFORE_LEVELS.map((column) => textCell(INDICATOR_COLUMNS[column][language], true)),
    ...content.scale.map((_, n) => textCell(`${LEVEL_WORD[language]} ${n + 1}`, true)),
    ...AFTER_LEVELS.map((column) => textCell(INDICATOR_COLUMNS[column][language], true)),
  ];
  const rows: Row[] = [header];

  for (const group of content.groups) {
    for (const competence of group.competences) {
      competence.indicators.forEach((indicator, n) => rows.push([
        textCell(group.name), textCell(competence.name),
        textCell(n === 0 ? competence.description : null), textCell(indicator.text),
        ...indicator.levels.map((level) => textCell(level)),
        textCell(group.key), textCell(competence.key), textCell(indicator.key),
        textCell(group.uri), textCell(competence.uri), textCell(indicator.uri),
      ]));
    }
  }
  return rows;
}

function indicatorWidths(levels: number) {
  return [20, 24, 40, 40, ...Array<number>(levels).fill(30), 16, 16, 16, 30, 30, 30]
    .map((width) => ({ width }));
}
