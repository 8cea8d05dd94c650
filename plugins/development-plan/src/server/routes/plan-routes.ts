import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  DEVELOPMENT_PLAN_PERMISSIONS, DEVELOPMENT_PLAN_PLUGIN_ID, DEVELOPMENT_PLAN_SECTION,
} from '../../common/development-plan-permissions.js';
import { DevelopmentPlan, DevelopmentVersion } from '../entities/index.js';
import { PlanService } from '../services/plan-service.js';
import { VersionService } from '../services/version-service.js';
import {
  planCreateBody, planPatchBody, versionCreateBody, versionPatchBody,
} from './development-plan-schemas.js';

/**
 * Plans and their versions, mounted at `/api/development-plan`. Every row parameter is loaded
 * by the core, so an employee reaches only the plans of their own person.
 */
@injectable()
export class PlanRoutes implements RouteContribution {
  readonly pluginId = DEVELOPMENT_PLAN_PLUGIN_ID;

  @inject(PlanService) private readonly plans!: PlanService;
  @inject(VersionService) private readonly versions!: VersionService;

  registerRoutes(routes: RouteRegistrar): void {
    // Every route reads or writes the POP tab: the core applies the tenant's visibility.
    const section = DEVELOPMENT_PLAN_SECTION;
    const read = { permission: DEVELOPMENT_PLAN_PERMISSIONS.read };
    const manage = { permission: DEVELOPMENT_PLAN_PERMISSIONS.manage };

    routes.add({
      method: 'get', section, path: '/people/:personId/plans', access: read,
      params: { personId: Person }, summary: "A person's development plans, newest period first",
      handler: (ctx, { params }) => this.plans.list(ctx, params.personId),
    });

    routes.add({
      method: 'post', section, path: '/people/:personId/plans', access: manage, status: 201,
      params: { personId: Person }, body: planCreateBody,
      summary: 'Start a development plan for a person',
      handler: async (ctx, { params, body }) => this.plans.create(ctx, params.personId, body),
    });

    routes.add({
      method: 'get', section, path: '/plans/:id', access: read, params: { id: DevelopmentPlan },
      summary: 'A plan with its goals, actions, reviews, versions and conversations',
      handler: (ctx, { params }) => this.plans.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', section, path: '/plans/:id', access: manage, params: { id: DevelopmentPlan },
      body: planPatchBody, summary: "Change a plan's period",
      handler: (ctx, { params, body }) => this.plans.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', section, path: '/plans/:id', access: manage,
      params: { id: DevelopmentPlan }, summary: 'Delete a plan and everything in it',
      handler: async (ctx, { params }) => {
        this.plans.remove(ctx, params.id);
        return undefined;
      },
    });

    routes.add({
      method: 'get', section, path: '/plans/:id/maatwerk-check', access: read,
      params: { id: DevelopmentPlan },
      summary: 'Which rules of the minimum content of a maatwerk POP the plan does not meet',
      handler: (ctx, { params }) => this.plans.check(ctx, params.id),
    });

    routes.add({
      method: 'post', section, path: '/plans/:id/versions', access: manage, status: 201,
      params: { id: DevelopmentPlan }, body: versionCreateBody,
      summary: 'Freeze the plan as it is now as its next version',
      handler: (ctx, { params, body }) => this.versions.create(ctx, params.id, body),
    });

    routes.add({
      method: 'get', section, path: '/versions/:id', access: read,
      params: { id: DevelopmentVersion }, summary: 'A version with its frozen content',
      handler: async (_ctx, { params }) => this.versions.get(params.id),
    });

    routes.add({
      method: 'patch', section, path: '/versions/:id', access: manage,
      params: { id: DevelopmentVersion }, body: versionPatchBody,
      summary: 'Record when and to whom a version was handed over, e.g. uploaded to VDAB',
      handler: async (ctx, { params, body }) => this.versions.update(ctx, params.id, body),
    });
  }
}
