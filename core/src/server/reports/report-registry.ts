import type { ContributionProvider } from '../plugins/contribution-provider.js';
import type { ReportContribution, ReportDefinition } from '../plugins/extension-points.js';
import type { PermissionRegistry } from '../plugins/permission-registry.js';
import type { RequestContext } from '../http/request-context.js';
import { enabledFor } from '../plugins/contribution-filter.js';
import { NotFoundError } from '../http/errors.js';

/** A report with the plugin that contributed it; the definition is kept as it was given. */
export interface RegisteredReport {
  readonly pluginId: string;
  readonly definition: ReportDefinition;
}

/** The name after `<plugin-id>.`: the characters of plugin ids, safe in a path and a file name. */
const REPORT_NAME = /^[a-z][a-z0-9-]{0,60}$/;

/**
 * Every report of every contribution, collected once when the registry is made (at start, by the
 * report routes). It answers which reports an account may see, so that a report of a plugin the
 * tenant has switched off, or one the account lacks the permission for, does not exist for them.
 */
export class ReportRegistry {
  private readonly reports = new Map<string, RegisteredReport>();

  constructor(
    contributions: ContributionProvider<ReportContribution>,
    private readonly permissions: PermissionRegistry,
  ) {
    for (const contribution of contributions.getContributions()) {
      for (const report of contribution.reports()) this.register(contribution.pluginId, report);
    }
  }

  all(): RegisteredReport[] {
    return [...this.reports.values()];
  }

  /** The reports `ctx`'s account may run, in the order they were contributed. */
  visibleTo(ctx: RequestContext): RegisteredReport[] {
    return this.all().filter((report) => this.isVisible(ctx, report));
  }

  /** One report `ctx`'s account may run; any other id answers 404 alike. */
  find(ctx: RequestContext, id: string): RegisteredReport {
    const report = this.reports.get(id);
    if (!report || !this.isVisible(ctx, report)) throw new NotFoundError('report');
    return report;
  }

  private isVisible(ctx: RequestContext, report: RegisteredReport): boolean {
    if (!ctx.tenant || !enabledFor(ctx.tenant, report)) return false;
    return ctx.can(report.definition.permission);
  }

  private register(pluginId: string, report: ReportDefinition): void {
    const clash = this.reports.get(report.id);
    if (clash) {
      throw new Error(
        `[DOTS_P1009] Report '${report.id}' is contributed twice ` +
          `(by '${clash.pluginId}' and '${pluginId}'). Name reports '<plugin-id>.<name>'.`,
      );
    }
    const [prefix, name] = splitId(report.id);
    if (prefix !== pluginId || !REPORT_NAME.test(name)) {
      throw new Error(
        `[DOTS_P1010] Report id '${report.id}' of '${pluginId}' must be '${pluginId}.<name>', ` +
          'the name in lower-case letters, digits and dashes.',
      );
    }
    if (!this.permissions.has(report.permission)) {
      throw new Error(
        `[DOTS_P1011] Report '${report.id}' needs permission '${report.permission}', which no ` +
          'plugin contributes. Contribute it with a PermissionContribution, or fix the name.',
      );
    }
    this.reports.set(report.id, { pluginId, definition: report });
  }
}

function splitId(id: string): [string, string] {
  const dot = id.indexOf('.');
  return dot < 0 ? ['', id] : [id.slice(0, dot), id.slice(dot + 1)];
}
