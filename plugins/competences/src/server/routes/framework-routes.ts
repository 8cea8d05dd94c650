import { inject, injectable } from 'inversify';
import type { RouteContribution, RouteRegistrar } from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID,
} from '../../common/competence-permissions.js';
import { CompetenceFramework, CompetenceFrameworkVersion } from '../entities/index.js';
import { FrameworkService } from '../services/framework-service.js';
import { adoptBody, frameworkCreateBody, frameworkPatchBody } from './framework-schemas.js';

/**
 * Frameworks and their versions, mounted at `/api/competences`. A framework is the
 * organisation's policy, not part of anyone's dossier, so these routes name no dossier section.
 */
@injectable()
export class FrameworkRoutes implements RouteContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(FrameworkService) private readonly frameworks!: FrameworkService;

  registerRoutes(routes: RouteRegistrar): void {
    const view = { permission: COMPETENCE_PERMISSIONS.view };
    const manage = { permission: COMPETENCE_PERMISSIONS.manage };

    routes.add({
      method: 'get', path: '/frameworks', access: view,
      summary: "The organisation's competence frameworks, by name",
      handler: (ctx) => this.frameworks.list(ctx),
    });

    routes.add({
      method: 'post', path: '/frameworks', access: manage, status: 201,
      body: frameworkCreateBody, summary: 'Make a framework: groups, competences, indicators',
      handler: async (ctx, { body }) => this.frameworks.create(ctx, body),
    });

    routes.add({
      method: 'post', path: '/frameworks/adopt', access: manage, status: 201, body: adoptBody,
      summary: 'Adopt a ready framework as a framework of the organisation',
      handler: async (ctx, { body }) => this.frameworks.adopt(ctx, body),
    });

    routes.add({
      method: 'get', path: '/ready-frameworks', access: manage,
      summary: 'The ready frameworks, with what their sources ask to be shown',
      handler: async (ctx) => this.frameworks.ready(ctx),
    });

    routes.add({
      method: 'get', path: '/frameworks/:id', access: view, params: { id: CompetenceFramework },
      summary: 'A framework with the wording of its current version',
      handler: (ctx, { params }) => this.frameworks.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', path: '/frameworks/:id', access: manage,
      params: { id: CompetenceFramework }, body: frameworkPatchBody,
      summary: 'Change a framework; new content of a measured version makes a new version',
      handler: (ctx, { params, body }) => this.frameworks.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', path: '/frameworks/:id', access: manage,
      params: { id: CompetenceFramework },
      summary: 'Delete a framework that has no measurements',
      handler: async (ctx, { params }) => this.frameworks.remove(ctx, params.id),
    });

    routes.add({
      method: 'get', path: '/frameworks/:id/versions', access: view,
      params: { id: CompetenceFramework },
      summary: "A framework's versions, oldest first, with how many measurements each has",
      handler: (ctx, { params }) => this.frameworks.versions(ctx, params.id),
    });

    routes.add({
      method: 'get', path: '/framework-versions/:id', access: view,
      params: { id: CompetenceFrameworkVersion },
      summary: 'One version of a framework with its wording',
      handler: (ctx, { params }) => this.frameworks.version(ctx, params.id),
    });
  }
}
