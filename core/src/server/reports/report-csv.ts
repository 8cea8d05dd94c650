import type { ReportCell, ReportColumn } from '../../common/reports.js';

/** Belgian Excel reads `;` as the separator and `,` as the decimal mark. */
const SEPARATOR = ';';
const LINE_END = '\r\n';
const BOM = '\uFEFF';

/** What makes a spreadsheet read a cell as a formula (case C13). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What forces a cell into quotes (RFC 4180). */
const NEEDS_QUOTES = /[";\r\n]/;

/**
 * A report as CSV that Excel in Belgium opens as it is: a byte order mark so it reads UTF-8,
 * `;` between cells, CRLF between rows, the header in the reader's language.
 */
export function reportCsv(
  columns: ReportColumn[],
  rows: Array<Record<string, ReportCell>>,
  locale: 'nl' | 'en',
): string {
  const label = (column: ReportColumn) => (locale === 'en' ? column.labelEn : column.labelNl);
  const header = columns.map((column) => textCell(label(column)));
  const lines = rows.map((row) =>
    columns.map((column) => csvCell(row[column.key] ?? null, column)));
  return BOM + [header, ...lines].map((cells) => cells.join(SEPARATOR) + LINE_END).join('');
}

/**
 * One cell. A number of a number column is written as a number, with a decimal comma, so a
 * balance of -2 stays a number; everything else is text, and text that a spreadsheet would run
 * as a formula gets a leading apostrophe, which shows it literally.
 */
export function csvCell(value: ReportCell, column: Pick<ReportColumn, 'type'>): string {
  if (value === null) return '';
  if (column.type === 'number' && typeof value === 'number') {
    return String(value).replace('.', ',');
  }
  return textCell(String(value));
}

function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
