/**
 * The cycles API of the issue 5 contract (`/api/competences/cycles`), until the shared common
 * types name it: a measurement rhythm for an employee type or for one person.
 */
export interface CycleView {
  id: string;
  frameworkId: string;
  frameworkName: string;
  employeeTypeId: string | null;
  employeeTypeName: string | null;
  personId: string | null;
  intervalMonths: number;
  startsOn: string;
  withSelfAssessment: boolean;
}

/** The body of `POST /cycles`: exactly one of `employeeTypeId` and `personId`. */
export interface NewCycle {
  frameworkId: string;
  employeeTypeId?: string;
  personId?: string;
  intervalMonths: number;
  startsOn: string;
  withSelfAssessment: boolean;
}

export const CYCLE_PATHS = {
  cycles: '/api/competences/cycles',
  cycle: (id: string) => `/api/competences/cycles/${id}`,
} as const;

/** The import and export routes of the contract. */
export const FRAMEWORK_FILE_PATHS = {
  import: '/api/competences/frameworks/import',
  export: (id: string, format: 'json' | 'xlsx', version?: number) =>
    `/api/competences/frameworks/${id}/export?format=${format}`
    + (version === undefined ? '' : `&version=${version}`),
} as const;
