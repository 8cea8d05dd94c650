import { inject, injectable } from 'inversify';
import type { Container } from 'inversify';
import { TYPES } from '../tokens.js';
import { ContributionProvider } from './contribution-provider.js';
import { DossierSectionContribution, type DossierSection } from './extension-points.js';
import { enabledFor } from './contribution-filter.js';
import type { RequestContext } from '../http/request-context.js';

export type ResolvedSection = DossierSection & { pluginId: string };

/**
 * Who reads which dossier section, decided in one place for routes, session tabs, agenda items
 * and personal-data exports. A confidential section reaches only the roles the tenant names
 * (none until it names them: art. 9 asks the controller to designate them); the employee's own
 * view shows a section when the tenant's choice, or else the section's default, says so.
 */
@injectable()
export class SectionAccess {
  @inject(TYPES.Container) private readonly container!: Container;

  /** The sections of the tenant's enabled plugins, with the tenant's employee choice applied. */
  sections(ctx: RequestContext): ResolvedSection[] {
    const choices = ctx.tenant?.settings.employeeSections ?? {};

    return this.declaredSections(ctx).map((section) => ({
      ...section,
      visibleToEmployee: !section.confidential
        && (choices[section.id] ?? section.visibleToEmployee),
    }));
  }

  /** The sections of the tenant's enabled plugins as the plugins declare them: the defaults. */
  declaredSections(ctx: RequestContext): ResolvedSection[] {
    const provider = new ContributionProvider<DossierSectionContribution>(
      this.container, DossierSectionContribution,
    );
    return provider.getContributions()
      .filter((c) => enabledFor(ctx.tenant, c))
      .flatMap((c) => c.sections().map((section) => ({ ...section, pluginId: c.pluginId })))
      .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  }

  /** The sections this account reads, in page order. */
  readableSections(ctx: RequestContext): ResolvedSection[] {
    return this.sections(ctx).filter((section) => this.allows(ctx, section));
  }

  /** Whether the account reads the section; no section means nothing to restrict. */
  canRead(ctx: RequestContext, sectionId: string | undefined): boolean {
    return this.readerFor(ctx)(sectionId);
  }

  /**
   * `canRead` for many items of one request (agenda entries, access-log lines): the sections
   * are resolved once, not per item.
   */
  readerFor(ctx: RequestContext): (sectionId: string | undefined) => boolean {
    const readable = new Set(this.readableSections(ctx).map((section) => section.id));
    // An unknown section, or one of a plugin the tenant has off, is nobody's to read.
    return (sectionId) => sectionId === undefined || readable.has(sectionId);
  }

  private allows(ctx: RequestContext, section: ResolvedSection): boolean {
    if (ctx.role === 'employee') return section.visibleToEmployee;
    if (section.confidential) {
      const named = ctx.tenant?.settings.confidentialRoles ?? [];
      if (!ctx.role || !named.some((role) => role === ctx.role)) return false;
    }
    return !section.permission || ctx.can(section.permission);
  }
}
