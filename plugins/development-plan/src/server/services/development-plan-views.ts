import type {
  ActionView, ConversationView, GoalView, PlanSummaryView, ReviewView, VersionView,
} from '../../common/development-plan-view.js';
import type {
  DevelopmentAction, DevelopmentConversation, DevelopmentGoal, DevelopmentPlan,
  DevelopmentReview, DevelopmentVersion,
} from '../entities/index.js';

/** The API shape of a plan without its contents. */
export function planSummaryView(plan: DevelopmentPlan): PlanSummaryView {
  return {
    id: plan.id,
    personId: plan.person.id,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    evaluationDate: plan.evaluationDate ?? null,
    createdAt: toSeconds(plan.createdAt),
    updatedAt: toSeconds(plan.updatedAt),
  };
}

export function goalView(goal: DevelopmentGoal, actions: DevelopmentAction[]): GoalView {
  return {
    id: goal.id,
    planId: goal.plan.id,
    title: goal.title,
    description: goal.description ?? null,
    competence: goal.competence ?? null,
    competenceRefs: goal.competenceRefs ?? [],
    competenceKind: goal.competenceKind ?? null,
    currentLevel: goal.currentLevel ?? null,
    targetLevel: goal.targetLevel ?? null,
    position: goal.position,
    actions: actions.map(actionView),
  };
}

export function actionView(action: DevelopmentAction): ActionView {
  return {
    id: action.id,
    goalId: action.goal.id,
    text: action.text,
    ownerId: action.owner?.id ?? null,
    dueDate: action.dueDate ?? null,
    status: action.status,
  };
}

export function reviewView(review: DevelopmentReview): ReviewView {
  return { id: review.id, planId: review.plan.id, date: review.date, note: review.note ?? null };
}

/** A version; the snapshot only when asked, so a plan's answer stays small. */
export function versionView(version: DevelopmentVersion, withSnapshot = false): VersionView {
  return {
    id: version.id,
    planId: version.plan.id,
    number: version.number,
    date: version.date,
    note: version.note ?? null,
    handedOverAt: version.handedOverAt ?? null,
    handedOverTo: version.handedOverTo ?? null,
    ...(withSnapshot ? { snapshot: version.snapshot } : {}),
  };
}

export function conversationView(conversation: DevelopmentConversation): ConversationView {
  return {
    id: conversation.id,
    planId: conversation.plan.id,
    date: conversation.date,
    note: conversation.note ?? null,
    progress: conversation.progress,
  };
}

/**
 * MySQL and MariaDB keep datetimes to the second: an answer made before the row was read back
 * must show what a later read will show, on every database.
 */
function toSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}
