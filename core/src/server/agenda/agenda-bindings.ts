import type { ContainerModuleLoadOptions } from 'inversify';
import { RouteContribution } from '../plugins/extension-points.js';
import { bindContribution } from '../plugins/bind-contribution.js';
import { AgendaClock } from './agenda-clock.js';
import { AgendaService } from './agenda-service.js';
import { AgendaRoutes } from './agenda-routes.js';

/** The staff agenda (`/api/agenda`) and the staff list behind its filters (`/api/staff`). */
export function bindAgenda(options: Pick<ContainerModuleLoadOptions, 'bind'>): void {
  options.bind(AgendaClock).toSelf().inSingletonScope();
  options.bind(AgendaService).toSelf().inSingletonScope();
  bindContribution(options, AgendaRoutes, [RouteContribution]);
}
