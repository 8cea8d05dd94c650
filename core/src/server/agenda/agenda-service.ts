import { inject, injectable } from 'inversify';
import type { Container } from 'inversify';
import { TYPES } from '../tokens.js';
import { ContributionProvider } from '../plugins/contribution-provider.js';
import { enabledFor } from '../plugins/contribution-filter.js';
import {
  AgendaContribution, type AgendaItem, type AgendaQuery,
} from '../plugins/extension-points.js';
import { SectionAccess } from '../plugins/section-access.js';
import { StaffDirectory } from '../accounts/staff-directory.js';
import { Person } from '../entities/person.js';
import type { RequestContext } from '../http/request-context.js';
import { PERMISSIONS } from '../../common/permissions.js';
import {
  AGENDA_COACH_ALL, AGENDA_COACH_ME, type AgendaDto, type AgendaItemDto,
} from '../../common/agenda.js';
import type { AgendaQueryInput } from './agenda-schemas.js';
import { AgendaClock } from './agenda-clock.js';
import { brusselsWeekOf, weekFrom, weekUntil, type CalendarRange } from './agenda-week.js';
import { personIdsOf } from './agenda-people.js';
import { compareAgendaItems } from './agenda-order.js';

type Collected = AgendaItem & { pluginId: string };

/**
 * The staff agenda: asks every enabled plugin's AgendaContribution for the range, then applies
 * the core's rules to whatever came back, so one plugin's slip cannot show another tenant's
 * person, a section the caller may not read, or an item outside what was asked.
 */
@injectable()
export class AgendaService {
  @inject(TYPES.Container) private readonly container!: Container;
  @inject(SectionAccess) private readonly sections!: SectionAccess;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;
  @inject(AgendaClock) private readonly clock!: AgendaClock;

  async agenda(ctx: RequestContext, input: AgendaQueryInput): Promise<AgendaDto> {
    const range = this.rangeOf(input);
    const coach = await this.coachOf(ctx, input.coach);
    const personIds = await personIdsOf(ctx, input);

    const query: AgendaQuery = {
      ...range,
      ...(coach === AGENDA_COACH_ALL ? {} : { ownerAccountId: coach }),
      ...(personIds ? { personIds } : {}),
    };
    const collected = await this.collect(ctx, query);
    const items = await this.finish(ctx, collected.filter((item) => matches(item, query)));

    ctx.audit({ action: 'agenda.read', subjectType: 'agenda', details: { ...range, coach } });
    return { ...range, coach, items };
  }

  private rangeOf(input: AgendaQueryInput): CalendarRange {
    if (input.from && input.to) return { from: input.from, to: input.to };
    if (input.from) return weekFrom(input.from);
    if (input.to) return weekUntil(input.to);
    return brusselsWeekOf(this.clock.now());
  }

  /** `all`, or the account id whose items to show; `me` is the caller. */
  private async coachOf(ctx: RequestContext, coach: string): Promise<string> {
    if (coach === AGENDA_COACH_ALL) return coach;
    if (coach === AGENDA_COACH_ME) return ctx.requireAccount().id;
    return (await this.staff.require(ctx, coach, 'query.coach')).id;
  }

  private async collect(ctx: RequestContext, query: AgendaQuery): Promise<Collected[]> {
    const provider = new ContributionProvider<AgendaContribution>(
      this.container, AgendaContribution,
    );
    const contributions = provider.getContributions().filter((c) => enabledFor(ctx.tenant, c));
    const answers = await Promise.all(contributions.map(async (contribution) =>
      (await contribution.agendaItems(ctx, query))
        .map((item) => ({ ...item, pluginId: contribution.pluginId }))));
    return answers.flat();
  }

  /**
   * Drops what the caller may not read and names the people. An item about a person who is not
   * one of this tenant's, or whom the caller may not look up, is dropped as well.
   */
  private async finish(ctx: RequestContext, items: Collected[]): Promise<AgendaItemDto[]> {
    const canRead = this.sections.readerFor(ctx);
    const readable = items.filter((item) => canRead(item.section));
    const seesPeople = ctx.can(PERMISSIONS.peopleRead);
    const ids = [...new Set(readable.flatMap((item) => (item.personId ? [item.personId] : [])))];
    const people = seesPeople && ids.length > 0
      ? await ctx.em.find(Person, { id: { $in: ids } })
      : [];
    const names = new Map(people.map((person) => [person.id, displayNameOf(person)]));

    return readable
      .filter((item) => !item.personId || names.has(item.personId))
      .map((item) => viewOf(item, item.personId ? names.get(item.personId)! : null))
      .sort(compareAgendaItems);
  }
}

/** Whether a plugin's item lies within what was asked; a plugin that filters less is caught. */
function matches(item: AgendaItem, query: AgendaQuery): boolean {
  if (item.date < query.from || item.date > query.to) return false;
  if (query.ownerAccountId && item.ownerAccountId !== query.ownerAccountId) return false;
  if (query.personIds && !(item.personId && query.personIds.includes(item.personId))) return false;
  return true;
}

function viewOf(item: Collected, personName: string | null): AgendaItemDto {
  return {
    id: item.id,
    pluginId: item.pluginId,
    kind: item.kind,
    date: item.date,
    time: item.time ?? null,
    title: item.title,
    personId: item.personId ?? null,
    personName,
    ownerAccountId: item.ownerAccountId ?? null,
    done: item.done ?? false,
    link: item.link ?? null,
  };
}

function displayNameOf(person: Person): string {
  return `${person.preferredName ?? person.givenNames} ${person.familyName}`;
}
