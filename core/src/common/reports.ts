/**
 * Reports as the API shows them, shared with the web app. A report is contributed by the core or
 * a plugin (the server's `ReportContribution`); these are the shapes of its answers.
 */

/** How a column's values are written: `date` values are `YYYY-MM-DD` text. */
export type ReportColumnType = 'text' | 'number' | 'date';

export interface ReportColumn {
  /** The key of the value in each row. */
  key: string;
  labelNl: string;
  labelEn: string;
  type: ReportColumnType;
}

/** A hint for the web app: which column runs along the axis, which ones are drawn. */
export interface ReportChart {
  type: 'bar' | 'line';
  /** Key of the column along the x axis. */
  x: string;
  /** Keys of the number columns drawn against it. */
  y: string[];
  /** Key of a text column whose values split each `y` into one series per value (stacked). */
  series?: string;
}

/** One value of a row: text, a number, a `YYYY-MM-DD` date, or nothing. */
export type ReportCell = string | number | null;

/** One report in `GET /api/reports`. */
export interface ReportSummaryDto {
  /** `<plugin>.<name>`, as in `GET /api/reports/<id>/run`. */
  id: string;
  pluginId: string;
  labelNl: string;
  labelEn: string;
  descriptionNl: string;
  descriptionEn: string;
  /** The query parameters the report takes, as a JSON Schema of an object. */
  parameters: Record<string, unknown>;
  columns: ReportColumn[];
  chart?: ReportChart;
}

/** `GET /api/reports`: the reports this account may run. */
export interface ReportListDto {
  items: ReportSummaryDto[];
  total: number;
}

/** `GET /api/reports/:reportId/run`: each row holds a value for every column key, no other. */
export interface ReportResultDto {
  columns: ReportColumn[];
  rows: Array<Record<string, ReportCell>>;
}
