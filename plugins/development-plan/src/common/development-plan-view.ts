import type {
  ActionStatus, CompetenceKind, DeadlineRule,
} from './development-plan-permissions.js';

/** An improvement action of a goal. */
export interface ActionView {
  id: string;
  goalId: string;
  text: string;
  ownerId: string | null;
  dueDate: string | null;
  status: ActionStatus;
}

/** A goal's link to one competence; the label is kept, so it reads right without the link. */
export interface CompetenceRef {
  /** An absolute URI (`scheme:…`), e.g. `urn:dots:competence:<id>` or an ESCO concept URI. */
  uri?: string;
  label: string;
}

/** A goal of a plan, with its actions. */
export interface GoalView {
  id: string;
  planId: string;
  title: string;
  description: string | null;
  /** Free text: always allowed, also next to `competenceRefs`. */
  competence: string | null;
  /**
   * Links to competences of a framework (issue 5): the competences plugin fills `uri` with its
   * own ids (or an ESCO concept URI) and `label` with the wording of the day; empty when none.
   */
  competenceRefs: CompetenceRef[];
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
  goals: Array<Omit<GoalView, 'id' | 'planId' | 'actions' | 'competenceRefs'> & {
    id: string;
    /** Absent in versions frozen before goals could link to competences. */
    competenceRefs?: CompetenceRef[];
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

/**
 * One deadline a plan is held to. `doneOn` is the day it was done (a hand-over, a renewal, a
 * review held), also when late; `met` means done on or before `dueDate`.
 */
export interface PlanDeadline {
  rule: DeadlineRule;
  dueDate: string;
  met: boolean;
  doneOn: string | null;
}

/** A plan as a list shows it. */
export interface PlanSummaryView {
  id: string;
  personId: string;
  periodFrom: string;
  periodTo: string;
  /** The next VDAB evaluation (maatwerk), `YYYY-MM-DD`, when known. */
  evaluationDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A plan with everything it holds. */
export interface PlanView extends PlanSummaryView {
  goals: GoalView[];
  reviews: ReviewView[];
  versions: VersionView[];
  conversations: ConversationView[];
  /** The deadlines of the tenant's kind, computed on every read (never stored). */
  deadlines: PlanDeadline[];
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
