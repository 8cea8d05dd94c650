import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { TestClient, TestResponse } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';

/** Sends a file as the browser's form does: a part named `file`, and `frameworkId` if given. */
export function importFile(client: TestClient, bytes: Uint8Array, fileName: string,
  frameworkId?: string): Promise<TestResponse> {
  const form = new FormData();
  if (frameworkId) form.append('frameworkId', frameworkId);
  form.append('file', new Blob([bytes]), fileName);
  return client.request('POST', PATHS.importFramework, form, {}, false);
}

/** Downloads an export as bytes. */
export function exportBytes(client: TestClient, id: string, format: 'json' | 'xlsx',
  version?: number) {
  const query = `?format=${format}${version ? `&version=${version}` : ''}`;
  return client.bytes(`${PATHS.exportFramework(id)}${query}`);
}

const LEVELS = ['nog niet', 'met veel hulp', 'met wat hulp', 'zelfstandig'];

/** A small framework sheet as staff would type it. */
export function frameworkRows(name = 'Eigen kader'): Row[] {
  return [
    ['Naam', name], ['Beschrijving', 'Door de werkvloer gemaakt'], ['Taal', 'nl'],
    ...LEVELS.map((level, n) => [`Niveau ${n + 1}`, level]),
  ];
}

export const INDICATOR_HEADER = ['Groep', 'Competentie', 'Indicator',
  'Niveau 1', 'Niveau 2', 'Niveau 3', 'Niveau 4'];

/** Indicator rows: two competences of two indicators in one group. */
export function indicatorRows(): Row[] {
  const row = (group: string | null, competence: string | null, text: string): Row =>
    [group, competence, text, ...LEVELS.map((level) => `${text}: ${level}`)];
  return [
    INDICATOR_HEADER,
    row('Houding', 'Stiptheid', 'Komt op tijd'),
    row('Houding', 'Stiptheid', 'Meldt afwezigheid'),
    row('Houding', 'Orde', 'Ruimt op'),
    row('Houding', 'Orde', 'Legt gereedschap terug'),
  ];
}

export function workbook(kader: Row[], indicators: Row[], names = ['Kader', 'Indicatoren']) {
  return writeXlsxFile([
    { sheet: names[0]!, data: kader }, { sheet: names[1]!, data: indicators },
  ]).toBuffer();
}

/** The XML parts of a workbook, by name. */
export function partsOf(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts[name] = strFromU8(data);
  return parts;
}

/** The messages of a 400 answer's problems. */
export function messagesOf(body: { errors?: Array<{ message: string }> }): string[] {
  return (body.errors ?? []).map((error) => error.message);
}
