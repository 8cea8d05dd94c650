import { injectable } from 'inversify';
import type { AgendaContribution, AgendaItem, AgendaQuery, RequestContext } from '@dots/core';
import {
  DEVELOPMENT_PLAN_PLUGIN_ID, DEVELOPMENT_PLAN_SECTION, developmentPlanLink,
} from '../common/development-plan-permissions.js';
import { DevelopmentAction, DevelopmentPlan, DevelopmentReview } from './entities/index.js';
import { readPlanDeadlines } from './services/plan-deadline-reader.js';
import { deadlineTitle, reviewTitle } from './development-plan-wording.js';

/**
 * The POP's part of the staff agenda: improvement actions due (owned by their owner), review
 * moments and the plan deadlines of the tenant's kind. Reviews and deadlines have no owner, so
 * "my week" (an owner filter) shows only the caller's actions.
 */
@injectable()
export class DevelopmentPlanAgenda implements AgendaContribution {
  readonly pluginId = DEVELOPMENT_PLAN_PLUGIN_ID;

  async agendaItems(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    if (query.personIds?.length === 0) return [];

    const people = query.personIds ? { person: { $in: query.personIds } } : {};
    const within = { $gte: query.from, $lte: query.to };
    const actions = await ctx.em.find(DevelopmentAction, {
      ...people, dueDate: within,
      ...(query.ownerAccountId ? { owner: query.ownerAccountId } : {}),
    }, { orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
    const items = actions.map((action) => actionItem(action));
    if (query.ownerAccountId) return items;

    const reviews = await ctx.em.find(DevelopmentReview, { ...people, date: within }, {
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    });
    items.push(...reviews.map((review) => reviewItem(ctx, review)));
    items.push(...await this.deadlineItems(ctx, query, people));
    return items;
  }

  /** Deadlines are computed, not stored: every plan of the people asked for is read. */
  private async deadlineItems(
    ctx: RequestContext,
    query: AgendaQuery,
    people: object,
  ): Promise<AgendaItem[]> {
    const plans = await ctx.em.find(DevelopmentPlan, people);
    const deadlines = await readPlanDeadlines(ctx, plans);

    return plans.flatMap((plan) => (deadlines.get(plan.id) ?? [])
      .filter((d) => d.dueDate >= query.from && d.dueDate <= query.to)
      .map((d) => ({
        id: `deadline:${plan.id}:${d.rule}:${d.dueDate}`,
        kind: 'pop-deadline',
        date: d.dueDate,
        title: deadlineTitle(ctx.locale, d.rule),
        personId: plan.person.id,
        done: d.met,
        link: developmentPlanLink(plan.person.id),
        section: DEVELOPMENT_PLAN_SECTION,
      })));
  }
}

function actionItem(action: DevelopmentAction): AgendaItem {
  return {
    id: `action:${action.id}`,
    kind: 'pop-action',
    date: action.dueDate!,
    title: action.text,
    personId: action.person.id,
    ...(action.owner ? { ownerAccountId: action.owner.id } : {}),
    done: action.status === 'done' || action.status === 'dropped',
    link: developmentPlanLink(action.person.id),
    section: DEVELOPMENT_PLAN_SECTION,
  };
}

function reviewItem(ctx: RequestContext, review: DevelopmentReview): AgendaItem {
  return {
    id: `review:${review.id}`,
    kind: 'pop-review',
    date: review.date,
    title: reviewTitle(ctx.locale, review.note ?? null),
    personId: review.person.id,
    link: developmentPlanLink(review.person.id),
    section: DEVELOPMENT_PLAN_SECTION,
  };
}
