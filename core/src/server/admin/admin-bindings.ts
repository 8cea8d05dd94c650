import type { ContainerModuleLoadOptions } from 'inversify';
import { RouteContribution } from '../plugins/extension-points.js';
import { bindContribution } from '../plugins/bind-contribution.js';
import { PlatformRoutes } from '../platform/platform-routes.js';
import { AccountAdminRoutes } from './account-admin-routes.js';
import { AuditAdminRoutes } from './audit-admin-routes.js';
import { FieldAdminRoutes } from './field-admin-routes.js';
import { FieldDefinitionService } from './field-definition-service.js';
import { ListAdminRoutes } from './list-admin-routes.js';
import { ListService } from './list-service.js';
import { PluginAdminRoutes } from './plugin-admin-routes.js';
import { RoleAdminRoutes } from './role-admin-routes.js';
import { SettingsAdminRoutes } from './settings-admin-routes.js';
import { DossierSectionAdminRoutes } from './dossier-section-admin-routes.js';
import { DossierSectionSettings } from './dossier-section-settings.js';
import { ConfidentialAccessList } from './confidential-access-list.js';

/** The administration of tenants (`/api/admin`) and of the platform (`/api/platform`). */
export function bindAdministration(options: Pick<ContainerModuleLoadOptions, 'bind'>): void {
  options.bind(ListService).toSelf().inSingletonScope();
  options.bind(FieldDefinitionService).toSelf().inSingletonScope();
  options.bind(DossierSectionSettings).toSelf().inSingletonScope();
  options.bind(ConfidentialAccessList).toSelf().inSingletonScope();

  const routes = [
    PlatformRoutes, PluginAdminRoutes, FieldAdminRoutes, SettingsAdminRoutes, ListAdminRoutes,
    AccountAdminRoutes, RoleAdminRoutes, AuditAdminRoutes, DossierSectionAdminRoutes,
  ];
  for (const route of routes) bindContribution(options, route as never, [RouteContribution]);
}
