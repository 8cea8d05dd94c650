import type { ActionStatus, CompetenceKind } from './development-plan-permissions.js';

/** An improvement action of a goal. */
export interface ActionView {
  id: string;
  goalId: string;
  text: string;
  ownerId: string | null;
  dueDate: string | null;
  status: ActionStatus;
}

/** A goal of a plan, with its actions. */
export interface GoalView {
  id: string;
  planId: string;
  title: string;
  description: string | null;
  /** Free text until the competences plugin exists. */
  competence: string | null;
  competenceKind: CompetenceKind | null;
  currentLevel: string | null;
  targetLevel: string | null;
  position: number;
  actions: ActionView[];
}

/** A review moment of a plan. */
export interface ReviewView {
  id: string;
  planId: string;
  date: string;
  note: string | null;
}

/** The content of a plan as frozen in a version. */
export interface PlanSnapshot {
  periodFrom: string;
  periodTo: string;
  goals: Array<Omit<GoalView, 'id' | 'planId' | 'actions'> & {
    id: string;
    actions: Array<Omit<ActionView, 'goalId'>>;
  }>;
}

/** A frozen version; `snapshot` only on the version's own route. */
export interface VersionView {
  id: string;
  planId: string;
  number: number;
  date: string;
  note: string | null;
  /** When the version was handed to an outside body, e.g. uploaded to VDAB. */
  handedOverAt: string | null;
  handedOverTo: string | null;
  snapshot?: PlanSnapshot;
}

/** Progress on one goal, as said in a POP conversation. */
export interface GoalProgress {
  goalId: string;
  /** The goal's title on the day, kept so the record reads the same after the goal changes. */
  goalTitle: string;
  note: string;
}

/** A POP conversation. */
export interface ConversationView {
  id: string;
  planId: string;
  date: string;
  note: string | null;
  progress: GoalProgress[];
}

/** A plan as a list shows it. */
export interface PlanSummaryView {
  id: string;
  personId: string;
  periodFrom: string;
  periodTo: string;
  createdAt: string;
  updatedAt: string;
}

/** A plan with everything it holds. */
export interface PlanView extends PlanSummaryView {
  goals: GoalView[];
  reviews: ReviewView[];
  versions: VersionView[];
  conversations: ConversationView[];
}

export interface PlanList {
  items: PlanSummaryView[];
}

/** One rule of the maatwerk minimum that the plan does not meet. */
export interface MaatwerkFailure {
  rule: 'goals' | 'current-level' | 'target-level' | 'competence-kinds' | 'improvement-actions';
  message: string;
  /** The goals that break the rule, when the rule is about single goals. */
  goalIds?: string[];
}

/** `GET …/plans/:id/maatwerk-check`. */
export interface MaatwerkCheck {
  passes: boolean;
  failures: MaatwerkFailure[];
}
