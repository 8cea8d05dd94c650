import type { ContainerModuleLoadOptions } from 'inversify';
import { PersonalDataContribution, RouteContribution } from '../plugins/extension-points.js';
import { bindContribution } from '../plugins/bind-contribution.js';
import { PersonalDataCollector } from './personal-data-collector.js';
import { PersonalDataExport } from './personal-data-export.js';
import { AccessLog } from './access-log.js';
import { CorePersonalData } from './core-personal-data.js';
import { MeRoutes } from './me-routes.js';
import { AccessRequestRoutes } from './access-request-routes.js';

/** The employee portal and the GDPR exports: `/api/me`, its export and the staff export. */
export function bindPortal(options: Pick<ContainerModuleLoadOptions, 'bind'>): void {
  const services: Array<new () => unknown> = [
    PersonalDataCollector, PersonalDataExport, AccessLog,
  ];
  for (const service of services) {
    options.bind(service).toSelf().inSingletonScope();
  }
  bindContribution(options, CorePersonalData, [PersonalDataContribution]);
  bindContribution(options, MeRoutes, [RouteContribution]);
  bindContribution(options, AccessRequestRoutes, [RouteContribution]);
}
