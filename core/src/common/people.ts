/** Where a person stands: from intake (`candidate`) to `left`. Lists sort them in this order. */
export const PERSON_STATUSES = ['candidate', 'active', 'paused', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/**
 * Length limits of a person's text, counted in characters (Unicode code points), the way
 * MariaDB's utf8mb4 columns count them: "𝒜" is one character, not two UTF-16 units or four bytes.
 */
export const PERSON_LIMITS = {
  name: 120,
  gender: 60,
  search: 100,
  /** Longest text a custom text field takes. */
  fieldText: 2000,
} as const;

/** Sort keys of `GET /api/people`; `-` in front reverses. The person's id always breaks ties. */
export const PERSON_SORTS = [
  'familyName', 'givenNames', 'birthDate', 'startDate', 'endDate', 'department', 'team',
  'employeeType', 'status',
] as const;
export type PersonSortField = (typeof PERSON_SORTS)[number];
export type PersonSort = PersonSortField | `-${PersonSortField}`;

/**
 * A person as the API answers it. Dates are `YYYY-MM-DD`. Standard fields the tenant hides
 * (`settings.hiddenStandardFields`) are left out, hence optional here. `nationalRegisterNumber`
 * is masked ("••.••.••-•••.09") unless the account may see it, and then only in the answer of
 * `GET /api/people/:id`.
 */
export interface PersonDto {
  id: string;
  givenNames: string;
  familyName: string;
  preferredName?: string | null;
  birthDate?: string | null;
  gender?: string | null;
  nationalRegisterNumber?: string | null;
  departmentId?: string | null;
  teamId?: string | null;
  employeeTypeId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  status: PersonStatus;
  /** The tenant's own fields; for an employee only those marked visible to employees. */
  fields: Record<string, unknown>;
  /** Send it back with a change; it rises by one with every stored change. */
  version: number;
}

/** The answer of `GET /api/people`: one page and the count of every match. */
export interface PersonListDto {
  items: PersonDto[];
  total: number;
}
