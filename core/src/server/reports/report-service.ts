import { inject, injectable } from 'inversify';
import type { ReportListDto, ReportResultDto } from '../../common/reports.js';
import type { RequestContext } from '../http/request-context.js';
import { validationErrorOf } from '../http/zod-problems.js';
import { ReportRegistry } from './report-registry.js';
import { reportSummary } from './report-view.js';
import { shapeRows } from './report-rows.js';

/** Lists and runs reports for the account of a request. */
@injectable()
export class ReportService {
  @inject(ReportRegistry) private readonly registry!: ReportRegistry;

  list(ctx: RequestContext): ReportListDto {
    const items = this.registry.visibleTo(ctx).map(reportSummary);
    return { items, total: items.length };
  }

  /**
   * Runs one report with the parameters of a query string. A report the account may not run
   * answers 404 before its parameters are looked at; bad parameters answer 400 naming
   * `query.<field>`. The run is audited, with the report and the format, not the rows.
   */
  async run(
    ctx: RequestContext,
    options: { reportId: string; query: unknown; format: 'json' | 'csv' },
  ): Promise<ReportResultDto> {
    const { definition } = this.registry.find(ctx, options.reportId);

    const parsed = definition.parameters.safeParse(options.query);
    if (!parsed.success) throw validationErrorOf(parsed.error, 'query');

    const rows = shapeRows(definition, await definition.run(ctx, parsed.data));
    ctx.audit({
      action: 'report.run', subjectType: 'report',
      details: { reportId: definition.id, format: options.format, rows: rows.length },
    });
    return { columns: definition.columns, rows };
  }
}
