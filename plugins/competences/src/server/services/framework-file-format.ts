/**
 * The names in a framework file (docs/competence-framework-format.md). A file is written with
 * the names of the framework's language; a file is read with either language's names.
 */
export const FRAMEWORK_FILE_FORMAT = 'dots-competence-framework';
export const FRAMEWORK_FILE_FORMAT_VERSION = 1;

export type FileLanguage = 'nl' | 'en';

export const SHEET_NAMES = {
  framework: { nl: 'Kader', en: 'Framework' },
  indicators: { nl: 'Indicatoren', en: 'Indicators' },
} as const;

/** The rows of the framework sheet: a label in column A, its value in column B. */
export const FRAMEWORK_LABELS = {
  format: { nl: 'Formaat', en: 'Format' },
  name: { nl: 'Naam', en: 'Name' },
  description: { nl: 'Beschrijving', en: 'Description' },
  language: { nl: 'Taal', en: 'Language' },
  ready: { nl: 'Bron', en: 'Source' },
  attribution: { nl: 'Vermelding', en: 'Attribution' },
  licence: { nl: 'Licentie', en: 'Licence' },
} as const;
export type FrameworkLabel = keyof typeof FRAMEWORK_LABELS;

/** The columns of the indicator sheet, besides one column per level of the scale. */
export const INDICATOR_COLUMNS = {
  group: { nl: 'Groep', en: 'Group' },
  competence: { nl: 'Competentie', en: 'Competence' },
  description: { nl: 'Beschrijving competentie', en: 'Competence description' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  groupKey: { nl: 'Sleutel groep', en: 'Group key' },
  competenceKey: { nl: 'Sleutel competentie', en: 'Competence key' },
  indicatorKey: { nl: 'Sleutel indicator', en: 'Indicator key' },
  groupUri: { nl: 'URI groep', en: 'Group URI' },
  competenceUri: { nl: 'URI competentie', en: 'Competence URI' },
  indicatorUri: { nl: 'URI indicator', en: 'Indicator URI' },
} as const;
export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS;

/** "Niveau 3" / "Level 3": a row of the scale on the framework sheet, a column on the other. */
export const LEVEL_WORD = { nl: 'Niveau', en: 'Level' } as const;

/** The words a message about a place in a sheet uses. */
export const PLACE_WORDS = {
  nl: { row: 'rij', cell: 'cel' },
  en: { row: 'row', cell: 'cell' },
} as const;

/** A header or label as compared: no BOM, no case, single spaces, composed accents. */
export function headerKey(raw: string): string {
  return raw.replace(/^\uFEFF/, '').normalize('NFC').trim().replace(/\s+/g, ' ')
    .toLocaleLowerCase('nl');
}

/** Column letters of a 0-based column index: 0 is A, 26 is AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
