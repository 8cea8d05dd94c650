import type { Person } from '../entities/person.js';
import type { Tenant } from '../entities/tenant.js';
import type { FieldDefinition } from '../entities/field-definition.js';
import { HIDEABLE_PERSON_FIELDS } from '../../common/fields.js';
import type { PersonDto } from '../../common/people.js';
import { visibleFieldValues } from '../fields/field-values.js';
import { maskNationalNumber } from './national-register-number.js';

export interface PersonViewOptions {
  /** The tenant's active field definitions. */
  definitions: readonly FieldDefinition[];
  /** Standard fields the tenant does not use: left out of the answer. */
  hidden: ReadonlySet<string>;
  /** An employee reading their own dossier sees only fields marked visible to employees. */
  employeeView: boolean;
  /** The whole number, only when this answer may show it; otherwise it is masked. */
  nationalRegisterNumber?: string;
}

/** The standard person fields a tenant has switched off; names can never be. */
export function hiddenFieldsOf(tenant: Tenant | undefined): Set<string> {
  const hideable: readonly string[] = HIDEABLE_PERSON_FIELDS;
  return new Set((tenant?.settings.hiddenStandardFields ?? []).filter((f) => hideable.includes(f)));
}

/** A person as JSON. Nothing is copied wholesale from the entity: each key is named here. */
export function personView(person: Person, options: PersonViewOptions): PersonDto {
  const view: PersonDto = {
    id: person.id,
    givenNames: person.givenNames,
    familyName: person.familyName,
    preferredName: person.preferredName ?? null,
    birthDate: person.birthDate ?? null,
    gender: person.gender ?? null,
    nationalRegisterNumber: options.nationalRegisterNumber ?? maskedNumber(person),
    departmentId: person.department?.id ?? null,
    teamId: person.team?.id ?? null,
    employeeTypeId: person.employeeType?.id ?? null,
    startDate: person.startDate ?? null,
    endDate: person.endDate ?? null,
    status: person.status,
    fields: visibleFieldValues(options.definitions, person.fields, options),
    version: person.version,
  };
  for (const field of options.hidden) delete view[field as keyof PersonDto];
  return view;
}

function maskedNumber(person: Person): string | null {
  const hint = person.nationalRegisterNumberHint;
  return hint ? maskNationalNumber(hint) : null;
}
