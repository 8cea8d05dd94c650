import { inject, injectable } from 'inversify';
import type { AgendaContribution, AgendaItem, AgendaQuery, RequestContext } from '@dots/core';
import {
  COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION,
} from '../common/competence-permissions.js';
import type { DueView } from '../common/cycle-view.js';
import { DueService } from './services/due-service.js';

/** The person page's competences tab, where a due measurement is made. */
export function measurementsLink(personId: string): string {
  return `/people/${personId}?tab=${MEASUREMENTS_SECTION}`;
}

/**
 * Periodic measurements in the staff agenda, on their due date. A due measurement has no owner
 * (no one is named to make it), so only "everyone" shows it, as the POP's deadlines; an overdue
 * one stays on its own day, as they do, and the person's due list flags it.
 */
@injectable()
export class CompetenceAgenda implements AgendaContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(DueService) private readonly due!: DueService;

  async agendaItems(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    if (query.ownerAccountId) return [];

    const people = await this.due.dueOfPeople(ctx, query.personIds);
    return people.flatMap(({ person, due }) => due
      .filter((entry) => entry.dueDate >= query.from && entry.dueDate <= query.to)
      .map((entry) => ({
        id: `measurement-due:${person.id}:${entry.frameworkId}`,
        kind: 'competence-measurement',
        date: entry.dueDate,
        title: titleOf(ctx.locale, entry),
        personId: person.id,
        link: measurementsLink(person.id),
        section: MEASUREMENTS_SECTION,
      })));
  }
}

function titleOf(locale: string, entry: DueView): string {
  if (locale === 'en') {
    const what = entry.withSelfAssessment ? 'Measurement and self-assessment' : 'Measurement';
    return `${what}: ${entry.frameworkName}`;
  }
  const what = entry.withSelfAssessment ? 'Meting en zelfbeoordeling' : 'Meting';
  return `${what}: ${entry.frameworkName}`;
}
