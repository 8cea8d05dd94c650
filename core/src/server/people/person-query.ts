import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { MySqlPlatform } from '@mikro-orm/knex';
import { Person } from '../entities/person.js';
import type { RequestContext } from '../http/request-context.js';
import type { FieldProblem } from '../../common/problem.js';
import { PERSON_STATUSES, type PersonSortField } from '../../common/people.js';
import { ValidationError } from '../http/errors.js';
import { foldName } from './name-keys.js';
import { hiddenFieldsOf } from './person-view.js';
import type { PersonListQuery } from './person-schemas.js';

type Order = QueryOrderMap<Person>;
type Direction = 'asc' | 'desc';

/** Filters and sort keys that read a standard field the tenant may hide. */
const FILTER_FIELDS = {
  department: 'departmentId', team: 'teamId', type: 'employeeTypeId',
} as const;
const SORT_FIELDS: Partial<Record<PersonSortField, string>> = {
  birthDate: 'birthDate', startDate: 'startDate', endDate: 'endDate', department: 'departmentId',
  team: 'teamId', employeeType: 'employeeTypeId',
};

/**
 * One page of a tenant's people and the count of every match. The request's entity manager
 * scopes both to the tenant. Every order ends with the id, so pages never overlap or skip
 * anyone when many people share a name or a date (case C18).
 */
export async function findPeople(
  ctx: RequestContext,
  query: PersonListQuery,
): Promise<{ items: Person[]; total: number }> {
  assertVisible(query, hiddenFieldsOf(ctx.tenant));
  const phrase = searchPhraseOf(query.q);
  if (phrase === '') return { items: [], total: 0 };

  const nameKey = ctx.tenant?.settings.nameSort === 'main-part' ? 'sortKeyMain' : 'sortKey';
  const binary = ctx.em.getPlatform() instanceof MySqlPlatform;
  const [items, total] = await ctx.em.findAndCount(Person, whereOf(query, phrase, binary), {
    orderBy: orderOf(query.sort, nameKey),
    limit: query.limit,
    offset: query.offset,
  });
  return { items, total };
}

function assertVisible(query: PersonListQuery, hidden: ReadonlySet<string>): void {
  const problems: FieldProblem[] = [];
  for (const [filter, field] of Object.entries(FILTER_FIELDS)) {
    if (query[filter as keyof typeof FILTER_FIELDS] && hidden.has(field)) {
      const message = 'filters on a field this organisation does not use';
      problems.push({ field: filter, message });
    }
  }
  const sortField = SORT_FIELDS[query.sort.replace(/^-/, '') as PersonSortField];
  if (sortField && hidden.has(sortField)) {
    problems.push({ field: 'sort', message: 'sorts on a field this organisation does not use' });
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * What `q` searches for, folded like the names: undefined when there is no search (no `q`, or
 * the `q=` of an empty search box), '' when `q` holds no letter or digit at all (spaces, an
 * emoji, U+202E). That matches nobody rather than answering 400: typing into a search box is
 * not an error, and listing everyone would look like a match.
 */
function searchPhraseOf(q: string | undefined): string | undefined {
  return q === undefined || q === '' ? undefined : foldName(q);
}

/**
 * The phrase must occur in the folded names as written, so "ozturk" finds "Öztürk" and "van den"
 * finds "Van den Broeck" but not "van der Heyden". On MySQL/MariaDB the comparison is binary:
 * the table's collation would also take letters as equal that SQLite keeps apart (katakana and
 * hiragana, for one), and both sides are folded already. The pattern
 * is escaped, with an explicit ESCAPE because SQLite has no default escape character.
 */
function whereOf(
  query: PersonListQuery,
  phrase: string | undefined,
  binary: boolean,
): FilterQuery<Person> {
  const conditions: FilterQuery<Person>[] = [];
  if (phrase) {
    const pattern = `%${escapeLike(phrase)}%`;
    const collate = binary ? ' collate utf8mb4_bin' : '';
    const like = (alias: string) => `${alias}.search_text like ?${collate} escape '!'`;
    conditions.push({ [raw(like, [pattern])]: [] });
  }

  if (query.department) conditions.push({ department: query.department });
  if (query.team) conditions.push({ team: query.team });
  if (query.type) conditions.push({ employeeType: query.type });
  if (query.status) conditions.push({ status: query.status });
  return conditions.length > 0 ? { $and: conditions } : {};
}

function escapeLike(word: string): string {
  return word.replace(/[!%_]/g, (char) => `!${char}`);
}

function orderOf(sort: PersonListQuery['sort'], nameKey: 'sortKey' | 'sortKeyMain'): Order[] {
  const direction: Direction = sort.startsWith('-') ? 'desc' : 'asc';
  const field = sort.replace(/^-/, '') as PersonSortField;
  const lastly = (): Order[] => [{ [nameKey]: 'asc' }, { id: 'asc' }];
  // Empty values go last either way, so a reversed list does not open with blanks.
  const nullsLast = `${direction} nulls last` as const;

  switch (field) {
    case 'familyName':
      return [{ [nameKey]: direction }, { id: direction }];
    case 'givenNames':
      return [{ sortKeyGiven: direction }, { id: direction }];
    case 'birthDate':
    case 'startDate':
    case 'endDate':
      return [{ [field]: nullsLast }, ...lastly()];
    case 'department':
    case 'team':
    case 'employeeType':
      // The admin's order of the list, then the item itself, so each one's people stay together.
      return [{ [field]: { position: nullsLast } }, { [field]: direction }, ...lastly()];
    case 'status':
      return [{ [raw((alias) => statusRank(alias))]: direction }, ...lastly()];
  }
}

/**
 * Status in its lifecycle order. MySQL would sort the enum column by this order and SQLite by
 * the text, so neither is used as it is.
 */
function statusRank(alias: string): string {
  const cases = PERSON_STATUSES.map((status, rank) => `when '${status}' then ${rank}`).join(' ');
  return `case ${alias}.status ${cases} end`;
}
