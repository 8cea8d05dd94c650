import { Person, todayInBrussels, type RequestContext } from '@dots/core';
import type { PlanDeadline } from '../../common/development-plan-view.js';
import { DevelopmentPlan, DevelopmentReview, DevelopmentVersion } from '../entities/index.js';
import { planDeadlines } from './plan-deadlines.js';

/**
 * The deadlines of many plans at once, with one query per table whatever their number (the
 * agenda asks for every plan of the tenant). Reads through `ctx.em`: the tenant filter applies.
 */
export async function readPlanDeadlines(
  ctx: RequestContext,
  plans: DevelopmentPlan[],
): Promise<Map<string, PlanDeadline[]>> {
  const result = new Map<string, PlanDeadline[]>();
  if (!plans.length || !ctx.tenant) return result;

  const planIds = plans.map((plan) => plan.id);
  const personIds = [...new Set(plans.map((plan) => plan.person.id))];
  const people = await ctx.em.find(Person, { id: { $in: personIds } });
  const siblings = await ctx.em.find(DevelopmentPlan, { person: { $in: personIds } });
  const versions = await ctx.em.find(DevelopmentVersion, { plan: { $in: planIds } });
  const reviews = await ctx.em.find(DevelopmentReview, { plan: { $in: planIds } });
  const today = todayInBrussels();

  for (const plan of plans) {
    const person = people.find((p) => p.id === plan.person.id);
    const own = versions.filter((version) => version.plan.id === plan.id);
    const next = siblings
      .filter((other) => other.person.id === plan.person.id)
      .map((other) => other.periodFrom)
      .filter((from) => from > plan.periodFrom)
      .sort()[0];

    result.set(plan.id, planDeadlines({
      kind: ctx.tenant.kind,
      today,
      personStartDate: person?.startDate ?? null,
      periodFrom: plan.periodFrom,
      evaluationDate: plan.evaluationDate ?? null,
      versionDates: own.map((version) => version.date),
      handOvers: own.flatMap((version) => (version.handedOverAt ? [version.handedOverAt] : [])),
      reviewDates: reviews.filter((r) => r.plan.id === plan.id).map((review) => review.date),
      nextPlanFrom: next ?? null,
    }));
  }
  return result;
}
