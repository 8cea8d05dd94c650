import { stringify } from 'csv-stringify/sync';
import type { ReportCell, ReportColumn } from '../../common/reports.js';

/** What makes a spreadsheet read a cell as a formula (case C13). */
const FORMULA_START = /^[=+\-@\t\r]/;

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
  // Belgian Excel reads `;` as the separator and `,` as the decimal mark. The library quotes a
  // cell holding the separator, a quote or CRLF; a lone line break must be quoted as well.
  return stringify([header, ...lines], {
    bom: true, delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]/,
  });
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
  return FORMULA_START.test(text) ? `'${text}` : text;
}
