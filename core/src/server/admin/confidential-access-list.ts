import { inject, injectable } from 'inversify';
import { Account } from '../entities/account.js';
import { SectionAccess } from '../plugins/section-access.js';
import type { RequestContext } from '../http/request-context.js';
import { reportCsv } from '../reports/report-csv.js';
import type { ReportColumn } from '../../common/reports.js';
import type { ConfidentialAccessView, ConfidentialRole } from '../../common/dossier-sections.js';

/** How the list names a role, in the reader's language (the web app's words). */
const ROLE_LABELS: Record<ConfidentialRole, { nl: string; en: string }> = {
  admin: { nl: 'Beheerder', en: 'Admin' },
  staff: { nl: 'Medewerker', en: 'Staff' },
  coach: { nl: 'Begeleider', en: 'Coach' },
};

const COLUMNS: ReportColumn[] = [
  { key: 'displayName', labelNl: 'Naam', labelEn: 'Name', type: 'text' },
  { key: 'role', labelNl: 'Rol', labelEn: 'Role', type: 'text' },
  { key: 'sections', labelNl: 'Vertrouwelijke onderdelen', labelEn: 'Confidential sections',
    type: 'text' },
];

/**
 * Who reads the confidential (health-related) sections: the list art. 9 of the Belgian GDPR act
 * (30 July 2018) asks the controller to keep available for the data protection authority. The
 * named roles and the active accounts that hold them; never a sign-in name or an e-mail address.
 */
@injectable()
export class ConfidentialAccessList {
  @inject(SectionAccess) private readonly access!: SectionAccess;

  async list(ctx: RequestContext): Promise<ConfidentialAccessView> {
    const roles = [...(ctx.tenant!.settings.confidentialRoles ?? [])];
    const accounts = roles.length === 0 ? [] : await ctx.em.find(
      Account,
      { tenant: ctx.tenantId(), active: true, role: { $in: roles } },
      { orderBy: { displayName: 'asc', id: 'asc' } },
    );

    return {
      generatedAt: new Date().toISOString(),
      sections: this.access.declaredSections(ctx)
        .filter((section) => section.confidential)
        .map(({ id, pluginId, labelKey }) => ({ id, pluginId, labelKey })),
      roles,
      accounts: accounts.map((account) => ({
        displayName: account.displayName, role: account.role as ConfidentialRole,
      })),
    };
  }

  /** The list as CSV for Excel in Belgium, with the reports' quoting and formula guard (C13). */
  csv(view: ConfidentialAccessView, locale: 'nl' | 'en'): string {
    const sections = view.sections.map((section) => section.id).join(', ');
    const rows = view.accounts.map((account) => ({
      displayName: account.displayName,
      role: ROLE_LABELS[account.role][locale],
      sections,
    }));
    return reportCsv(COLUMNS, rows, locale);
  }
}
