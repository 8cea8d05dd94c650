import { inject, injectable } from 'inversify';
import type { RouteContribution, RouteRegistrar } from '@dots/core';
import {
  DEVELOPMENT_PLAN_PERMISSIONS, DEVELOPMENT_PLAN_PLUGIN_ID, DEVELOPMENT_PLAN_SECTION,
} from '../../common/development-plan-permissions.js';
import {
  DevelopmentAction, DevelopmentConversation, DevelopmentGoal, DevelopmentPlan,
  DevelopmentReview,
} from '../entities/index.js';
import { GoalService } from '../services/goal-service.js';
import { PlanRecordService } from '../services/plan-record-service.js';
import {
  actionCreateBody, actionPatchBody, conversationCreateBody, goalCreateBody, goalPatchBody,
  reviewCreateBody, reviewPatchBody,
} from './development-plan-schemas.js';

/** Goals, improvement actions, review moments and POP conversations of a plan. */
@injectable()
export class PlanPartRoutes implements RouteContribution {
  readonly pluginId = DEVELOPMENT_PLAN_PLUGIN_ID;

  @inject(GoalService) private readonly goals!: GoalService;
  @inject(PlanRecordService) private readonly records!: PlanRecordService;

  registerRoutes(routes: RouteRegistrar): void {
    // Every route reads or writes the POP tab: the core applies the tenant's visibility.
    const section = DEVELOPMENT_PLAN_SECTION;
    const access = { permission: DEVELOPMENT_PLAN_PERMISSIONS.manage };
    // A delete answers 204: the removal is queued, and the pipeline's flush stores it.
    const none = async (_removed: void) => undefined;

    routes.add({
      method: 'post', section, path: '/plans/:id/goals', access, status: 201,
      params: { id: DevelopmentPlan }, body: goalCreateBody, summary: 'Add a goal to a plan',
      handler: (ctx, { params, body }) => this.goals.createGoal(ctx, params.id, body),
    });
    routes.add({
      method: 'patch', section, path: '/goals/:id', access, params: { id: DevelopmentGoal },
      body: goalPatchBody, summary: 'Change a goal',
      handler: (ctx, { params, body }) => this.goals.updateGoal(ctx, params.id, body),
    });
    routes.add({
      method: 'delete', section, path: '/goals/:id', access, params: { id: DevelopmentGoal },
      summary: 'Delete a goal and its actions',
      handler: (ctx, { params }) => none(this.goals.removeGoal(ctx, params.id)),
    });

    routes.add({
      method: 'post', section, path: '/goals/:id/actions', access, status: 201,
      params: { id: DevelopmentGoal }, body: actionCreateBody,
      summary: 'Add an improvement action to a goal',
      handler: (ctx, { params, body }) => this.goals.createAction(ctx, params.id, body),
    });
    routes.add({
      method: 'patch', section, path: '/actions/:id', access, params: { id: DevelopmentAction },
      body: actionPatchBody, summary: 'Change an improvement action or its status',
      handler: (ctx, { params, body }) => this.goals.updateAction(ctx, params.id, body),
    });
    routes.add({
      method: 'delete', section, path: '/actions/:id', access, params: { id: DevelopmentAction },
      summary: 'Delete an improvement action',
      handler: (ctx, { params }) => none(this.goals.removeAction(ctx, params.id)),
    });

    routes.add({
      method: 'post', section, path: '/plans/:id/reviews', access, status: 201,
      params: { id: DevelopmentPlan }, body: reviewCreateBody,
      summary: 'Add a review moment to a plan',
      handler: async (ctx, { params, body }) => this.records.createReview(ctx, params.id, body),
    });
    routes.add({
      method: 'patch', section, path: '/reviews/:id', access, params: { id: DevelopmentReview },
      body: reviewPatchBody, summary: 'Change a review moment',
      handler: async (ctx, { params, body }) => this.records.updateReview(ctx, params.id, body),
    });
    routes.add({
      method: 'delete', section, path: '/reviews/:id', access, params: { id: DevelopmentReview },
      summary: 'Delete a review moment',
      handler: (ctx, { params }) => none(this.records.removeReview(ctx, params.id)),
    });

    routes.add({
      method: 'post', section, path: '/plans/:id/conversations', access, status: 201,
      params: { id: DevelopmentPlan }, body: conversationCreateBody,
      summary: 'Record a POP conversation with the progress on each goal',
      handler: (ctx, { params, body }) => this.records.createConversation(ctx, params.id, body),
    });
    routes.add({
      method: 'delete', section, path: '/conversations/:id', access,
      params: { id: DevelopmentConversation }, summary: 'Delete a POP conversation',
      handler: (ctx, { params }) => none(this.records.removeConversation(ctx, params.id)),
    });
  }
}
