import { inject, injectable } from 'inversify';
import type { AgendaContribution, AgendaItem, AgendaQuery, RequestContext } from '@dots/core';
import {
  COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION,
} from '../common/competence-permissions.js';
import type { DueView } from '../common/cycle-view.js';
import { CycleClock } from './services/cycle-clock.js';
import { DueService } from './services/due-service.js';

/** The person page's competences tab, where a due measurement is made. */
export function measurementsLink(personId: string): string {
  return `/people/${personId}?tab=${MEASUREMENTS_SECTION}`;
}

/**
 * Periodic measurements in the staff agenda (docs/agenda.md). The owner is whoever made the
 * person's last periodic measurement on the framework: that coach is asked again, so it shows in
 * their "my week"; never measured, or their account gone, it has no owner and shows under
 * "everyone" only. A measurement is never done, it moves to the next due date once made: so an
 * overdue one shows on today, saying since when it is late, rather than on a day gone by.
 */
@injectable()
export class CompetenceAgenda implements AgendaContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(DueService) private readonly due!: DueService;
  @inject(CycleClock) private readonly clock!: CycleClock;

  async agendaItems(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    const people = await this.due.dueOfPeople(ctx, query.personIds);
    const today = this.clock.today();

    return people.flatMap(({ person, due, lastAssessors }) => due.flatMap((entry) => {
      const date = entry.overdue ? today : entry.dueDate;
      const owner = lastAssessors.get(entry.frameworkId);
      if (date < query.from || date > query.to) return [];
      if (query.ownerAccountId && owner !== query.ownerAccountId) return [];

      return [{
        id: `measurement-due:${person.id}:${entry.frameworkId}`,
        kind: 'competence-measurement',
        date,
        title: titleOf(ctx.locale, entry),
        personId: person.id,
        ...(owner ? { ownerAccountId: owner } : {}),
        link: measurementsLink(person.id),
        section: MEASUREMENTS_SECTION,
      }];
    }));
  }
}

function titleOf(locale: string, entry: DueView): string {
  const english = locale === 'en';
  const what = entry.withSelfAssessment
    ? (english ? 'Measurement and self-assessment' : 'Meting en zelfbeoordeling')
    : (english ? 'Measurement' : 'Meting');
  const title = `${what}: ${entry.frameworkName}`;
  if (!entry.overdue) return title;

  const since = belgianDate(entry.dueDate);
  return english ? `${title} (overdue since ${since})` : `${title} (te laat sinds ${since})`;
}

/** `YYYY-MM-DD` as Belgians write it, dd/mm/yyyy. */
function belgianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
