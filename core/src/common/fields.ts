export const FIELD_TYPES = [
  'text', 'number', 'date', 'choice', 'multi-choice', 'yes-no',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  labelNl: string;
  labelEn: string;
}

/** Standard person fields a tenant may hide. Names are always used. */
export const HIDEABLE_PERSON_FIELDS = [
  'preferredName', 'birthDate', 'gender', 'nationalRegisterNumber', 'departmentId', 'teamId',
  'employeeTypeId', 'startDate', 'endDate',
] as const;
