import { PLACE_WORDS, columnLetters, type FileLanguage } from './framework-file-format.js';

/** A cell as the XLSX reader gives it. */
export type SheetCell = string | number | boolean | Date | null;

/** One sheet of a workbook being read: its cells as text, and the names of its places. */
export class Sheet {
  constructor(
    readonly name: string,
    private readonly rows: readonly (readonly SheetCell[])[],
    private readonly language: FileLanguage,
    private readonly problems: string[],
  ) {}

  get rowCount(): number {
    return this.rows.length;
  }

  width(row: number): number {
    return this.rows[row]?.length ?? 0;
  }

  row(row: number): string {
    return `${this.name}, ${PLACE_WORDS[this.language].row} ${row + 1}`;
  }

  cell(row: number, column: number): string {
    return `${this.name}, ${PLACE_WORDS[this.language].cell} ${columnLetters(column)}${row + 1}`;
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  /**
   * A cell's text, null when empty. A number is taken as its digits (Excel stores a typed "4"
   * as a number). A date or TRUE/FALSE in a text column is refused rather than guessed at:
   * Excel makes them of what was typed ("1/2" becomes a date), so the text is no longer known.
   */
  text(row: number, column: number): string | null {
    const value = this.rows[row]?.[column] ?? null;
    if (value === null) return null;
    if (value instanceof Date) {
      this.problem(`${this.cell(row, column)}: holds a date, not text; format the cell as ` +
        'text and type it again');
      return null;
    }
    if (typeof value === 'boolean') {
      this.problem(`${this.cell(row, column)}: holds TRUE or FALSE, not text`);
      return null;
    }
    const text = String(value).replace(/^\uFEFF/, '').trim();
    return text === '' ? null : text;
  }

  /** Whether a row holds nothing at all. */
  isEmpty(row: number): boolean {
    return (this.rows[row] ?? []).every((value) => value === null
      || (typeof value === 'string' && value.replace(/^\uFEFF/, '').trim() === ''));
  }
}
