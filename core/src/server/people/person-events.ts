import { inject, injectable, type Container } from 'inversify';
import type { Person } from '../entities/person.js';
import type { RequestContext } from '../http/request-context.js';
import { ContributionProvider } from '../plugins/contribution-provider.js';
import { PersonEventContribution } from '../plugins/extension-points.js';
import { enabledFor } from '../plugins/contribution-filter.js';
import { TYPES } from '../tokens.js';

/**
 * Tells the PersonEventContribution listeners of the tenant's enabled plugins about a stored
 * change. Each runs in turn; one that throws is logged and the others still run, because the
 * change is already stored and a listener must not undo it.
 */
@injectable()
export class PersonEvents {
  @inject(TYPES.Container) private readonly container!: Container;

  private provider?: ContributionProvider<PersonEventContribution>;

  didCreate(ctx: RequestContext, person: Person): Promise<void> {
    return this.notify(ctx, person.id, (l) => l.onDidCreatePerson?.(ctx, person));
  }

  didUpdate(ctx: RequestContext, person: Person, changed: string[]): Promise<void> {
    return this.notify(ctx, person.id, (l) => l.onDidUpdatePerson?.(ctx, person, changed));
  }

  didDelete(ctx: RequestContext, personId: string): Promise<void> {
    return this.notify(ctx, personId, (l) => l.onDidDeletePerson?.(ctx, personId));
  }

  private async notify(
    ctx: RequestContext,
    personId: string,
    call: (listener: PersonEventContribution) => Promise<void> | undefined,
  ): Promise<void> {
    this.provider ??= new ContributionProvider(this.container, PersonEventContribution);
    const listeners = this.provider.getContributions().filter((l) => enabledFor(ctx.tenant, l));

    for (const listener of listeners) {
      try {
        await call(listener);
      } catch (err) {
        ctx.log.error(
          { err, name: 'core:PersonEvents', pluginId: listener.pluginId, personId },
          'a person event listener failed; the change itself is stored',
        );
      }
    }
  }
}
