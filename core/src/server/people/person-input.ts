import type { EntityClass } from '@mikro-orm/core';
import type { Person } from '../entities/person.js';
import type { FieldDefinition } from '../entities/field-definition.js';
import { Department, EmployeeType, Team } from '../entities/list-item.js';
import type { RequestContext } from '../http/request-context.js';
import type { FieldProblem } from '../../common/problem.js';
import type { PersonStatus } from '../../common/people.js';
import { ValidationError } from '../http/errors.js';
import { mergeFieldValues } from '../fields/field-values.js';
import { contradictsBirthDate, type NationalNumber } from './national-register-number.js';
import type { PersonPatchInput } from './person-schemas.js';

/** Plain values of a person that a write sets as they are. */
export const PERSON_SCALARS = [
  'givenNames', 'familyName', 'preferredName', 'birthDate', 'gender', 'startDate', 'endDate',
  'status',
] as const;
export type PersonScalar = (typeof PERSON_SCALARS)[number];

type ListItem = Department | Team | EmployeeType;

/** The id keys of the API, the relation each sets, and what the relation names. */
const REFERENCES = [
  { key: 'departmentId', relation: 'department', entity: Department, what: 'department' },
  { key: 'teamId', relation: 'team', entity: Team, what: 'team' },
  { key: 'employeeTypeId', relation: 'employeeType', entity: EmployeeType, what: 'employee type' },
] as const;
export type PersonRelation = (typeof REFERENCES)[number]['relation'];

/** A checked write: only what it changes; `null` clears. */
export interface PersonChanges {
  values: Partial<Record<PersonScalar, string | PersonStatus | null>>;
  relations: Partial<Record<PersonRelation, ListItem | null>>;
  nationalRegisterNumber?: NationalNumber | null;
  /** The whole new set of custom values, when the write touched them. */
  fields?: Record<string, unknown>;
}

export interface PersonInputCheck {
  /** Undefined on create. */
  person?: Person;
  input: PersonPatchInput;
  definitions: readonly FieldDefinition[];
  hidden: ReadonlySet<string>;
  /** The stored number, opened only when a new birth date must be compared with it. */
  storedNumber: () => Promise<NationalNumber | undefined>;
}

/**
 * Checks a create or a change as a whole and reports every problem at once, naming each field:
 * hidden standard fields, ids of another tenant, an end before the start, a national number
 * that encodes another birth date, and the custom fields. Nothing is changed here.
 */
export async function checkPersonInput(
  ctx: RequestContext,
  check: PersonInputCheck,
): Promise<PersonChanges> {
  const { person, input } = check;
  const problems: FieldProblem[] = hiddenFieldProblems(input, check.hidden);
  const changes: PersonChanges = { values: {}, relations: {} };

  for (const key of PERSON_SCALARS) {
    if (input[key] !== undefined) changes.values[key] = input[key];
  }
  await resolveRelations(ctx, check, changes, problems);
  problems.push(...datesInOrder(person, changes));
  if (input.nationalRegisterNumber !== undefined) {
    changes.nationalRegisterNumber = input.nationalRegisterNumber;
  }
  problems.push(...(await numberMatchesBirth(check, changes)));

  if (!person || input.fields !== undefined) {
    try {
      const stored = person?.fields ?? {};
      changes.fields = mergeFieldValues(check.definitions, stored, input.fields ?? {});
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...(error.errors ?? []));
    }
  }

  if (problems.length > 0) throw new ValidationError(problems);
  return changes;
}

function hiddenFieldProblems(input: PersonPatchInput, hidden: ReadonlySet<string>): FieldProblem[] {
  return [...hidden]
    .filter((field) => input[field as keyof PersonPatchInput] !== undefined)
    .map((field) => ({ field, message: 'is not used by this organisation' }));
}

/**
 * Loads each named department, team and employee type through the request's entity manager, so
 * the tenant filter decides: an id of another tenant is as unknown as a made-up one.
 */
async function resolveRelations(
  ctx: RequestContext,
  check: PersonInputCheck,
  changes: PersonChanges,
  problems: FieldProblem[],
): Promise<void> {
  for (const { key, relation, entity, what } of REFERENCES) {
    const id = check.input[key];
    if (check.hidden.has(key)) continue;
    if (id === undefined || (id !== null && check.person?.[relation]?.id === id)) continue;
    if (id === null) {
      if (check.person?.[relation]) changes.relations[relation] = null;
      continue;
    }

    const item = await ctx.em.findOne(entity as EntityClass<ListItem>, { id });
    if (item?.active) changes.relations[relation] = item;
    else if (item) problems.push({ field: key, message: `names a retired ${what}` });
    else problems.push({ field: key, message: `does not name a ${what} of this organisation` });
  }
}

/**
 * Birth, start and end in that order. A birth date is compared only when the write sets it or
 * a date after it, so a record stored before this check can still be changed otherwise; the
 * problem names the date the write set, the later one when it set both.
 */
function datesInOrder(person: Person | undefined, changes: PersonChanges): FieldProblem[] {
  const birth = after(person, changes, 'birthDate');
  const start = after(person, changes, 'startDate');
  const end = after(person, changes, 'endDate');
  const wrote = (key: PersonScalar) => changes.values[key] !== undefined;
  const problems: FieldProblem[] = [];

  if (birth && start && start < birth && (wrote('birthDate') || wrote('startDate'))) {
    problems.push(wrote('startDate')
      ? { field: 'startDate', message: `must not be before the birth date (${birth})` }
      : { field: 'birthDate', message: `must not be after the start date (${start})` });
  }
  if (start && end && end < start) {
    problems.push({ field: 'endDate', message: `must not be before the start date (${start})` });
  } else if (!start && birth && end && end < birth && (wrote('birthDate') || wrote('endDate'))) {
    problems.push(wrote('endDate')
      ? { field: 'endDate', message: `must not be before the birth date (${birth})` }
      : { field: 'birthDate', message: `must not be after the end date (${end})` });
  }
  return problems;
}

async function numberMatchesBirth(
  check: PersonInputCheck,
  changes: PersonChanges,
): Promise<FieldProblem[]> {
  const birthDate = after(check.person, changes, 'birthDate');
  const birthChanged = check.input.birthDate !== undefined;
  if (!birthDate || (changes.nationalRegisterNumber === undefined && !birthChanged)) return [];

  const number = changes.nationalRegisterNumber === undefined
    ? await check.storedNumber()
    : changes.nationalRegisterNumber;
  if (!number || !contradictsBirthDate(number, birthDate)) return [];
  const message = 'encodes another birth date than birthDate';
  return [{ field: 'nationalRegisterNumber', message }];
}

/** A value as it will be once the write is stored. */
function after(person: Person | undefined, changes: PersonChanges, key: PersonScalar) {
  const written = changes.values[key];
  return written === undefined ? (person?.[key] ?? null) : written;
}
