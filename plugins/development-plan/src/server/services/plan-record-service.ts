import { injectable } from 'inversify';
import { ValidationError, type RequestContext } from '@dots/core';
import type { ConversationView, ReviewView } from '../../common/development-plan-view.js';
import type {
  ConversationCreateBody, ReviewCreateBody, ReviewPatchBody,
} from '../routes/development-plan-schemas.js';
import {
  DevelopmentConversation, DevelopmentGoal, DevelopmentReview, type DevelopmentPlan,
} from '../entities/index.js';
import { auditPlanChange } from './plan-audit.js';
import { conversationView, reviewView } from './development-plan-views.js';

/** Review moments and POP conversations: what happens to a plan over time. */
@injectable()
export class PlanRecordService {
  createReview(ctx: RequestContext, plan: DevelopmentPlan, body: ReviewCreateBody): ReviewView {
    const review = ctx.em.create(DevelopmentReview, {
      plan, person: plan.person, date: body.date, note: body.note ?? null,
    });
    ctx.em.persist(review);

    auditPlanChange(ctx, 'development-plan.review.create', 'development-plan-review', review,
      Object.keys(body));
    return reviewView(review);
  }

  updateReview(ctx: RequestContext, review: DevelopmentReview, body: ReviewPatchBody): ReviewView {
    ctx.em.assign(review, body);
    auditPlanChange(ctx, 'development-plan.review.update', 'development-plan-review', review,
      Object.keys(body));
    return reviewView(review);
  }

  removeReview(ctx: RequestContext, review: DevelopmentReview): void {
    ctx.em.remove(review);
    auditPlanChange(ctx, 'development-plan.review.delete', 'development-plan-review', review);
  }

  /** Progress may only name goals of this plan, each once. */
  async createConversation(
    ctx: RequestContext,
    plan: DevelopmentPlan,
    body: ConversationCreateBody,
  ): Promise<ConversationView> {
    const goals = await ctx.em.find(DevelopmentGoal, { plan: plan.id });
    const seen = new Set<string>();
    const progress = body.progress.map((entry, index) => {
      const goal = goals.find((g) => g.id.toLowerCase() === entry.goalId.toLowerCase());
      if (!goal || seen.has(goal.id)) {
        const reason = goal ? 'names a goal a second time' : 'is not a goal of this plan';
        throw ValidationError.field(`progress.${index}.goalId`, reason);
      }
      seen.add(goal.id);
      return { goalId: goal.id, goalTitle: goal.title, note: entry.note };
    });

    const conversation = ctx.em.create(DevelopmentConversation, {
      plan, person: plan.person, date: body.date, note: body.note ?? null, progress,
    });
    ctx.em.persist(conversation);

    auditPlanChange(ctx, 'development-plan.conversation.create',
      'development-plan-conversation', conversation, Object.keys(body));
    return conversationView(conversation);
  }

  removeConversation(ctx: RequestContext, conversation: DevelopmentConversation): void {
    ctx.em.remove(conversation);
    auditPlanChange(ctx, 'development-plan.conversation.delete',
      'development-plan-conversation', conversation);
  }
}
