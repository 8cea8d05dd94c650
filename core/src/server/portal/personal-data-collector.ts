import { inject, injectable } from 'inversify';
import type { Container } from 'inversify';
import { TYPES } from '../tokens.js';
import { ContributionProvider } from '../plugins/contribution-provider.js';
import { PersonalDataContribution } from '../plugins/extension-points.js';
import { enabledFor } from '../plugins/contribution-filter.js';
import { SectionAccess } from '../plugins/section-access.js';
import type { RequestContext } from '../http/request-context.js';
import type { Person } from '../entities/person.js';
import { CORE_PERSON_SECTION, type PersonalDataSectionDto } from '../../common/portal.js';

/**
 * What DOTS holds about one person, as the caller may read it: the sections of every
 * PersonalDataContribution of the tenant's enabled plugins, each passed through
 * SectionAccess.canRead for the caller. For the employee that drops the sections the tenant hides
 * and every confidential one; for staff only confidential sections of roles the tenant has not
 * named. A section of an unknown id is dropped too, so a plugin's mistake fails closed. The core's
 * own section has no DossierSection (it is the person page itself) and is always the caller's to
 * read: its fields are already cut to the employee view.
 */
@injectable()
export class PersonalDataCollector {
  @inject(TYPES.Container) private readonly container!: Container;
  @inject(SectionAccess) private readonly sectionAccess!: SectionAccess;

  async sectionsOf(ctx: RequestContext, person: Person): Promise<PersonalDataSectionDto[]> {
    const provider = new ContributionProvider<PersonalDataContribution>(
      this.container, PersonalDataContribution,
    );
    const contributions = provider.getContributions().filter((c) => enabledFor(ctx.tenant, c));
    const order = new Map(this.sectionAccess.sections(ctx).map((s, index) => [s.id, index]));

    const sections: PersonalDataSectionDto[] = [];
    // One after the other: they share the request's entity manager.
    for (const contribution of contributions) {
      const own = await contribution.personalData(ctx, person);
      sections.push(...own.filter((s) => this.readable(ctx, contribution.pluginId, s.section)));
    }
    return sections.sort((a, b) => rank(order, a.section) - rank(order, b.section));
  }

  /** Only the core itself may hand in the core's section, which no DossierSection describes. */
  private readable(ctx: RequestContext, pluginId: string, section: string): boolean {
    if (section === CORE_PERSON_SECTION) return pluginId === 'core';
    return this.sectionAccess.canRead(ctx, section);
  }
}

/** The core's section first, then the plugins' in dossier order. */
function rank(order: Map<string, number>, section: string): number {
  if (section === CORE_PERSON_SECTION) return -1;
  return order.get(section) ?? Number.MAX_SAFE_INTEGER;
}
