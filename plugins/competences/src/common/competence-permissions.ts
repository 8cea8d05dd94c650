export const COMPETENCES_PLUGIN_ID = 'competences';

/** Permission names of the competences plugin. */
export const COMPETENCE_PERMISSIONS = {
  manage: 'competences.manage',
  measure: 'competences.measure',
  view: 'competences.view',
  /** The employee's own: self-assessments and the results a coach shared with them. */
  selfAssess: 'competences.self-assess',
} as const;

/** The dossier section that holds a person's measurements. */
export const MEASUREMENTS_SECTION = 'competences.measurements';

/**
 * The employee's own part of the portal: their self-assessments and the coach measurements
 * shared with them. Shown to employees by default, whatever the tenant does with
 * MEASUREMENTS_SECTION (docs/competences.md, "Self-assessment and sharing").
 */
export const SELF_ASSESSMENT_SECTION = 'competences.self-assessment';

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
  evolution: (personId: string) => `/api/competences/people/${personId}/evolution`,
  myEvolution: '/api/competences/me/evolution',
  departmentAverages: '/api/competences/reports/department-averages',
  cycles: '/api/competences/cycles',
  cycle: (id: string) => `/api/competences/cycles/${id}`,
  dueOf: (personId: string) => `/api/competences/people/${personId}/due`,
  share: (id: string) => `/api/competences/measurements/${id}/share`,
  mySelfAssessments: '/api/competences/me/self-assessments',
  mySelfAssessment: (id: string) => `/api/competences/me/self-assessments/${id}`,
  submitSelfAssessment: (id: string) => `/api/competences/me/self-assessments/${id}/submit`,
  mySelfAssessmentFrameworks: '/api/competences/me/self-assessment-frameworks',
  myResults: '/api/competences/me/competence-results',
  exportFramework: (id: string) => `/api/competences/frameworks/${id}/export`,
  importFramework: '/api/competences/frameworks/import',
} as const;
