import { inject, injectable } from 'inversify';
import type { RouteContribution, RouteRegistrar } from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID,
} from '../../common/competence-permissions.js';
import { CompetenceFramework } from '../entities/index.js';
import { FrameworkExport } from '../services/framework-export.js';
import { FrameworkImport } from '../services/framework-import.js';
import { frameworkExportQuery } from './framework-io-schemas.js';

/**
 * A framework to and from a file, so a tenant can bring its own list or take one elsewhere
 * (docs/competence-framework-format.md). Like the other framework routes, no dossier section.
 */
@injectable()
export class FrameworkIoRoutes implements RouteContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(FrameworkExport) private readonly exporter!: FrameworkExport;
  @inject(FrameworkImport) private readonly importer!: FrameworkImport;

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/frameworks/:id/export',
      access: { permission: COMPETENCE_PERMISSIONS.view },
      params: { id: CompetenceFramework }, query: frameworkExportQuery,
      summary: 'A version of a framework as a JSON or XLSX file (the current one by default)',
      handler: async (ctx, { params, query, res }) => {
        await this.exporter.download(ctx, params.id, query, res);
        return undefined;
      },
    });

    routes.add({
      method: 'post', path: '/frameworks/import', multipart: true, status: 201,
      access: { permission: COMPETENCE_PERMISSIONS.manage },
      summary: 'Import a framework from a JSON or XLSX file (multipart/form-data: a part named ' +
        'file, at most 2 MB; optional field frameworkId: new content for that framework)',
      handler: (ctx, { req }) => this.importer.importFile(ctx, req),
    });
  }
}
