import type { EntityManager } from '@mikro-orm/knex';
import { scopedRaw, type RequestContext } from '@dots/core';

/** The last final periodic coach measurement of a person on a framework. */
export interface LastPeriodic {
  /** `YYYY-MM-DD`: the cycle counts the next due date from it. */
  date: string;
  /** Who measured it: asked again, so the agenda names them as the owner of the next one. */
  assessorId: string | null;
}

/** Per person id, per framework id: the last final periodic coach measurement. */
export type LastPeriodicDates = Map<string, Map<string, LastPeriodic>>;

interface Row {
  person_id: string;
  framework_id: string;
  last_date: string;
  assessor_id: string | null;
}

/**
 * The last of each person's measurements on each framework, ranked by date, then by when it was
 * made final (two on one day), then by id so that the answer never changes between calls.
 * Window functions: SQLite 3.25, MariaDB 10.2 and MySQL 8 have them.
 */
function lastPeriodicSql(ofPeople: boolean): string {
  return `
    select person_id, framework_id, date as last_date, assessor_id from (
      select m.person_id, m.framework_id, m.date, m.assessor_id,
        row_number() over (partition by m.person_id, m.framework_id
          order by m.date desc, m.finalised_at desc, m.id desc) as nth
      from competence_measurement m
      where m.tenant_id = :tenantId and m.kind = 'periodic' and m.perspective = 'coach'
        and m.status = 'final' and m.framework_id in (:frameworkIds)
        ${ofPeople ? 'and m.person_id in (:personIds)' : ''}
    ) ranked
    where nth = 1`;
}

/**
 * One query, whatever the number of people: the agenda asks it for a whole tenant. Ad-hoc
 * measurements, drafts and self-assessments never restart a cycle. Without `personIds`, everyone.
 */
export async function readLastPeriodicDates(
  ctx: RequestContext,
  options: { frameworkIds: string[]; personIds?: string[] },
): Promise<LastPeriodicDates> {
  const dates: LastPeriodicDates = new Map();
  if (!options.frameworkIds.length || options.personIds?.length === 0) return dates;

  const rows = await scopedRaw<Row>(ctx.em as EntityManager,
    lastPeriodicSql(options.personIds !== undefined), {
      frameworkIds: options.frameworkIds,
      ...(options.personIds ? { personIds: options.personIds } : {}),
    });

  for (const row of rows) {
    const own = dates.get(row.person_id) ?? new Map<string, LastPeriodic>();
    own.set(row.framework_id, { date: row.last_date, assessorId: row.assessor_id ?? null });
    dates.set(row.person_id, own);
  }
  return dates;
}
