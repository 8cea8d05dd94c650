/**
 * What the person tab needs of the development plan to offer a gap as a POP goal. Competences
 * does not list development-plan in `requires`, so it may not import that plugin's common
 * (docs/plugins.md): it calls its API, and only when the session says the tenant has it enabled.
 */
export const DEVELOPMENT_PLAN_API = {
  plugin: 'development-plan',
  managePermission: 'development-plan.manage',
  /** The POP tab of the person page, where a plan is made. */
  tab: 'development-plan.plan',
  plansOf: (personId: string) => `/api/development-plan/people/${personId}/plans`,
  goals: (planId: string) => `/api/development-plan/plans/${planId}/goals`,
  /** A plan with its goals, whose `competenceRefs` say which competences are goals already. */
  plan: (planId: string) => `/api/development-plan/plans/${planId}`,
} as const;
