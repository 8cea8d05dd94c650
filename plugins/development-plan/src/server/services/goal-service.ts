import { inject, injectable } from 'inversify';
import { StaffDirectory, type Account, type RequestContext } from '@dots/core';
import type { ActionView, GoalView } from '../../common/development-plan-view.js';
import type {
  ActionCreateBody, ActionPatchBody, GoalCreateBody, GoalPatchBody,
} from '../routes/development-plan-schemas.js';
import { DevelopmentAction, DevelopmentGoal, type DevelopmentPlan } from '../entities/index.js';
import { auditPlanChange } from './plan-audit.js';
import { actionView, goalView } from './development-plan-views.js';

/** Goals of a plan and their improvement actions. */
@injectable()
export class GoalService {
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;

  async createGoal(
    ctx: RequestContext,
    plan: DevelopmentPlan,
    body: GoalCreateBody,
  ): Promise<GoalView> {
    const last = await ctx.em.findOne(DevelopmentGoal, { plan: plan.id }, {
      orderBy: [{ position: 'desc' }],
    });
    const goal = ctx.em.create(DevelopmentGoal, {
      plan, person: plan.person, position: last ? last.position + 1 : 0, ...body,
    });
    ctx.em.persist(goal);

    auditPlanChange(ctx, 'development-plan.goal.create', 'development-plan-goal', goal,
      Object.keys(body));
    return goalView(goal, []);
  }

  async updateGoal(
    ctx: RequestContext,
    goal: DevelopmentGoal,
    body: GoalPatchBody,
  ): Promise<GoalView> {
    ctx.em.assign(goal, body);

    auditPlanChange(ctx, 'development-plan.goal.update', 'development-plan-goal', goal,
      Object.keys(body));
    const actions = await ctx.em.find(DevelopmentAction, { goal: goal.id }, {
      orderBy: [{ id: 'asc' }],
    });
    return goalView(goal, actions);
  }

  /** The database deletes the goal's actions with it. */
  removeGoal(ctx: RequestContext, goal: DevelopmentGoal): void {
    ctx.em.remove(goal);
    auditPlanChange(ctx, 'development-plan.goal.delete', 'development-plan-goal', goal);
  }

  async createAction(
    ctx: RequestContext,
    goal: DevelopmentGoal,
    body: ActionCreateBody,
  ): Promise<ActionView> {
    const { ownerId, ...rest } = body;
    const owner = await this.ownerOf(ctx, ownerId);
    const action = ctx.em.create(DevelopmentAction, {
      goal, person: goal.person, owner, ...rest,
    });
    ctx.em.persist(action);

    auditPlanChange(ctx, 'development-plan.action.create', 'development-plan-action', action,
      Object.keys(body));
    return actionView(action);
  }

  async updateAction(
    ctx: RequestContext,
    action: DevelopmentAction,
    body: ActionPatchBody,
  ): Promise<ActionView> {
    const { ownerId, ...rest } = body;
    if (ownerId !== undefined) action.owner = await this.ownerOf(ctx, ownerId);
    ctx.em.assign(action, rest);

    auditPlanChange(ctx, 'development-plan.action.update', 'development-plan-action', action,
      Object.keys(body));
    return actionView(action);
  }

  removeAction(ctx: RequestContext, action: DevelopmentAction): void {
    ctx.em.remove(action);
    auditPlanChange(ctx, 'development-plan.action.delete', 'development-plan-action', action);
  }

  /**
   * An active staff account of this tenant: an employee, a deactivated colleague or another
   * tenant's account is refused as a bad `ownerId`.
   */
  private async ownerOf(
    ctx: RequestContext,
    ownerId?: string | null,
  ): Promise<Account | null> {
    if (!ownerId) return null;
    return this.staff.require(ctx, ownerId, 'ownerId');
  }
}
