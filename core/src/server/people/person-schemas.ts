import { z } from 'zod';
import { isCalendarDate, todayInBrussels } from '../../common/dates.js';
import {
  PERSON_LIMITS, PERSON_SORTS, PERSON_STATUSES, type PersonSort,
} from '../../common/people.js';
import { checkNationalNumber } from './national-register-number.js';

/** Line breaks, control characters and lone UTF-16 halves, which no name holds. */
const UNPRINTABLE = /[\p{Cc}\p{Cs}]/u;

function expected(what: string) {
  return {
    error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : what),
  };
}

/**
 * Text of a person, stored in NFC and trimmed, never cut: a value over the limit (counted in
 * characters, so "𝒜" counts once) is refused, naming the field (case C14).
 */
function personText(max: number) {
  return z.string(expected('must be text')).normalize('NFC').trim()
    .refine((v) => !UNPRINTABLE.test(v), 'must not contain line breaks or control characters')
    .refine((v) => [...v].length <= max, `must be at most ${max} characters`);
}

/** Optional text: `null` or an empty text clears it. */
function optionalText(max: number) {
  return z.preprocess(blankToNull, personText(max).nullable()).optional();
}

function blankToNull(input: unknown): unknown {
  return typeof input === 'string' && input.trim() === '' ? null : input;
}

/** A text that is no date stops here: "26-01-01" is not also "in the future". */
const calendarDate = z.string(expected('must be a date as YYYY-MM-DD'))
  .refine(isCalendarDate, { message: 'must be a real date as YYYY-MM-DD', abort: true });

/** The earliest birth date taken: an earlier one is a typing error, not a person at work. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

const birthDate = calendarDate
  .refine((v) => v >= EARLIEST_BIRTH_DATE, `must not be before ${EARLIEST_BIRTH_DATE}`)
  .refine((v) => v <= todayInBrussels(), 'must not be in the future');

const nationalRegisterNumber = z.string(expected('must be text')).max(30, 'is too long')
  .transform((value, ctx) => {
    const check = checkNationalNumber(value);
    if (check.valid) return check.number;
    ctx.addIssue({ code: 'custom', message: check.reason });
    return z.NEVER;
  });

/** The id of a department, team or employee type; the service checks it is this tenant's. */
const listItemId = z.string(expected('must be an id'))
  .min(1, 'must be an id').max(36, 'is not an id');

const status = z.enum(PERSON_STATUSES, { error: `must be one of: ${PERSON_STATUSES.join(', ')}` });

const fields = z.record(z.string(), z.unknown(), { error: 'must be an object of field values' });

/** Everything but the names, which are required on create. */
const optionalShape = {
  preferredName: optionalText(PERSON_LIMITS.name),
  birthDate: z.preprocess(blankToNull, birthDate.nullable()).optional(),
  gender: optionalText(PERSON_LIMITS.gender),
  nationalRegisterNumber: z.preprocess(blankToNull, nationalRegisterNumber.nullable()).optional(),
  departmentId: listItemId.nullable().optional(),
  teamId: listItemId.nullable().optional(),
  employeeTypeId: listItemId.nullable().optional(),
  startDate: z.preprocess(blankToNull, calendarDate.nullable()).optional(),
  endDate: z.preprocess(blankToNull, calendarDate.nullable()).optional(),
  status: status.optional(),
  fields: fields.optional(),
};

const requiredName = personText(PERSON_LIMITS.name).min(1, 'is required');

/** `POST /api/people`. Strict: any other key (a nested `department`, a `tenantId`) is refused. */
export const personCreateBody = z.strictObject({
  givenNames: requiredName,
  familyName: requiredName,
  ...optionalShape,
});

/**
 * `PATCH /api/people/:id`: only the keys sent change. `version` is the one the client read; it is
 * optional here only so that its absence answers 428 rather than 400 (case C17).
 */
export const personPatchBody = z.strictObject({
  givenNames: requiredName.optional(),
  familyName: requiredName.optional(),
  ...optionalShape,
  version: z.number(expected('must be a whole number')).int('must be a whole number')
    .min(1, 'must be at least 1').optional(),
});

export type PersonCreateInput = z.output<typeof personCreateBody>;
export type PersonPatchInput = z.output<typeof personPatchBody>;

const SORT_VALUES = PERSON_SORTS.flatMap((s) => [s, `-${s}`]) as [PersonSort, ...PersonSort[]];

/** `GET /api/people`: filters, sort and one page. */
export const personListQuery = z.strictObject({
  q: z.string().max(PERSON_LIMITS.search, `must be at most ${PERSON_LIMITS.search} characters`)
    .optional(),
  department: listItemId.optional(),
  team: listItemId.optional(),
  type: listItemId.optional(),
  status: status.optional(),
  sort: z.enum(SORT_VALUES, { error: `must be one of: ${SORT_VALUES.join(', ')}` })
    .default('familyName'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export type PersonListQuery = z.output<typeof personListQuery>;
