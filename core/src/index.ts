/**
 * The public API of @dots/core for plugins. Import from '@dots/core' only, never a deep path.
 */
export * from './server/http/errors.js';
export type { RequestContext, AuditFact } from './server/http/request-context.js';
export type {
  RouteRegistrar,
  RouteDefinition,
  RouteAccess,
} from './server/http/route-registrar.js';
export type { Migration } from './server/db/migration.js';
export { definePlugin, type DotsPluginDefinition } from './server/plugins/plugin-definition.js';
export * from './server/plugins/extension-points.js';
export type { SeedContext } from './server/seeds/seed-context.js';
export { bindContribution } from './server/plugins/bind-contribution.js';
export { SectionAccess, type ResolvedSection } from './server/plugins/section-access.js';
export {
  StaffDirectory, staffMember, type StaffMember,
} from './server/accounts/staff-directory.js';
export { TenantOwnedEntity } from './server/entities/tenant-owned-entity.js';
export { BaseEntity } from './server/entities/base-entity.js';
export {
  Person, Account, Tenant, Department, Team, EmployeeType, FieldDefinition,
} from './server/entities/index.js';
export { scopedQuery, scopedRaw } from './server/db/scoped-query.js';
export { defineReport } from './server/reports/define-report.js';
export { calendarDateParameter } from './server/reports/report-parameters.js';
export { TYPES } from './server/tokens.js';
export type { Settings } from './server/config/settings.js';
export * from './common/index.js';
/** For a route that reads its input from a file: the same checks as every JSON body gets. */
export { assertCleanInput } from './server/http/input-text-guard.js';
export { problemsOf } from './server/http/zod-problems.js';
