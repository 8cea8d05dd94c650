import type { EntityManager } from '@mikro-orm/core';
import { DevelopmentAction, DevelopmentGoal, type DevelopmentPlan } from '../entities/index.js';

/** A plan's goals in order, each with its actions in the order they were made. */
export interface PlanContents {
  goals: DevelopmentGoal[];
  actionsOf(goal: DevelopmentGoal): DevelopmentAction[];
}

/** Reads the goals and actions of `plan` through the request's tenant-scoped `em`. */
export async function loadPlanContents(
  em: EntityManager,
  plan: DevelopmentPlan,
): Promise<PlanContents> {
  const goals = await em.find(DevelopmentGoal, { plan: plan.id }, {
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  const actions = goals.length
    ? await em.find(DevelopmentAction, { goal: { $in: goals.map((g) => g.id) } }, {
      orderBy: [{ id: 'asc' }],
    })
    : [];
  return {
    goals,
    actionsOf: (goal) => actions.filter((action) => action.goal.id === goal.id),
  };
}
