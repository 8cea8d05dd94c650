import { z, type ZodType } from 'zod';
import type { EntityManager } from '@mikro-orm/core';
import { FieldDefinition } from '../entities/field-definition.js';
import { isCalendarDate } from '../../common/dates.js';
import { PERSON_LIMITS } from '../../common/people.js';
import { ValidationError } from '../http/errors.js';
import { problemsOf } from '../http/zod-problems.js';

/** A tenant's active field definitions, in form order; `em` must be tenant-scoped. */
export function activeFieldDefinitions(em: EntityManager): Promise<FieldDefinition[]> {
  return em.find(FieldDefinition, { active: true }, { orderBy: { position: 'asc', id: 'asc' } });
}

/**
 * The zod schema of a person's custom field values, built from the tenant's definitions: one
 * key per field, of the field's type, required when the field is; any other key is refused.
 * `null` (or an empty text) leaves an optional field empty.
 */
export function fieldValuesSchema(definitions: readonly FieldDefinition[]): ZodType {
  const shape: Record<string, ZodType> = {};
  for (const definition of definitions) {
    const value = valueSchema(definition);
    shape[definition.key] = definition.required
      ? value
      : z.preprocess(blankToNull, value.nullable().optional());
  }
  return z.strictObject(shape);
}

/**
 * Merges a write into the stored values and validates the result against the active
 * definitions; throws a 400 naming `fields.<key>`. Values of fields the tenant has since retired
 * are kept as they are, because retiring a field deletes nothing.
 */
export function mergeFieldValues(
  definitions: readonly FieldDefinition[],
  stored: Record<string, unknown>,
  written: Record<string, unknown>,
): Record<string, unknown> {
  const active = new Set(definitions.map((d) => d.key));
  const retired = Object.entries(stored).filter(([key]) => !active.has(key));
  const current = Object.entries(stored).filter(([key]) => active.has(key));

  const merged = { ...Object.fromEntries(current), ...written };
  const result = fieldValuesSchema(definitions).safeParse(merged);
  if (!result.success) throw new ValidationError(problemsOf(result.error, 'fields'));

  const values = Object.entries(result.data as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries([...retired, ...values]);
}

/** The values an answer shows: active fields only, and for an employee only those marked so. */
export function visibleFieldValues(
  definitions: readonly FieldDefinition[],
  stored: Record<string, unknown>,
  options: { employeeView: boolean },
): Record<string, unknown> {
  const shown = definitions.filter((d) => !options.employeeView || d.visibleToEmployee);
  return Object.fromEntries(
    shown.filter((d) => stored[d.key] !== undefined).map((d) => [d.key, stored[d.key]]),
  );
}

function blankToNull(input: unknown): unknown {
  return typeof input === 'string' && input.trim() === '' ? null : input;
}

/** Missing or null answers "is required"; anything else of the wrong type answers `expected`. */
function required(expected: string) {
  return {
    error: (issue: { input: unknown }) => (issue.input == null ? 'is required' : expected),
  };
}

function valueSchema(definition: FieldDefinition): ZodType {
  const choices = definition.options.map((o) => o.value);
  const oneOf = `must be one of: ${choices.join(', ')}`;
  const choice = z.string(required(oneOf)).refine((v) => choices.includes(v), oneOf);

  switch (definition.type) {
    case 'text':
      return z.string(required('must be text')).normalize('NFC').trim()
        .min(1, 'is required')
        .refine((v) => [...v].length <= PERSON_LIMITS.fieldText,
          `must be at most ${PERSON_LIMITS.fieldText} characters`);
    case 'number':
      return z.number(required('must be a number'));
    case 'date':
      return z.string(required('must be a date as YYYY-MM-DD'))
        .refine(isCalendarDate, 'must be a real date as YYYY-MM-DD');
    case 'choice':
      return choice;
    case 'multi-choice':
      return z.array(choice, required('must be a list'))
        .min(definition.required ? 1 : 0, 'is required')
        .refine((list) => new Set(list).size === list.length, 'must not name a choice twice');
    case 'yes-no':
      return z.boolean(required('must be true or false'));
  }
}
