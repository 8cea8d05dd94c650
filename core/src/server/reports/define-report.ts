import type { ZodObject } from 'zod';
import type { ReportDefinition } from '../plugins/extension-points.js';

/**
 * Types a report's `run` from its `parameters` schema and hands the definition back as it is,
 * ready for `ReportContribution.reports()`.
 */
export function defineReport<P extends ZodObject>(
  definition: ReportDefinition<P>,
): ReportDefinition {
  return definition;
}
