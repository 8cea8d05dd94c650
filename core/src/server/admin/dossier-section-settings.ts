import { inject, injectable } from 'inversify';
import { SectionAccess, type ResolvedSection } from '../plugins/section-access.js';
import { TenantService } from '../tenants/tenant-service.js';
import type { RequestContext } from '../http/request-context.js';
import { MAX_LISTED_PROBLEMS, ValidationError } from '../http/errors.js';
import type { FieldProblem } from '../../common/problem.js';
import type { TenantSettings } from '../../common/tenant.js';
import {
  CONFIDENTIAL_ROLE_CHOICES, type DossierSectionSettingsView,
} from '../../common/dossier-sections.js';
import type { DossierSectionSettingsInput } from './dossier-section-schemas.js';

/**
 * The tenant admin's choice of which dossier sections employees see of their own dossier, and
 * which roles read the confidential ones. Stored in the tenant's settings; SectionAccess applies
 * it everywhere.
 */
@injectable()
export class DossierSectionSettings {
  @inject(SectionAccess) private readonly access!: SectionAccess;
  @inject(TenantService) private readonly tenants!: TenantService;

  view(ctx: RequestContext): DossierSectionSettingsView {
    const settings = ctx.tenant!.settings;
    const choices = settings.employeeSections ?? {};

    return {
      sections: this.access.declaredSections(ctx).map((section) => {
        const confidential = section.confidential === true;
        const choice = choices[section.id];
        return {
          id: section.id,
          pluginId: section.pluginId,
          labelKey: section.labelKey,
          defaultVisibleToEmployee: !confidential && section.visibleToEmployee,
          tenantChoice: confidential ? null : (choice ?? null),
          visibleToEmployee: !confidential && (choice ?? section.visibleToEmployee),
          confidential,
        };
      }),
      confidentialRoles: [...(settings.confidentialRoles ?? [])],
    };
  }

  /** Validates everything first, so a refused request changes nothing; audits what changed. */
  update(ctx: RequestContext, input: DossierSectionSettingsInput): DossierSectionSettingsView {
    const tenant = ctx.tenant!;
    const changes: TenantSettings = {};
    if (input.employeeSections) {
      changes.employeeSections = this.employeeChoices(ctx, input.employeeSections);
    }
    if (input.confidentialRoles) {
      // In one fixed order, so the same roles in another order are no change.
      changes.confidentialRoles = CONFIDENTIAL_ROLE_CHOICES
        .filter((role) => input.confidentialRoles!.includes(role));
    }

    const before = tenant.settings.employeeSections ?? {};
    const changed = this.tenants.updateSettings(tenant, changes);
    if (changed.length > 0) {
      ctx.audit({
        action: 'tenant.dossier-sections-update', subjectType: 'tenant', subjectId: tenant.id,
        details: { fields: fieldsChanged(changed, before, changes.employeeSections) },
      });
    }
    return this.view(ctx);
  }

  /**
   * The choices to store: the given ones for the sections of the enabled plugins, and the stored
   * ones of plugins the tenant has off, so switching a plugin off and on loses no choice.
   */
  private employeeChoices(
    ctx: RequestContext,
    given: Record<string, boolean>,
  ): Record<string, boolean> {
    const declared = this.access.declaredSections(ctx);
    assertKnownAndOpen(declared, given);

    const stored = ctx.tenant!.settings.employeeSections ?? {};
    const kept = Object.entries(stored).filter(([id]) => !declared.some((s) => s.id === id));
    // A confidential section keeps no choice: it is never shown to employees, whatever is sent.
    const chosen = Object.entries(given)
      .filter(([id]) => !declared.find((s) => s.id === id)!.confidential);
    return Object.fromEntries([...kept, ...chosen].sort(([a], [b]) => a.localeCompare(b)));
  }
}

function assertKnownAndOpen(declared: ResolvedSection[], given: Record<string, boolean>): void {
  const problems: FieldProblem[] = [];
  for (const [id, visible] of Object.entries(given)) {
    const section = declared.find((s) => s.id === id);
    const field = `employeeSections.${id}`;
    if (!section) {
      problems.push({ field, message: 'is not a dossier section of a module in use here' });
    } else if (section.confidential && visible) {
      problems.push({ field, message: 'is confidential: employees never see it in their dossier' });
    }
  }
  if (problems.length > 0) throw new ValidationError(problems.slice(0, MAX_LISTED_PROBLEMS));
}

/** `employeeSections.<id>` for each section whose choice changed; the other keys as they are. */
function fieldsChanged(
  changed: string[],
  before: Record<string, boolean>,
  after: Record<string, boolean> | undefined,
): string[] {
  return changed.flatMap((key) => {
    if (key !== 'employeeSections' || !after) return [key];
    const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...ids].filter((id) => before[id] !== after[id]).sort()
      .map((id) => `employeeSections.${id}`);
  });
}
