import { inject, injectable } from 'inversify';
import type { Container } from 'inversify';
import { TYPES } from '../tokens.js';
import { ContributionProvider } from './contribution-provider.js';
import {
  NavigationContribution, type DossierSection, type NavigationEntry,
} from './extension-points.js';
import { enabledFor } from './contribution-filter.js';
import { SectionAccess } from './section-access.js';
import type { RequestContext } from '../http/request-context.js';

/** Menu entries and dossier sections for one account: enabled plugins, held permissions. */
@injectable()
export class NavigationService {
  @inject(TYPES.Container) private readonly container!: Container;
  @inject(SectionAccess) private readonly sectionAccess!: SectionAccess;

  navigationFor(ctx: RequestContext): Array<NavigationEntry & { pluginId: string }> {
    const provider = new ContributionProvider<NavigationContribution>(
      this.container,
      NavigationContribution,
    );
    return provider.getContributions()
      .filter((c) => enabledFor(ctx.tenant, c))
      .flatMap((c) => c.navigation().map((entry) => ({ ...entry, pluginId: c.pluginId })))
      .filter((entry) => !entry.permission || ctx.can(entry.permission))
      .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  }

  sectionsFor(ctx: RequestContext): Array<DossierSection & { pluginId: string }> {
    return this.sectionAccess.readableSections(ctx);
  }
}
