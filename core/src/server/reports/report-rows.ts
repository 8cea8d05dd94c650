import type { ReportCell, ReportColumn } from '../../common/reports.js';
import type { ReportDefinition, ReportRow } from '../plugins/extension-points.js';
import { isCalendarDate } from '../../common/dates.js';

/**
 * The rows of a report as the API answers them: a value for every column and nothing else, so a
 * column the SQL selected by the way (an id, a tenant) never leaves the server, and each value of
 * the column's type whatever the database driver made of it.
 */
export function shapeRows(
  report: ReportDefinition,
  rows: ReportRow[],
): Array<Record<string, ReportCell>> {
  return rows.map((row) => Object.fromEntries(
    report.columns.map((column) => [column.key, cellOf(report, column, row[column.key])]),
  ));
}

function cellOf(report: ReportDefinition, column: ReportColumn, value: unknown): ReportCell {
  if (value === null || value === undefined) return null;

  if (column.type === 'number') {
    // MariaDB answers a sum as text, and a driver may answer a count as a bigint.
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'bigint') return Number(number);
    if (typeof number === 'number' && Number.isFinite(number)) return number;
    throw wrongValue(report, column, 'a number');
  }
  if (column.type === 'date') {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw wrongValue(report, column, 'a date as YYYY-MM-DD text');
  }
  return String(value);
}

function wrongValue(report: ReportDefinition, column: ReportColumn, expected: string): Error {
  return new Error(
    `[DOTS_R1001] Report '${report.id}' returned a value that is not ${expected} in column ` +
      `'${column.key}'. Convert it in the report's run().`,
  );
}
