export const DEVELOPMENT_PLAN_PLUGIN_ID = 'development-plan';

/** The person page's POP tab: the dossier section every route and agenda item names. */
export const DEVELOPMENT_PLAN_SECTION = 'development-plan.plan';

/** The tab's address for one person, as agenda items link to it. */
export const developmentPlanLink = (personId: string) =>
  `/people/${personId}?tab=${DEVELOPMENT_PLAN_SECTION}`;

/** Permission names of the development-plan plugin. */
export const DEVELOPMENT_PLAN_PERMISSIONS = {
  read: 'development-plan.read',
  manage: 'development-plan.manage',
} as const;

/** Statuses of an improvement action, in the order they usually pass. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The two kinds of competence a maatwerk POP must name (domain.md §1.2). */
export const COMPETENCE_KINDS = ['generic', 'technical'] as const;
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];

/**
 * The deadline rules a plan is held to, per organisation kind (domain.md §1.1–1.3; see the
 * plugin's README for each rule's source and the defaults chosen where the sources are silent).
 */
export const DEADLINE_RULES = [
  'maatwerk-pop-first-month', 'maatwerk-pop-before-evaluation', 'lde-yearly-pop',
  'ama-yearly-evaluation',
] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

/** Paths of the plugin's API, under its mount point. */
export const DEVELOPMENT_PLAN_PATHS = {
  plansOf: (personId: string) => `/api/development-plan/people/${personId}/plans`,
  plan: (id: string) => `/api/development-plan/plans/${id}`,
  maatwerkCheck: (id: string) => `/api/development-plan/plans/${id}/maatwerk-check`,
  goals: (planId: string) => `/api/development-plan/plans/${planId}/goals`,
  goal: (id: string) => `/api/development-plan/goals/${id}`,
  actions: (goalId: string) => `/api/development-plan/goals/${goalId}/actions`,
  action: (id: string) => `/api/development-plan/actions/${id}`,
  reviews: (planId: string) => `/api/development-plan/plans/${planId}/reviews`,
  review: (id: string) => `/api/development-plan/reviews/${id}`,
  versions: (planId: string) => `/api/development-plan/plans/${planId}/versions`,
  version: (id: string) => `/api/development-plan/versions/${id}`,
  conversations: (planId: string) => `/api/development-plan/plans/${planId}/conversations`,
  conversation: (id: string) => `/api/development-plan/conversations/${id}`,
} as const;
