import readXlsxFile from 'read-excel-file/node';
import { ValidationError } from '@dots/core';
import { SHEET_NAMES, headerKey, type FileLanguage } from './framework-file-format.js';
import { FilePlaces } from './framework-file-places.js';
import { readFrameworkSheet } from './framework-sheet-read.js';
import { inspectWorkbook } from './framework-xlsx-guard.js';
import { readIndicatorSheet } from './indicator-sheet-read.js';
import { Sheet, type SheetCell } from './workbook-sheet.js';

/** A workbook read into the shape of a framework file, with the place of each field. */
export interface WorkbookRead {
  document: Record<string, unknown>;
  places: FilePlaces;
}

/** The most problems one answer lists: enough to fix a file in a round or two. */
const MAX_PROBLEMS = 20;

/**
 * Reads a workbook in the format of docs/competence-framework-format.md. What cannot be read
 * as that format (a sheet or column missing, a date where text belongs, a formula) is refused
 * here, naming the cell; whether the framework is right is left to the validation of
 * `POST /frameworks`, which the caller runs on the result.
 */
export async function readFrameworkWorkbook(bytes: Buffer): Promise<WorkbookRead> {
  const formulas = inspectWorkbook(bytes);
  let workbook: Array<{ sheet: string; data: SheetCell[][] }>;
  try {
    workbook = await readXlsxFile(bytes) as unknown as typeof workbook;
  } catch {
    throw ValidationError.field('file', 'is not a readable XLSX file');
  }

  const problems: string[] = [];
  const find = (names: Record<FileLanguage, string>) => {
    for (const language of ['nl', 'en'] as const) {
      const found = workbook.find((s) => headerKey(s.sheet) === headerKey(names[language]));
      if (found) return { found, language };
    }
    problems.push(`has no sheet ${names.nl} (or ${names.en})`);
    return undefined;
  };
  const framework = find(SHEET_NAMES.framework);
  const indicators = find(SHEET_NAMES.indicators);
  if (!framework || !indicators) throw refusal(problems);

  const language = indicators.language;
  const sheetOf = (read: typeof framework) =>
    new Sheet(read.found.sheet, read.found.data, language, problems);
  const frameworkSheet = sheetOf(framework);
  const indicatorSheet = sheetOf(indicators);
  for (const sheet of [frameworkSheet, indicatorSheet]) {
    for (const cell of formulas.get(sheet.name) ?? []) {
      problems.push(`${sheet.name}, ${language === 'nl' ? 'cel' : 'cell'} ${cell}: holds a ` +
        'formula; type the text itself');
    }
  }

  const places = new FilePlaces(indicatorSheet.name);
  const { scale, ...fields } = readFrameworkSheet(frameworkSheet, places);
  const groups = readIndicatorSheet(indicatorSheet, places);
  if (problems.length > 0) throw refusal(problems);
  return { document: { ...fields, content: { scale, groups } }, places };
}

function refusal(problems: string[]): ValidationError {
  return new ValidationError(problems.slice(0, MAX_PROBLEMS)
    .map((message) => ({ field: 'file', message })));
}
