import type { PersonDto, PersonStatus } from '#common';
import type { FieldDefinitionView } from '~/types/api';

/** The standard fields of the form, in form order; `givenNames` and `familyName` are required. */
export const STANDARD_FIELDS = [
  'givenNames', 'familyName', 'preferredName', 'birthDate', 'gender', 'nationalRegisterNumber',
  'departmentId', 'teamId', 'employeeTypeId', 'startDate', 'endDate', 'status',
] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];

/** What the inputs hold: text for standard fields ('' = empty), typed values for custom ones. */
export interface PersonFormValues {
  standard: Record<StandardField, string>;
  fields: Record<string, unknown>;
}

export function formValuesOf(
  person: PersonDto | undefined,
  definitions: readonly FieldDefinitionView[],
): PersonFormValues {
  const standard = {} as Record<StandardField, string>;
  for (const key of STANDARD_FIELDS) standard[key] = String(person?.[key] ?? '');
  if (!standard.status) standard.status = 'active' satisfies PersonStatus;

  const fields: Record<string, unknown> = {};
  for (const definition of definitions) {
    const stored = person?.fields[definition.key];
    fields[definition.key] = stored ?? emptyValueOf(definition);
  }
  return { standard, fields };
}

function emptyValueOf(definition: FieldDefinitionView): unknown {
  if (definition.type === 'multi-choice') return [];
  if (definition.type === 'yes-no') return null;
  return '';
}

/**
 * The value the API takes: `null` for empty, numbers as numbers. A number the browser could not
 * read stays text, so the server names the field instead of the form silently dropping it.
 */
function apiValueOf(definition: FieldDefinitionView, value: unknown): unknown {
  if (value === '' || value === undefined || value === null) return null;
  if (definition.type === 'multi-choice') {
    return Array.isArray(value) && value.length > 0 ? value : null;
  }
  if (definition.type === 'number') {
    const parsed = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : value;
  }
  return value;
}

/** The whole body of `POST /api/people`: empty values left out. */
export function createBodyOf(
  values: PersonFormValues,
  definitions: readonly FieldDefinitionView[],
  hidden: ReadonlySet<string>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of STANDARD_FIELDS) {
    const value = values.standard[key].trim();
    if (value && !hidden.has(key)) body[key] = value;
  }
  const fields: Record<string, unknown> = {};
  for (const definition of definitions) {
    const value = apiValueOf(definition, values.fields[definition.key]);
    if (value !== null) fields[definition.key] = value;
  }
  if (Object.keys(fields).length > 0) body.fields = fields;
  return body;
}

/**
 * The body of `PATCH /api/people/:id`: only what was changed since the form opened, and the
 * version it opened. Someone else's change to another field then never gets overwritten.
 */
export function patchBodyOf(
  values: PersonFormValues,
  initial: PersonFormValues,
  definitions: readonly FieldDefinitionView[],
  version: number,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of STANDARD_FIELDS) {
    const now = values.standard[key].trim();
    if (now !== initial.standard[key].trim()) body[key] = now === '' ? null : now;
  }
  const fields: Record<string, unknown> = {};
  for (const definition of definitions) {
    const now = apiValueOf(definition, values.fields[definition.key]);
    const before = apiValueOf(definition, initial.fields[definition.key]);
    if (JSON.stringify(now) !== JSON.stringify(before)) fields[definition.key] = now;
  }
  if (Object.keys(fields).length > 0) body.fields = fields;
  return { ...body, version };
}
