import type { Role } from '../../common/roles.js';
import type { TenantKind } from '../../common/tenant.js';
import type { FieldOption, FieldType } from '../../common/fields.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { SeedContext } from '../seeds/seed-context.js';
import type { Person } from '../entities/person.js';
import type { RequestContext } from '../http/request-context.js';
import type { ZodObject, z } from 'zod';
import type { ReportChart, ReportColumn } from '../../common/reports.js';

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
  /** `<plugin-id>.<name>`, e.g. `dossier.contact-data`; routes and data name it as `section`. */
  id: string;
  labelKey: string;
  permission?: string;
  /**
   * The default for the employee's own view. A tenant admin may change it per section (tenant
   * setting `employeeSections`); the core applies the tenant's choice everywhere: the session's
   * tabs, routes that name the section, agenda items and personal-data exports.
   */
  visibleToEmployee: boolean;
  /**
   * Health-related content (domain.md §3, art. 9 of the Belgian GDPR act): only the roles the
   * tenant names (tenant setting `confidentialRoles`) reach it, never the employee's own view.
   */
  confidential?: boolean;
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

/** A row as a report's `run` returns it; the core keeps the keys of the columns only. */
export type ReportRow = Record<string, unknown>;

/**
 * One report: its parameters, how to compute its rows, and how to show them. Make one with
 * `defineReport(...)`, which types `run`'s parameters from the schema.
 */
export interface ReportDefinition<P extends ZodObject = ZodObject> {
  /** `<plugin-id>.<name>`, e.g. `core.people-by-department`; unique across all plugins. */
  id: string;
  labelNl: string;
  labelEn: string;
  descriptionNl: string;
  descriptionEn: string;
  /**
   * The permission an account must hold to see and run the report. Without it, or while the
   * report's plugin is off for the tenant, the report is not listed and running it answers 404.
   */
  permission: string;
  /**
   * The query string of a run, validated by the core before `run` is called: a failure answers
   * 400 naming `query.<field>`. Values arrive as text, so use `z.coerce.number()` for numbers,
   * `calendarDateParameter()` for dates, and `z.strictObject` so unknown parameters are refused.
   * Listed for the web app as JSON Schema, so keep to what JSON Schema can say.
   */
  parameters: P;
  /** The columns in order; a row's value for each `key` is shown, any other key dropped. */
  columns: ReportColumn[];
  chart?: ReportChart;
  /**
   * Computes the rows, per request, after the parameters are validated. Async; it holds the
   * request until it answers. Read through `scopedRaw` (SQL naming `:tenantId`) or `scopedQuery`
   * on `ctx.em`, so the core adds the tenant: never pick a tenant yourself. Values of a `number`
   * column must be numbers (or numeric text, as MariaDB answers a sum), of a `date` column
   * `YYYY-MM-DD` text. A `DotsError` thrown here answers as usual; anything else is a 500.
   */
  run(ctx: RequestContext, parameters: z.output<P>): Promise<ReportRow[]>;
}

/**
 * Reports, served by the core at `/api/reports`: listed per tenant (enabled plugins) and per
 * account (the report's `permission`), run as JSON or CSV.
 */
export const ReportContribution = Symbol('ReportContribution');
export interface ReportContribution extends Contribution {
  /**
   * Called once at start, before the server listens; not async. An id contributed twice stops
   * the server (`DOTS_P1009`), and so do an id that is not `<plugin-id>.<name>` (`DOTS_P1010`)
   * and a permission that no plugin contributes (`DOTS_P1011`).
   */
  reports(): ReportDefinition[];
}

/** One entry of the staff agenda, as a plugin hands it to the core. */
export interface AgendaItem {
  /** Unique within the plugin and stable across requests, e.g. `agreement:<uuid>`. */
  id: string;
  /** What it is, e.g. `conversation`, `agreement`, `pop-action`, `pop-review`, `reminder`. */
  kind: string;
  /** The calendar day, `YYYY-MM-DD`. */
  date: string;
  /** Local time of day, `HH:MM`, when the item has one. */
  time?: string;
  title: string;
  personId?: string;
  /** The account responsible for it (owner of an agreement or action, author of a reminder). */
  ownerAccountId?: string;
  done?: boolean;
  /** Path in the web app that opens it, e.g. `/people/<id>?tab=dossier.conversations`. */
  link?: string;
  /**
   * The dossier section it belongs to: the core drops the item for whoever may not read that
   * section (hidden from the employee, or confidential and the role not named).
   */
  section?: string;
}

/** What `GET /api/agenda` asks every contribution, already validated and scoped by the core. */
export interface AgendaQuery {
  /** First and last calendar day, inclusive, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Only items owned by this account, when set ("my week" sets it to the caller). */
  ownerAccountId?: string;
  /**
   * Only items about these people, when set: the core resolves `department` and `team` filters
   * to the ids of the tenant's people in them. An empty array means nobody matches.
   */
  personIds?: string[];
}

/** Items for the staff agenda at `/api/agenda`, per tenant (enabled plugins only). */
export const AgendaContribution = Symbol('AgendaContribution');
export interface AgendaContribution extends Contribution {
  /** Read through `ctx.em` (the tenant filter applies) or `scopedQuery`/`scopedRaw`. */
  agendaItems(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]>;
}

/** One labelled value of a personal-data record, in both languages. */
export interface PersonalDataEntry {
  labelNl: string;
  labelEn: string;
  value: string | number | boolean | null;
  /** How to show it: `date` is `YYYY-MM-DD`, `time` is `HH:MM`. @default 'text' */
  kind?: 'text' | 'date' | 'time' | 'number' | 'boolean';
}

export interface PersonalDataRecord {
  titleNl?: string;
  titleEn?: string;
  entries: PersonalDataEntry[];
}

/** Everything one plugin holds about a person in one dossier section. */
export interface PersonalDataSection {
  /** The dossier section id; the core applies the section's visibility and confidentiality. */
  section: string;
  /** In plain words: the employee reads these in the portal and in the export. */
  labelNl: string;
  labelEn: string;
  /** A name of the web app's icon set (see web/app/components/AppIcon.vue). */
  icon?: string;
  /** The readable form, for the portal and the HTML/PDF export. */
  records: PersonalDataRecord[];
  /** The machine-readable form for the JSON export: plain JSON, dates as `YYYY-MM-DD`. */
  data: unknown;
}

/**
 * What a plugin holds about one person: the employee's portal (`GET /api/me`) and the GDPR
 * export (`/api/me/export`) are built from these. Include every row that names the person.
 */
export const PersonalDataContribution = Symbol('PersonalDataContribution');
export interface PersonalDataContribution extends Contribution {
  personalData(ctx: RequestContext, person: Person): Promise<PersonalDataSection[]>;
}
