import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { scopedQuery, type RequestContext } from '@dots/core';
import { CompetenceMeasurement } from '../entities/index.js';

/** Per person id, per framework id: the date of the last final periodic coach measurement. */
export type LastPeriodicDates = Map<string, Map<string, string>>;

interface Row {
  person_id: string;
  framework_id: string;
  last_date: string;
}

/**
 * One grouped query, whatever the number of people: the agenda asks it for a whole tenant. Ad-hoc
 * measurements, drafts and self-assessments never restart a cycle. Without `personIds`, everyone.
 */
export async function readLastPeriodicDates(
  ctx: RequestContext,
  options: { frameworkIds: string[]; personIds?: string[] },
): Promise<LastPeriodicDates> {
  const dates: LastPeriodicDates = new Map();
  if (!options.frameworkIds.length || options.personIds?.length === 0) return dates;

  const qb = scopedQuery(ctx.em as EntityManager, CompetenceMeasurement, 'm')
    .select(['m.person', 'm.framework', raw('max(m.date) as last_date')])
    .andWhere({
      kind: 'periodic', perspective: 'coach', status: 'final',
      framework: { $in: options.frameworkIds },
      ...(options.personIds ? { person: { $in: options.personIds } } : {}),
    })
    .groupBy(['m.person', 'm.framework']);
  const rows = await qb.execute<Row[]>('all', false);

  for (const row of rows) {
    const own = dates.get(row.person_id) ?? new Map<string, string>();
    own.set(row.framework_id, row.last_date);
    dates.set(row.person_id, own);
  }
  return dates;
}
