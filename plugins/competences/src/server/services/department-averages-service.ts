import { injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/knex';
import { scopedRaw, type RequestContext } from '@dots/core';
import type { Perspective } from '../../common/competence-permissions.js';
import type {
  DepartmentAverage, DepartmentAveragesView,
} from '../../common/competence-view.js';
import { CompetenceFramework, CompetenceFrameworkVersion } from '../entities/index.js';
import type { DepartmentAveragesQuery } from '../routes/evolution-schemas.js';
import { EvolutionWording } from './evolution-builder.js';

interface AverageRow {
  competence_key: string;
  perspective: Perspective;
  mean: number | string | null;
  measurements: number | string;
  people: number | string;
}

/**
 * One aggregate over the tenant's final measurements in the period. The inner query is the rule
 * of a competence's score per measurement: the mean of its scored indicators (`value is not
 * null` leaves "not observed" out, and a measurement without any scored indicator of the
 * competence out of the average). `* 1e0` makes both databases average in floating point:
 * MySQL and MariaDB would round an average of integers to four decimals.
 */
const AVERAGES = `
  select pm.competence_key, pm.perspective, avg(pm.mean) as mean,
    count(*) as measurements, count(distinct pm.person_id) as people
  from (
    select s.measurement_id, s.competence_key, m.perspective, m.person_id,
      avg(s.value * 1e0) as mean
    from competence_measurement m
    join person p on p.id = m.person_id and p.tenant_id = :tenantId
    join competence_score s on s.measurement_id = m.id and s.tenant_id = :tenantId
    where m.tenant_id = :tenantId and m.framework_id = :frameworkId and m.status = 'final'
      and m.date >= :from and m.date <= :to and s.value is not null
      DEPARTMENT
    group by s.measurement_id, s.competence_key, m.perspective, m.person_id
  ) pm
  group by pm.competence_key, pm.perspective`;

const NO_AVERAGE: DepartmentAverage = { mean: null, measurements: 0, people: 0 };

/**
 * Per competence of a framework, the average over a period of the competence's score in every
 * final measurement of the people in a department (all people when none is named), coach and
 * self apart. A person counts in the department they are in now.
 */
@injectable()
export class DepartmentAveragesService {
  async averages(ctx: RequestContext,
    query: DepartmentAveragesQuery): Promise<DepartmentAveragesView> {
    const frameworkId = query.frameworkId.toLowerCase();
    const framework = await ctx.em.findOne(CompetenceFramework, { id: frameworkId });
    if (!framework) return { items: [] };

    const departmentId = query.departmentId?.toLowerCase();
    const sql = AVERAGES.replace('DEPARTMENT',
      departmentId ? 'and p.department_id = :departmentId' : '');
    const rows = await scopedRaw<AverageRow>(ctx.em as EntityManager, sql, {
      frameworkId, from: query.from, to: query.to, ...(departmentId ? { departmentId } : {}),
    });
    const versions = await ctx.em.find(CompetenceFrameworkVersion, { framework: frameworkId }, {
      orderBy: [{ number: 'desc' }],
    });
    const wording = new EvolutionWording(versions.map((version) => version.content));

    const found = new Map(rows.map((row) => [`${row.perspective} ${row.competence_key}`, {
      mean: row.mean === null ? null : Number(row.mean),
      measurements: Number(row.measurements),
      people: Number(row.people),
    }]));
    // Every key of every version, the newest wording's order first: measured keys included.
    return {
      items: [...wording.competences].map(([key, { competence }]) => ({
        competenceKey: key,
        name: competence.name,
        coach: found.get(`coach ${key}`) ?? { ...NO_AVERAGE },
        self: found.get(`self ${key}`) ?? { ...NO_AVERAGE },
      })),
    };
  }
}
