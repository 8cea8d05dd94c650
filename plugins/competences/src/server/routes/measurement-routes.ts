import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION,
} from '../../common/competence-permissions.js';
import { CompetenceMeasurement } from '../entities/index.js';
import { AmendmentService } from '../services/amendment-service.js';
import { MeasurementService } from '../services/measurement-service.js';
import { MeasurementShareService } from '../services/measurement-share-service.js';
import {
  amendmentBody, measurementCreateBody, measurementPatchBody,
} from './measurement-schemas.js';

/**
 * Measurements of a person, in the dossier section `competences.measurements`: the core hides
 * them wherever the tenant hides that section, and loads every row in tenant scope.
 */
@injectable()
export class MeasurementRoutes implements RouteContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(MeasurementService) private readonly measurements!: MeasurementService;
  @inject(AmendmentService) private readonly amendments!: AmendmentService;
  @inject(MeasurementShareService) private readonly sharing!: MeasurementShareService;

  registerRoutes(routes: RouteRegistrar): void {
    const view = { permission: COMPETENCE_PERMISSIONS.view };
    const measure = { permission: COMPETENCE_PERMISSIONS.measure };
    const section = MEASUREMENTS_SECTION;

    routes.add({
      method: 'get', path: '/people/:personId/measurements', access: view, section,
      params: { personId: Person }, summary: "A person's measurements, newest first",
      handler: (ctx, { params }) => this.measurements.list(ctx, params.personId),
    });

    routes.add({
      method: 'post', path: '/people/:personId/measurements', access: measure, section,
      status: 201, params: { personId: Person }, body: measurementCreateBody,
      summary: "Start a measurement (a draft) on a framework's current version",
      handler: (ctx, { params, body }) => this.measurements.create(ctx, params.personId, body),
    });

    routes.add({
      method: 'get', path: '/measurements/:id', access: view, section,
      params: { id: CompetenceMeasurement },
      summary: 'A measurement with its scores, summaries, wording and amendments',
      handler: (ctx, { params }) => this.measurements.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', path: '/measurements/:id', access: measure, section,
      params: { id: CompetenceMeasurement }, body: measurementPatchBody,
      summary: 'Change a draft measurement; a final one answers 409',
      handler: (ctx, { params, body }) => this.measurements.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', path: '/measurements/:id', access: measure, section,
      params: { id: CompetenceMeasurement }, summary: 'Delete a draft measurement',
      handler: (ctx, { params }) => this.measurements.remove(ctx, params.id),
    });

    routes.add({
      method: 'post', path: '/measurements/:id/finalise', access: measure, section,
      params: { id: CompetenceMeasurement },
      summary: 'Make a draft final: every indicator scored or not observed; then it is locked',
      handler: (ctx, { params }) => this.measurements.finalise(ctx, params.id),
    });

    routes.add({
      method: 'post', path: '/measurements/:id/amendments', access: measure, section,
      status: 201, params: { id: CompetenceMeasurement }, body: amendmentBody,
      summary: 'Correct a final measurement, with the reason',
      handler: (ctx, { params, body }) => this.amendments.amend(ctx, params.id, body),
    });

    routes.add({
      method: 'post', path: '/measurements/:id/share', access: measure, section,
      params: { id: CompetenceMeasurement },
      summary: 'Show a final coach measurement to the employee in their portal; one-way',
      handler: (ctx, { params }) => this.sharing.share(ctx, params.id),
    });
  }
}
