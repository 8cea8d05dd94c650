export const DEVELOPMENT_PLAN_PLUGIN_ID = 'development-plan';

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
