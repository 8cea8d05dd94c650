/**
 * Routes of the Issue 5 contract that COMPETENCE_PATHS does not name yet, and the development
 * plan's routes a gap is posted to. Competences does not require the development-plan plugin,
 * so it does not import that plugin's code: it calls its API, and only when the session says the
 * tenant has it enabled.
 */
export const MEASURE_PATHS = {
  due: (personId: string) => `/api/competences/people/${personId}/due`,
  share: (id: string) => `/api/competences/measurements/${id}/share`,
  plansOf: (personId: string) => `/api/development-plan/people/${personId}/plans`,
  goals: (planId: string) => `/api/development-plan/plans/${planId}/goals`,
} as const;

export const DEVELOPMENT_PLAN_PLUGIN = 'development-plan';
export const DEVELOPMENT_PLAN_MANAGE = 'development-plan.manage';
export const DEVELOPMENT_PLAN_TAB = 'development-plan.plan';
