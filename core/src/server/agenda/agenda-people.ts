import type { FilterQuery } from '@mikro-orm/core';
import { Department, Team } from '../entities/list-item.js';
import { Person } from '../entities/person.js';
import type { RequestContext } from '../http/request-context.js';
import { ValidationError } from '../http/errors.js';
import { hiddenFieldsOf } from '../people/person-view.js';
import type { FieldProblem } from '../../common/problem.js';

export interface PeopleFilter {
  department?: string;
  team?: string;
}

/**
 * The ids of the tenant's people in the department and team asked for, or undefined when the
 * request filters on neither. An id that is not a list item of this tenant is refused as a bad
 * value, as the people routes refuse it, so another tenant's ids tell nothing.
 */
export async function personIdsOf(
  ctx: RequestContext,
  filter: PeopleFilter,
): Promise<string[] | undefined> {
  if (!filter.department && !filter.team) return undefined;
  await assertListItems(ctx, filter);

  const where: FilterQuery<Person> = {};
  if (filter.department) where.department = filter.department;
  if (filter.team) where.team = filter.team;
  // Whole rows: a partial one would sit in the identity map without the names the answer shows.
  const people = await ctx.em.find(Person, where, { orderBy: { id: 'asc' } });
  return people.map((person) => person.id);
}

async function assertListItems(ctx: RequestContext, filter: PeopleFilter): Promise<void> {
  const hidden = hiddenFieldsOf(ctx.tenant);
  const problems: FieldProblem[] = [];
  const check = async (
    field: 'department' | 'team',
    entity: typeof Department | typeof Team,
    standardField: string,
  ) => {
    const id = filter[field];
    if (!id) return;
    if (hidden.has(standardField)) {
      const message = 'filters on a field this organisation does not use';
      problems.push({ field: `query.${field}`, message });
    } else if (!(await ctx.em.findOne(entity, { id }))) {
      const message = `does not name a ${field} of this organisation`;
      problems.push({ field: `query.${field}`, message });
    }
  };

  await check('department', Department, 'departmentId');
  await check('team', Team, 'teamId');
  if (problems.length > 0) throw new ValidationError(problems);
}
