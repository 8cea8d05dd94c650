import { injectable } from 'inversify';
import { ValidationError, type Person, type RequestContext } from '@dots/core';
import type { MaatwerkCheck, PlanList, PlanView } from '../../common/development-plan-view.js';
import type { PlanCreateBody, PlanPatchBody } from '../routes/development-plan-schemas.js';
import {
  DevelopmentConversation, DevelopmentPlan, DevelopmentReview, DevelopmentVersion,
} from '../entities/index.js';
import { auditPlanChange } from './plan-audit.js';
import { loadPlanContents } from './plan-contents.js';
import { maatwerkCheck } from './maatwerk-check.js';
import { readPlanDeadlines } from './plan-deadline-reader.js';
import {
  conversationView, goalView, planSummaryView, reviewView, versionView,
} from './development-plan-views.js';

/**
 * Plans of one person. The core has loaded the person or plan in tenant scope and hidden other
 * people's rows from an employee, so every read here is already the caller's to see.
 */
@injectable()
export class PlanService {
  async list(ctx: RequestContext, person: Person): Promise<PlanList> {
    const plans = await ctx.em.find(DevelopmentPlan, { person: person.id }, {
      orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
    });
    return { items: plans.map(planSummaryView) };
  }

  async create(ctx: RequestContext, person: Person, body: PlanCreateBody): Promise<PlanView> {
    assertPeriod(body.periodFrom, body.periodTo);
    const plan = ctx.em.create(DevelopmentPlan, { person, ...body });
    ctx.em.persist(plan);

    auditPlanChange(ctx, 'development-plan.create', 'development-plan', plan, Object.keys(body));
    const deadlines = (await readPlanDeadlines(ctx, [plan])).get(plan.id) ?? [];
    return {
      ...planSummaryView(plan), goals: [], reviews: [], versions: [], conversations: [], deadlines,
    };
  }

  async get(ctx: RequestContext, plan: DevelopmentPlan): Promise<PlanView> {
    const contents = await loadPlanContents(ctx.em, plan);
    const byDate = { orderBy: [{ date: 'asc' as const }, { id: 'asc' as const }] };
    const reviews = await ctx.em.find(DevelopmentReview, { plan: plan.id }, byDate);
    const conversations = await ctx.em.find(DevelopmentConversation, { plan: plan.id }, byDate);
    const versions = await ctx.em.find(DevelopmentVersion, { plan: plan.id }, {
      orderBy: [{ number: 'asc' }],
    });

    return {
      ...planSummaryView(plan),
      goals: contents.goals.map((goal) => goalView(goal, contents.actionsOf(goal))),
      reviews: reviews.map(reviewView),
      versions: versions.map((version) => versionView(version)),
      conversations: conversations.map(conversationView),
      deadlines: (await readPlanDeadlines(ctx, [plan])).get(plan.id) ?? [],
    };
  }

  async update(ctx: RequestContext, plan: DevelopmentPlan, body: PlanPatchBody) {
    assertPeriod(body.periodFrom ?? plan.periodFrom, body.periodTo ?? plan.periodTo);
    if (body.periodFrom !== undefined) plan.periodFrom = body.periodFrom;
    if (body.periodTo !== undefined) plan.periodTo = body.periodTo;
    if (body.evaluationDate !== undefined) plan.evaluationDate = body.evaluationDate;

    auditPlanChange(ctx, 'development-plan.update', 'development-plan', plan, Object.keys(body));
    return this.get(ctx, plan);
  }

  /** The database deletes the plan's goals, actions, reviews, versions and conversations. */
  remove(ctx: RequestContext, plan: DevelopmentPlan): void {
    ctx.em.remove(plan);
    auditPlanChange(ctx, 'development-plan.delete', 'development-plan', plan);
  }

  async check(ctx: RequestContext, plan: DevelopmentPlan): Promise<MaatwerkCheck> {
    return maatwerkCheck(await loadPlanContents(ctx.em, plan));
  }
}

/** A period ends on or after the day it starts; the end is what the caller got wrong. */
function assertPeriod(from: string, to: string): void {
  if (to < from) throw ValidationError.field('periodTo', 'must not be before periodFrom');
}
