import type { RequestContext, Person } from '@dots/core';
import { cyclesFor } from '../../common/cycle-rules.js';
import { CompetenceCycle, CompetenceMeasurement } from '../entities/index.js';
import { cyclePerson, cycleRule } from './cycle-views.js';

/**
 * What this person is asked to score themselves on, and nothing more (a tenant may hold ESCO,
 * English and duplicate frameworks meant for others): the frameworks whose applying cycle (by
 * the rules of `cyclesFor`: their own, else their employee type's) asks for a
 * self-assessment, those they have an open draft on, and those a coach measured them on
 * (final), so their self-image can stand next to the coach's.
 */
export async function offeredFrameworkIds(ctx: RequestContext, person: Person,
  drafts: CompetenceMeasurement[]): Promise<Set<string>> {
  const typeId = person.employeeType?.id;
  // Oldest first, as the due dates read them, so a tie between cycles ends the same way.
  const cycles = await ctx.em.find(CompetenceCycle, {
    $or: [{ person: person.id }, ...(typeId ? [{ employeeType: typeId }] : [])],
  }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const measured = await ctx.em.find(CompetenceMeasurement, {
    person: person.id, perspective: 'coach', status: 'final',
  });

  const asked = cyclesFor(cyclePerson(person), cycles.map(cycleRule))
    .filter((cycle) => cycle.withSelfAssessment);
  return new Set([
    ...asked.map((cycle) => cycle.frameworkId),
    ...drafts.map((draft) => draft.framework.id),
    ...measured.map((measurement) => measurement.framework.id),
  ]);
}
