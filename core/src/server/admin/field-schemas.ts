import { z } from 'zod';
import { FIELD_TYPES } from '../../common/fields.js';

/** lower camel case (`shoeSize`) or kebab case (`shoe-size`). */
const KEY_PATTERN = /^(?:[a-z][a-zA-Z0-9]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/;

/**
 * Keys that would read as a standard field of a person, or that every JavaScript object already
 * has (`constructor`, `toString`): a value under such a key could be mistaken for something else.
 */
const RESERVED_KEYS = new Set([
  'id', 'givenNames', 'familyName', 'preferredName', 'birthDate', 'gender',
  'nationalRegisterNumber', 'departmentId', 'teamId', 'employeeTypeId', 'startDate', 'endDate',
  'status', 'fields', 'version', 'tenant', 'tenantId', 'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** The key values are stored under in `person.fields`. */
export const fieldKey = z.string().min(1).max(60)
  .regex(
    KEY_PATTERN,
    'use lower camel case (shoeSize) or kebab case (shoe-size), starting with a letter',
  )
  .refine((key) => !RESERVED_KEYS.has(key), 'is a reserved name; choose another key');

const label = z.string().trim().min(1).max(120);

const fieldOption = z.strictObject({
  value: z.string().trim().min(1).max(60),
  labelNl: label,
  labelEn: label,
});

const fieldOptions = z.array(fieldOption).max(100)
  .refine((options) => new Set(options.map((o) => o.value)).size === options.length,
    'two options have the same value');

/** `POST /api/admin/fields`; choice types need options (checked against the type later). */
export const createFieldBody = z.strictObject({
  key: fieldKey,
  type: z.enum(FIELD_TYPES),
  labelNl: label,
  labelEn: label,
  required: z.boolean().optional(),
  visibleToEmployee: z.boolean().optional(),
  options: fieldOptions.optional(),
});

/** Key and type are fixed once a field exists: values are stored under that key, in that type. */
export const patchFieldBody = z.strictObject({
  labelNl: label.optional(),
  labelEn: label.optional(),
  required: z.boolean().optional(),
  visibleToEmployee: z.boolean().optional(),
  options: fieldOptions.optional(),
  active: z.boolean().optional(),
});

export type CreateFieldInput = z.output<typeof createFieldBody>;
export type FieldChange = z.output<typeof patchFieldBody>;
