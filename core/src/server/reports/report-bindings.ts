import type { Container, ContainerModuleLoadOptions } from 'inversify';
import { TYPES } from '../tokens.js';
import { ContributionProvider } from '../plugins/contribution-provider.js';
import { ReportContribution, RouteContribution } from '../plugins/extension-points.js';
import { bindContribution } from '../plugins/bind-contribution.js';
import { PermissionRegistry } from '../plugins/permission-registry.js';
import { ReportRegistry } from './report-registry.js';
import { ReportService } from './report-service.js';
import { ReportRoutes } from './report-routes.js';
import { CoreReports } from './core-reports.js';

/**
 * The reports extension point: its registry, the `/api/reports` routes and the core's reports.
 * The registry is made when the routes are collected at start, so a faulty report stops the
 * server then rather than on the first request.
 */
export function bindReports(options: Pick<ContainerModuleLoadOptions, 'bind'>): void {
  options.bind(ReportRegistry).toDynamicValue((context) => new ReportRegistry(
    new ContributionProvider(context.get<Container>(TYPES.Container), ReportContribution),
    context.get(PermissionRegistry),
  )).inSingletonScope();
  options.bind(ReportService).toSelf().inSingletonScope();

  bindContribution(options, ReportRoutes, [RouteContribution]);
  bindContribution(options, CoreReports, [ReportContribution]);
}
