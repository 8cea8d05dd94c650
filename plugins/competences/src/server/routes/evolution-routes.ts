import { inject, injectable } from 'inversify';
import {
  NotFoundError, Person, type RouteContribution, type RouteRegistrar,
} from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION, SELF_ASSESSMENT_SECTION,
} from '../../common/competence-permissions.js';
import { DepartmentAveragesService } from '../services/department-averages-service.js';
import { EvolutionService } from '../services/evolution-service.js';
import { departmentAveragesQuery, evolutionQuery } from './evolution-schemas.js';

/**
 * A person's evolution for staff (in the measurements section) and for the employee themself
 * (in the self-assessment section, shared results only), and the department averages.
 */
@injectable()
export class EvolutionRoutes implements RouteContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(EvolutionService) private readonly evolution!: EvolutionService;
  @inject(DepartmentAveragesService) private readonly averages!: DepartmentAveragesService;

  registerRoutes(routes: RouteRegistrar): void {
    const view = { permission: COMPETENCE_PERMISSIONS.view };
    const own = { permission: COMPETENCE_PERMISSIONS.selfAssess };

    routes.add({
      method: 'get', path: '/people/:personId/evolution', access: view,
      section: MEASUREMENTS_SECTION, params: { personId: Person }, query: evolutionQuery,
      summary: "A person's competences over time, coach and self apart, with the gaps",
      handler: (ctx, { params, query }) =>
        this.evolution.of(ctx, params.personId.id, 'staff', query),
    });

    routes.add({
      method: 'get', path: '/me/evolution', access: own,
      section: SELF_ASSESSMENT_SECTION, query: evolutionQuery,
      summary: 'Your own competences over time: your self-assessments and shared results',
      handler: (ctx, { query }) => {
        if (!ctx.ownPersonId) throw new NotFoundError('person');
        return this.evolution.of(ctx, ctx.ownPersonId, 'employee', query);
      },
    });

    routes.add({
      method: 'get', path: '/reports/department-averages', access: view,
      section: MEASUREMENTS_SECTION, query: departmentAveragesQuery,
      summary: "A department's average per competence over a period, coach and self apart",
      handler: (ctx, { query }) => this.averages.averages(ctx, query),
    });
  }
}
