import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION,
} from '../../common/competence-permissions.js';
import { CompetenceCycle } from '../entities/index.js';
import { CycleService } from '../services/cycle-service.js';
import { DueService } from '../services/due-service.js';
import { cycleCreateBody, cyclePatchBody } from './cycle-schemas.js';

/**
 * Measurement cycles and what is due. The cycles are the organisation's policy, like its
 * frameworks, so they name no section; what one person is due for is part of their dossier and
 * lives in `competences.measurements`.
 */
@injectable()
export class CycleRoutes implements RouteContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(CycleService) private readonly cycles!: CycleService;
  @inject(DueService) private readonly due!: DueService;

  registerRoutes(routes: RouteRegistrar): void {
    const view = { permission: COMPETENCE_PERMISSIONS.view };
    const manage = { permission: COMPETENCE_PERMISSIONS.manage };
    const params = { id: CompetenceCycle };

    routes.add({
      method: 'get', path: '/cycles', access: view,
      summary: 'Measurement cycles, by framework: employee types first, then people',
      handler: (ctx) => this.cycles.list(ctx),
    });

    routes.add({
      method: 'post', path: '/cycles', access: manage, status: 201, body: cycleCreateBody,
      summary: 'Add a cycle for an employee type or for one person',
      handler: (ctx, { body }) => this.cycles.create(ctx, body),
    });

    routes.add({
      method: 'patch', path: '/cycles/:id', access: manage, params, body: cyclePatchBody,
      summary: 'Change a cycle',
      handler: (ctx, { params: loaded, body }) => this.cycles.update(ctx, loaded.id, body),
    });

    routes.add({
      method: 'delete', path: '/cycles/:id', access: manage, params,
      summary: 'Delete a cycle; its measurements stay',
      handler: (ctx, { params: loaded }) => this.cycles.remove(ctx, loaded.id),
    });

    routes.add({
      method: 'get', path: '/people/:personId/due', access: view,
      section: MEASUREMENTS_SECTION, params: { personId: Person },
      summary: 'The periodic measurements a person is due for, by due date',
      handler: (ctx, { params: loaded }) => this.due.dueOf(ctx, loaded.personId),
    });
  }
}
