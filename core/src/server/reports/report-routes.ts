import type { Request, Response } from 'express';
import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { todayInBrussels } from '../../common/dates.js';
import { ReportService } from './report-service.js';
import { reportCsv } from './report-csv.js';

/**
 * `/api/reports`. Open to every signed-in account: which reports one may see and run is the
 * report's own permission, checked per report, and any report one may not run answers 404.
 * `:reportId` names a report, not a row, so the core's parameter loader does not apply.
 */
@injectable()
export class ReportRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(ReportService) private readonly reports!: ReportService;

  registerRoutes(routes: RouteRegistrar): void {
    const tags = ['reports'];

    routes.add({
      method: 'get', path: '/reports', summary: 'The reports you may run, with their parameters',
      tags, access: 'signed-in',
      handler: async (ctx) => this.reports.list(ctx),
    });
    routes.add({
      method: 'get', path: '/reports/:reportId/run',
      summary: "Run a report; the report's parameters go in the query string", tags,
      access: 'signed-in',
      handler: async (ctx, { req }) => this.run(ctx, req, 'json'),
    });
    routes.add({
      method: 'get', path: '/reports/:reportId/run.csv',
      summary: 'Run a report as CSV for Excel: UTF-8 with a byte order mark, `;` separated',
      tags, access: 'signed-in',
      handler: async (ctx, { req, res }) => this.sendCsv(ctx, req, res),
    });
  }

  private run(ctx: RequestContext, req: Request, format: 'json' | 'csv') {
    const reportId = String(req.params.reportId);
    return this.reports.run(ctx, { reportId, query: req.query, format });
  }

  private async sendCsv(ctx: RequestContext, req: Request, res: Response): Promise<void> {
    const result = await this.run(ctx, req, 'csv');
    const csv = reportCsv(result.columns, result.rows, ctx.locale);
    // The audit entry is stored before the file leaves, not in the pipeline's flush after it.
    await ctx.em.flush();

    const fileName = `${String(req.params.reportId)}-${todayInBrussels()}.csv`;
    res.status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${fileName}"`)
      .set('Cache-Control', 'private, no-store')
      .send(csv);
  }
}
