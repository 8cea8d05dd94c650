import { injectable } from 'inversify';
import type { ReportContribution, ReportDefinition } from '../plugins/extension-points.js';
import { peopleByDepartmentReport } from './people-by-department-report.js';

/** The core's own reports, on the core's tables. */
@injectable()
export class CoreReports implements ReportContribution {
  readonly pluginId = 'core';

  reports(): ReportDefinition[] {
    return [peopleByDepartmentReport];
  }
}
