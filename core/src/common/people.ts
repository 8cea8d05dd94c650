export const PERSON_STATUSES = ['candidate', 'active', 'paused', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
