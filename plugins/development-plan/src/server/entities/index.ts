import { DevelopmentAction } from './development-action.js';
import { DevelopmentConversation } from './development-conversation.js';
import { DevelopmentGoal } from './development-goal.js';
import { DevelopmentPlan } from './development-plan.js';
import { DevelopmentReview } from './development-review.js';
import { DevelopmentVersion } from './development-version.js';

/** Every entity of the plugin, for its definition. */
export const DEVELOPMENT_PLAN_ENTITIES = [
  DevelopmentPlan, DevelopmentGoal, DevelopmentAction, DevelopmentReview, DevelopmentVersion,
  DevelopmentConversation,
];

export {
  DevelopmentAction, DevelopmentConversation, DevelopmentGoal, DevelopmentPlan,
  DevelopmentReview, DevelopmentVersion,
};
