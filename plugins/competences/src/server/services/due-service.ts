import { inject, injectable } from 'inversify';
import type { FilterQuery } from '@mikro-orm/core';
import { Person, type RequestContext } from '@dots/core';
import { MEASUREMENTS_SECTION } from '../../common/competence-permissions.js';
import type { ListOf } from '../../common/competence-view.js';
import { dueFor, type CycleRule } from '../../common/cycle-rules.js';
import type { DueView } from '../../common/cycle-view.js';
import { CompetenceCycle } from '../entities/index.js';
import { CycleClock } from './cycle-clock.js';
import { cyclePerson, cycleRule } from './cycle-views.js';
import { readLastPeriodicDates, type LastPeriodicDates } from './last-periodic-dates.js';

/** What one person is due for. */
export interface PersonDue {
  person: Person;
  due: DueView[];
  /** Per framework id, who made the last periodic measurement (when their account is kept). */
  lastAssessors: ReadonlyMap<string, string>;
}

/**
 * Which periodic measurements are due, for one person or for everyone with a cycle. Three
 * queries whatever the number of people: the cycles, the people, and the last dates grouped.
 */
@injectable()
export class DueService {
  @inject(CycleClock) private readonly clock!: CycleClock;

  async dueOf(ctx: RequestContext, person: Person): Promise<ListOf<DueView>> {
    const typeId = person.employeeType?.id;
    const cycles = await this.cycles(ctx, {
      $or: [{ person: person.id }, ...(typeId ? [{ employeeType: typeId }] : [])],
    });
    const dates = await readLastPeriodicDates(ctx, {
      frameworkIds: frameworkIdsOf(cycles), personIds: [person.id],
    });

    ctx.audit({
      action: 'competences.read', subjectType: 'person', subjectId: person.id,
      personId: person.id, details: { section: MEASUREMENTS_SECTION, what: 'due' },
    });
    return { items: dueViews(prepared(cycles), person, dates, this.clock.today()) };
  }

  /** Everyone who still works here and has something due; only `personIds` when given. */
  async dueOfPeople(ctx: RequestContext, personIds?: string[]): Promise<PersonDue[]> {
    if (personIds?.length === 0) return [];
    const cycles = await this.cycles(ctx, {});
    const people = await this.peopleWith(ctx, cycles, personIds);
    if (!people.length) return [];
    const dates = await readLastPeriodicDates(ctx, {
      frameworkIds: frameworkIdsOf(cycles), ...(personIds ? { personIds } : {}),
    });

    const today = this.clock.today();
    const rules = prepared(cycles);
    return people
      .map((person) => ({
        person, due: dueViews(rules, person, dates, today),
        lastAssessors: assessorsOf(dates, person),
      }))
      .filter((entry) => entry.due.length > 0);
  }

  /** Oldest first, so that of two cycles of one target the rules keep the same one each time. */
  private cycles(ctx: RequestContext, where: FilterQuery<CompetenceCycle>) {
    return ctx.em.find(CompetenceCycle, where, {
      populate: ['framework'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The active people a cycle names, or whose employee type one names. */
  private async peopleWith(ctx: RequestContext, cycles: CompetenceCycle[],
    personIds: string[] | undefined): Promise<Person[]> {
    const own = unique(cycles.flatMap((cycle) => (cycle.person ? [cycle.person.id] : [])));
    const types = unique(cycles.flatMap((c) => (c.employeeType ? [c.employeeType.id] : [])));
    const named: FilterQuery<Person>[] = [
      ...(own.length ? [{ id: { $in: own } }] : []),
      ...(types.length ? [{ employeeType: { $in: types } }] : []),
    ];
    if (!named.length) return [];

    return ctx.em.find(Person, {
      $and: [{ $or: named }, { status: 'active' },
        ...(personIds ? [{ id: { $in: personIds } }] : [])],
    }, { orderBy: { sortKey: 'asc', id: 'asc' } });
  }
}

interface Prepared {
  rules: CycleRule[];
  names: Map<string, string>;
}

/** The cycles as the rules read them, and their frameworks' names: once per request. */
function prepared(cycles: CompetenceCycle[]): Prepared {
  return {
    rules: cycles.map(cycleRule),
    names: new Map(cycles.map((cycle) => [cycle.framework.id, cycle.framework.name])),
  };
}

function dueViews({ rules, names }: Prepared, person: Person, dates: LastPeriodicDates,
  today: string): DueView[] {
  const last = new Map([...dates.get(person.id) ?? []].map(([id, { date }]) => [id, date]));
  const due = dueFor(cyclePerson(person), rules, last, today);

  return due.map((entry) => ({
    frameworkId: entry.frameworkId, frameworkName: names.get(entry.frameworkId)!,
    cycleId: entry.cycleId, intervalMonths: entry.intervalMonths, lastDate: entry.lastDate,
    dueDate: entry.dueDate, overdue: entry.overdue, withSelfAssessment: entry.withSelfAssessment,
  }));
}

function assessorsOf(dates: LastPeriodicDates, person: Person): Map<string, string> {
  return new Map([...dates.get(person.id) ?? []].flatMap(([frameworkId, { assessorId }]) => (
    assessorId ? [[frameworkId, assessorId] as const] : [])));
}

function frameworkIdsOf(cycles: CompetenceCycle[]): string[] {
  return unique(cycles.map((cycle) => cycle.framework.id));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
