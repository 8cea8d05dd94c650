import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ValidationError } from '@dots/core';

/**
 * What a 2 MB workbook may unpack to. A zip can hold a file a thousand times its size (a "zip
 * bomb"), and the XLSX reader unpacks without a limit, so the archive is first unpacked here,
 * counting, and refused past these.
 */
const MAX_UNPACKED_BYTES = 30 * 1024 * 1024;
const MAX_ENTRIES = 500;

/** The cells of each sheet, by sheet name, that hold a formula. */
export type FormulaCells = Map<string, string[]>;

/**
 * Unpacks the workbook within the limits and finds the cells with a formula: the reader only
 * sees a formula's last computed value, which a file written by a program may not even have.
 */
export function inspectWorkbook(bytes: Uint8Array): FormulaCells {
  const parts = unpackXml(bytes);
  const sheets = sheetFiles(parts);
  const formulas: FormulaCells = new Map();
  for (const [name, path] of sheets) {
    const cells = formulaCellsOf(parts.get(path) ?? '');
    if (cells.length > 0) formulas.set(name, cells);
  }
  return formulas;
}

function unpackXml(bytes: Uint8Array): Map<string, string> {
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let entries = 0;
  let refusal: string | undefined;

  const unzip = new Unzip((file: UnzipFile) => {
    entries += 1;
    if (entries > MAX_ENTRIES) refusal ??= `holds more than ${MAX_ENTRIES} parts`;
    if (refusal) return;
    const kept: Uint8Array[] = [];
    chunks.set(file.name, kept);
    file.ondata = (error, data) => {
      if (error) {
        refusal ??= 'is not a readable XLSX file';
        return;
      }
      total += data.length;
      if (total > MAX_UNPACKED_BYTES) {
        refusal ??= `unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`;
        file.terminate();
        return;
      }
      if (/\.(xml|rels)$/.test(file.name)) kept.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    refusal ??= 'is not a readable XLSX file';
  }
  if (refusal) throw ValidationError.field('file', refusal);

  const texts = new Map<string, string>();
  for (const [name, parts] of chunks) {
    texts.set(name.replace(/^\//, ''), Buffer.concat(parts).toString('utf8'));
  }
  return texts;
}

/** Sheet name to the path of its part, through the workbook and its relationships. */
function sheetFiles(parts: Map<string, string>): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of (parts.get('xl/_rels/workbook.xml.rels') ?? '').match(/<Relationship\b[^>]*>/g)
    ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const sheets = new Map<string, string>();
  for (const tag of (parts.get('xl/workbook.xml') ?? '').match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const target = targets.get(attribute(tag, 'r:id') ?? '');
    if (name && target) sheets.set(unescapeXml(name), target);
  }
  return sheets;
}

function formulaCellsOf(xml: string): string[] {
  const cells: string[] = [];
  const cell = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (const match of xml.matchAll(cell)) {
    if (/<(?:\w+:)?f[\s>/]/.test(match[2] ?? '')) cells.push(attribute(match[1]!, 'r') ?? '?');
  }
  return cells;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
