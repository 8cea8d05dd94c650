import { ContainerModule, type Container } from 'inversify';
import type { Logger } from 'pino';
import { TYPES } from '../tokens.js';
import { ContributionProvider } from '../plugins/contribution-provider.js';
import { PermissionContribution, RouteContribution } from '../plugins/extension-points.js';
import { bindContribution } from '../plugins/bind-contribution.js';
import { PermissionRegistry } from '../plugins/permission-registry.js';
import { NavigationService } from '../plugins/navigation-service.js';
import { SectionAccess } from '../plugins/section-access.js';
import { StaffDirectory } from '../accounts/staff-directory.js';
import { RouteRegistry } from '../http/route-registry.js';
import { PasswordService } from '../auth/password-service.js';
import { SessionService } from '../auth/session-service.js';
import { PermissionService } from '../auth/permission-service.js';
import {
  LoginThrottleOptions, LoginThrottleService, defaultLoginThrottleOptions,
} from '../auth/login-throttle-service.js';
import { AuthRoutes } from '../auth/auth-routes.js';
import { CorePermissions } from './core-permissions.js';
import { TenantService } from '../tenants/tenant-service.js';
import { AccountService } from '../accounts/account-service.js';
import { DemoSeeder } from '../seeds/demo-seeder.js';
import { SecretBox } from '../crypto/secret-box.js';
import { PersonService } from '../people/person-service.js';
import { PersonEvents } from '../people/person-events.js';
import { PeopleRoutes } from '../people/people-routes.js';
import { bindAdministration } from '../admin/admin-bindings.js';
import { bindReports } from '../reports/report-bindings.js';
import { bindPortal } from '../portal/portal-bindings.js';
import { bindAgenda } from '../agenda/agenda-bindings.js';

/** The core's own services and contributions. Plugins' modules load after this one. */
export const coreModule = new ContainerModule((options) => {
  const { bind } = options;

  bind(RouteRegistry).toDynamicValue((context) => new RouteRegistry(
    new ContributionProvider(context.get<Container>(TYPES.Container), RouteContribution),
    context.get<Logger>(TYPES.Logger).child({ name: 'core:RouteRegistry' }),
  )).inSingletonScope();
  bind(PermissionRegistry).toDynamicValue((context) => new PermissionRegistry(
    new ContributionProvider(context.get<Container>(TYPES.Container), PermissionContribution),
  )).inSingletonScope();

  const services: Array<new () => unknown> = [
    NavigationService, PasswordService, SessionService, PermissionService, LoginThrottleService,
    TenantService, AccountService, DemoSeeder, SecretBox, PersonService, PersonEvents,
    SectionAccess, StaffDirectory,
  ];
  for (const service of services) bind(service).toSelf().inSingletonScope();

  bindContribution(options, CorePermissions, [PermissionContribution]);
  bindContribution(options, AuthRoutes, [RouteContribution]);
  bindContribution(options, PeopleRoutes, [RouteContribution]);
  // One options object per application, so a test may change its clock without touching others.
  bind(LoginThrottleOptions).toDynamicValue(() => defaultLoginThrottleOptions()).inSingletonScope();
  bindAdministration(options);
  bindReports(options);
  bindPortal(options);
  bindAgenda(options);
});
