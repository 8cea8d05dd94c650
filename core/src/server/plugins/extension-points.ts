import type { Role } from '../../common/roles.js';
import type { TenantKind } from '../../common/tenant.js';
import type { FieldOption, FieldType } from '../../common/fields.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { SeedContext } from '../seeds/seed-context.js';
import type { Person } from '../entities/person.js';
import type { RequestContext } from '../http/request-context.js';

/**
 * Every contribution names the plugin it belongs to (`core` for the core), so the host can hide
 * it from tenants that have not enabled that plugin.
 */
export interface Contribution {
  readonly pluginId: string;
}

/** Routes. Core routes mount at `/api`; a plugin's routes mount at `/api/<plugin-id>`. */
export const RouteContribution = Symbol('RouteContribution');
export interface RouteContribution extends Contribution {
  /** Called once at start, before the server listens. Must not be async. */
  registerRoutes(routes: RouteRegistrar): void;
}

export interface PermissionDefinition {
  /** `<plugin>.<verb>`, e.g. `reminders.manage`. */
  name: string;
  labelNl: string;
  labelEn: string;
  /** Roles that hold it until a tenant admin decides otherwise. */
  defaultRoles: Role[];
}

/** Permission names with labels. Read at start; duplicates stop the server. */
export const PermissionContribution = Symbol('PermissionContribution');
export interface PermissionContribution extends Contribution {
  permissions(): PermissionDefinition[];
}

export interface NavigationEntry {
  id: string;
  /** Route of the web app, e.g. `/reminders`. */
  path: string;
  labelKey: string;
  /** Where it shows: the staff menu, the coach layout, or the employee portal. */
  layouts: Array<'staff' | 'coach' | 'employee'>;
  /** Shown only to accounts holding this permission. */
  permission?: string;
  order?: number;
}

/** Menu entries, filtered per tenant (enabled plugins) and per account (permissions). */
export const NavigationContribution = Symbol('NavigationContribution');
export interface NavigationContribution extends Contribution {
  navigation(): NavigationEntry[];
}

export interface DossierSection {
  id: string;
  labelKey: string;
  permission?: string;
  visibleToEmployee: boolean;
  order?: number;
}

/** Tabs or cards on the person page. */
export const DossierSectionContribution = Symbol('DossierSectionContribution');
export interface DossierSectionContribution extends Contribution {
  sections(): DossierSection[];
}

export interface FixedFieldDefinition {
  key: string;
  type: FieldType;
  labelNl: string;
  labelEn: string;
  options?: FieldOption[];
  required?: boolean;
  visibleToEmployee?: boolean;
}

export interface EmployeeTypeSeed {
  code: string;
  name: string;
}

/** Fields and employee types a tenant of a kind starts with. Called when a tenant is created. */
export const TenantKindContribution = Symbol('TenantKindContribution');
export interface TenantKindContribution extends Contribution {
  fieldsFor?(kind: TenantKind): FixedFieldDefinition[];
  employeeTypesFor?(kind: TenantKind): EmployeeTypeSeed[];
}

/**
 * Listeners for changes to people. Called after the change is stored, inside the request; a
 * listener that throws is logged and does not undo the change.
 */
export const PersonEventContribution = Symbol('PersonEventContribution');
export interface PersonEventContribution extends Contribution {
  onDidCreatePerson?(ctx: RequestContext, person: Person): Promise<void>;
  onDidUpdatePerson?(ctx: RequestContext, person: Person, changed: string[]): Promise<void>;
  onDidDeletePerson?(ctx: RequestContext, personId: string): Promise<void>;
}

/** Demo data for `npm start`: called per demo tenant after the core's own seed. */
export const SeedContribution = Symbol('SeedContribution');
export interface SeedContribution extends Contribution {
  seed(context: SeedContext): Promise<void>;
}
