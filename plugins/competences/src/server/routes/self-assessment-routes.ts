import { inject, injectable } from 'inversify';
import type { RouteContribution, RouteRegistrar } from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID, SELF_ASSESSMENT_SECTION,
} from '../../common/competence-permissions.js';
import { CompetenceMeasurement } from '../entities/index.js';
import { SelfAssessmentService } from '../services/self-assessment-service.js';
import { selfAssessmentCreateBody, selfAssessmentPatchBody } from './self-assessment-schemas.js';

/**
 * The employee's portal part of the plugin, under `/me`: no person in any path, so no one else
 * can be named. The core hides other people's rows from the employee; the service hides the
 * coach's measurements, which reach the employee only as shared results.
 */
@injectable()
export class SelfAssessmentRoutes implements RouteContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(SelfAssessmentService) private readonly selfAssessments!: SelfAssessmentService;

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: COMPETENCE_PERMISSIONS.selfAssess };
    const section = SELF_ASSESSMENT_SECTION;
    const params = { id: CompetenceMeasurement };

    routes.add({
      method: 'get', path: '/me/self-assessments', access, section,
      summary: 'Your own self-assessments, newest first',
      handler: (ctx) => this.selfAssessments.list(ctx),
    });

    routes.add({
      method: 'get', path: '/me/self-assessment-frameworks', access, section,
      summary: 'The frameworks you can assess yourself on, with your open draft on each',
      handler: (ctx) => this.selfAssessments.frameworksToAssess(ctx),
    });

    routes.add({
      method: 'post', path: '/me/self-assessments', access, section, status: 201,
      body: selfAssessmentCreateBody,
      summary: 'Start a self-assessment (a draft, today); your open draft there answers 200',
      handler: async (ctx, { body, res }) => {
        const { view, created } = await this.selfAssessments.start(ctx, body);
        if (created) return view;

        // The open draft stores nothing new, so it may answer before the pipeline's flush.
        res.status(200).json(view);
        return undefined;
      },
    });

    routes.add({
      method: 'get', path: '/me/self-assessments/:id', access, section, params,
      summary: 'One of your self-assessments with its answers and summaries',
      handler: (ctx, { params: { id } }) => this.selfAssessments.get(ctx, id),
    });

    routes.add({
      method: 'patch', path: '/me/self-assessments/:id', access, section, params,
      body: selfAssessmentPatchBody,
      summary: 'Answer indicators of your draft; a submitted one answers 409',
      handler: (ctx, { params: { id }, body }) => this.selfAssessments.update(ctx, id, body),
    });

    routes.add({
      method: 'post', path: '/me/self-assessments/:id/submit', access, section, params,
      summary: 'Hand in your self-assessment: every indicator answered or not observed',
      handler: (ctx, { params: { id } }) => this.selfAssessments.submit(ctx, id),
    });

    routes.add({
      method: 'delete', path: '/me/self-assessments/:id', access, section, params,
      summary: 'Delete your draft self-assessment',
      handler: (ctx, { params: { id } }) => this.selfAssessments.remove(ctx, id),
    });

    routes.add({
      method: 'get', path: '/me/competence-results', access, section,
      summary: 'Your submitted self-assessments and the measurements your coach shared',
      handler: (ctx) => this.selfAssessments.results(ctx),
    });
  }
}
