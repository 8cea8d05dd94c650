import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../../common/dossier-permissions.js';
import { DossierWorkplace } from '../entities/workplace.js';
import { WorkplaceService } from '../services/workplace-service.js';
import { workplaceCreateBody, workplacePatchBody } from './workplace-schemas.js';

const tags = ['dossier'];
/** The core answers 404 for the section to whoever may not read it (SectionAccess). */
const section = DOSSIER_SECTION_IDS.workplaces;

/** Places of work (tewerkstellingsplaats) with their history. */
@injectable()
export class WorkplaceRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(WorkplaceService) private readonly workplaces!: WorkplaceService;

  registerRoutes(routes: RouteRegistrar): void {
    const manage = { permission: DOSSIER_PERMISSIONS.manage };
    const person = { personId: Person };
    const one = { id: DossierWorkplace };

    routes.add({
      method: 'get', section, path: '/people/:personId/workplaces', tags, params: person,
      access: 'signed-in',
      summary: "A person's places of work, newest first",
      handler: (ctx, { params }) => this.workplaces.list(ctx, params.personId),
    });

    routes.add({
      method: 'post', section, path: '/people/:personId/workplaces', tags, params: person,
      access: manage, body: workplaceCreateBody, status: 201,
      summary: 'Add a place of work: site, team, work-post supervisor, from and to',
      handler: (ctx, { params, body }) => this.workplaces.create(ctx, params.personId, body),
    });

    routes.add({
      method: 'get', section, path: '/workplaces/:id', tags, params: one, access: 'signed-in',
      summary: 'One place of work',
      handler: (ctx, { params }) => this.workplaces.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', section, path: '/workplaces/:id', tags, params: one, access: manage,
      body: workplacePatchBody,
      summary: 'Change a place of work, or end it',
      handler: (ctx, { params, body }) => this.workplaces.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', section, path: '/workplaces/:id', tags, params: one, access: manage,
      summary: 'Remove a place of work',
      handler: async (ctx, { params }) => {
        this.workplaces.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
