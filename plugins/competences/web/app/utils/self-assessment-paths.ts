/** The employee's own routes of the competences API (docs/competences.md, "Self-assessment"). */
export const SELF_ASSESSMENT_PATHS = {
  frameworks: '/api/competences/me/self-assessment-frameworks',
  list: '/api/competences/me/self-assessments',
  one: (id: string) => `/api/competences/me/self-assessments/${id}`,
  submit: (id: string) => `/api/competences/me/self-assessments/${id}/submit`,
  evolution: '/api/competences/me/evolution',
} as const;
