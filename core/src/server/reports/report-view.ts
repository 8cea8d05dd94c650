import { z } from 'zod';
import type { ReportSummaryDto } from '../../common/reports.js';
import type { RegisteredReport } from './report-registry.js';

/** A report as `GET /api/reports` lists it, with its parameters as JSON Schema for a form. */
export function reportSummary(report: RegisteredReport): ReportSummaryDto {
  const { definition } = report;
  return {
    id: definition.id,
    pluginId: report.pluginId,
    labelNl: definition.labelNl,
    labelEn: definition.labelEn,
    descriptionNl: definition.descriptionNl,
    descriptionEn: definition.descriptionEn,
    parameters: z.toJSONSchema(definition.parameters, { io: 'input', unrepresentable: 'any' }),
    columns: definition.columns,
    ...(definition.chart ? { chart: definition.chart } : {}),
  };
}
