import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/knex';
import { PERMISSIONS } from '../../common/permissions.js';
import { PERSON_STATUSES } from '../../common/people.js';
import { scopedRaw } from '../db/scoped-query.js';
import { calendarDateParameter } from './report-parameters.js';
import { defineReport } from './define-report.js';

const parameters = z.strictObject({
  status: z.enum(PERSON_STATUSES, { error: `must be one of: ${PERSON_STATUSES.join(', ')}` })
    .optional(),
  referenceDate: calendarDateParameter().optional(),
});

/**
 * The department and employee type of each person are joined on the tenant as well: the core
 * checks them on every write, and this keeps a report from ever naming another tenant's list.
 * People without one are counted under an empty department or type, listed last.
 */
const SELECT = `
  select d.name as department, t.name as employee_type, count(*) as people
  from person p
  left join department d on d.id = p.department_id and d.tenant_id = :tenantId
  left join employee_type t on t.id = p.employee_type_id and t.tenant_id = :tenantId
  where p.tenant_id = :tenantId`;

const GROUP_AND_ORDER = `
  group by d.id, d.name, d.position, t.id, t.name, t.position
  order by case when d.id is null then 1 else 0 end, d.position, d.name, d.id,
    case when t.id is null then 1 else 0 end, t.position, t.name, t.id`;

/**
 * Dates are `YYYY-MM-DD` text, which sorts as it reads, so they compare as text on both
 * databases. An empty start or end date leaves that side open.
 */
const ON_REFERENCE_DATE = `
  and (p.start_date is null or p.start_date <= :referenceDate)
  and (p.end_date is null or p.end_date >= :referenceDate)`;

/** `core.people-by-department`: how many people each department has, per employee type. */
export const peopleByDepartmentReport = defineReport({
  id: 'core.people-by-department',
  labelNl: 'Personen per dienst en statuut',
  labelEn: 'People per department and employee type',
  descriptionNl: 'Het aantal personen per dienst en statuut, eventueel met een bepaalde status ' +
    'of op een peildatum (wie dan begonnen en nog niet vertrokken was).',
  descriptionEn: 'The number of people per department and employee type, optionally with one ' +
    'status or on a reference date (who had started and not yet left by then).',
  permission: PERMISSIONS.peopleRead,
  parameters,
  columns: [
    { key: 'department', labelNl: 'Dienst', labelEn: 'Department', type: 'text' },
    { key: 'employeeType', labelNl: 'Statuut', labelEn: 'Employee type', type: 'text' },
    { key: 'count', labelNl: 'Aantal', labelEn: 'Count', type: 'number' },
  ],
  chart: { type: 'bar', x: 'department', y: ['count'], series: 'employeeType' },
  run: async (ctx, { status, referenceDate }) => {
    const sql = SELECT + (status ? ' and p.status = :status' : '') +
      (referenceDate ? ON_REFERENCE_DATE : '') + GROUP_AND_ORDER;
    const rows = await scopedRaw<{ department: string | null; employee_type: string | null;
      people: unknown; }>(ctx.em as EntityManager, sql, {
      ...(status ? { status } : {}), ...(referenceDate ? { referenceDate } : {}),
    });
    return rows.map((row) => ({
      department: row.department, employeeType: row.employee_type, count: row.people,
    }));
  },
});
