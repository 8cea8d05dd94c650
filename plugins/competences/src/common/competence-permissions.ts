export const COMPETENCES_PLUGIN_ID = 'competences';

/** Permission names of the competences plugin. */
export const COMPETENCE_PERMISSIONS = {
  manage: 'competences.manage',
  measure: 'competences.measure',
  view: 'competences.view',
} as const;

/** The dossier section that holds a person's measurements. */
export const MEASUREMENTS_SECTION = 'competences.measurements';

/** A measurement is part of a cycle (`periodic`) or made when something happened (`ad-hoc`). */
export const MEASUREMENT_KINDS = ['periodic', 'ad-hoc'] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

/** A draft can change; a final measurement changes only by amendment. */
export const MEASUREMENT_STATUSES = ['draft', 'final'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

/**
 * Whose view a measurement holds. Only `coach` is written yet; the self-assessment will store
 * `self` rows in the same table, and the rules never average the two.
 */
export const PERSPECTIVES = ['coach', 'self'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Ready frameworks a tenant can adopt, and the languages each comes in. */
export const READY_FRAMEWORKS = {
  'work-floor': ['nl', 'en'],
  'esco-transversal': ['nl'],
} as const;
export type ReadyFrameworkId = keyof typeof READY_FRAMEWORKS;
export type FrameworkLanguage = 'nl' | 'en';

/** How many levels a scale may have, and how many indicators a competence. */
export const SCALE_SIZES = [4, 5] as const;
export const INDICATORS_PER_COMPETENCE = { min: 2, max: 5 } as const;

/** Paths of the plugin's API. */
export const COMPETENCE_PATHS = {
  frameworks: '/api/competences/frameworks',
  framework: (id: string) => `/api/competences/frameworks/${id}`,
  adopt: '/api/competences/frameworks/adopt',
  readyFrameworks: '/api/competences/ready-frameworks',
  versions: (frameworkId: string) => `/api/competences/frameworks/${frameworkId}/versions`,
  version: (id: string) => `/api/competences/framework-versions/${id}`,
  measurementsOf: (personId: string) => `/api/competences/people/${personId}/measurements`,
  measurement: (id: string) => `/api/competences/measurements/${id}`,
  finalise: (id: string) => `/api/competences/measurements/${id}/finalise`,
  amendments: (id: string) => `/api/competences/measurements/${id}/amendments`,
} as const;
