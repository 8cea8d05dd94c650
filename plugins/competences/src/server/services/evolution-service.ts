import { injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/knex';
import type { FilterQuery } from '@mikro-orm/core';
import { scopedRaw, todayInBrussels, type RequestContext } from '@dots/core';
import { MEASUREMENTS_SECTION } from '../../common/competence-permissions.js';
import type { EvolutionView } from '../../common/competence-view.js';
import { CompetenceFrameworkVersion, CompetenceMeasurement } from '../entities/index.js';
import type { EvolutionQuery } from '../routes/evolution-schemas.js';
import { frameworkIdentityView } from './competence-views.js';
import {
  EvolutionWording, evolutionGaps, evolutionLines, evolutionProfile, type VisibleMeasurement,
} from './evolution-builder.js';

/**
 * Who reads: staff see every final measurement, coach and self; the employee sees their own
 * final (submitted) self-assessments and a coach's final measurement only once it is shared.
 * Drafts are never part of the evolution.
 */
export type EvolutionReader = 'staff' | 'employee';

interface ScoreRow {
  measurement_id: string;
  indicator_key: string;
  value: number | null;
  not_observed: number | boolean;
}

/** Only what the reader may see, in SQL, for the scores of the chosen framework. */
const SHARED_ONLY = "and (m.perspective = 'self' or m.shared_at is not null)";

const SCORES = `
  select s.measurement_id, s.indicator_key, s.value, s.not_observed
  from competence_score s
  join competence_measurement m on m.id = s.measurement_id and m.tenant_id = :tenantId
  where s.tenant_id = :tenantId and s.person_id = :personId and m.framework_id = :frameworkId
    and m.status = 'final'`;

/**
 * A person's competences over time on one framework: a line per perspective for each competence
 * and indicator, the profile at a date, and the gaps of two levels or more. Scores follow the
 * rules of docs/competence-rules.md; nothing is rounded.
 */
@injectable()
export class EvolutionService {
  async of(ctx: RequestContext, personId: string, reader: EvolutionReader,
    query: EvolutionQuery): Promise<EvolutionView> {
    const measurements = await ctx.em.find(CompetenceMeasurement, visibleTo(reader, personId), {
      populate: ['framework'], orderBy: [{ date: 'asc' }, { finalisedAt: 'asc' }, { id: 'asc' }],
    });
    const at = query.at ?? todayInBrussels();
    if (reader === 'staff') this.auditRead(ctx, personId);

    const frameworks = [...new Map(measurements.map((m) => [m.framework.id, {
      id: m.framework.id, name: m.framework.name,
    }])).values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const chosenId = query.frameworkId?.toLowerCase() ?? measurements.at(-1)?.framework.id;
    const chosen = measurements.find((m) => m.framework.id === chosenId)?.framework;
    if (!chosen) {
      return {
        frameworks, framework: null, competences: [], gaps: [],
        profile: { at, coach: null, self: null, competences: [] },
      };
    }

    const versions = await ctx.em.find(CompetenceFrameworkVersion, { framework: chosen.id }, {
      orderBy: [{ number: 'desc' }],
    });
    const visible = await this.withAnswers(ctx, personId, reader, chosen.id, versions,
      measurements.filter((m) => m.framework.id === chosen.id));
    const wording = new EvolutionWording(versions.map((version) => version.content));
    const competences = evolutionLines(visible, wording);
    const profile = evolutionProfile(at, visible, competences);

    return {
      frameworks,
      framework: {
        id: chosen.id, name: chosen.name, scale: versions[0]!.content.scale,
        source: frameworkIdentityView(chosen).source,
      },
      competences,
      profile,
      gaps: evolutionGaps(chosen.id, profile, wording),
    };
  }

  /** The answers of the measurements, read in one query rather than hydrated row by row. */
  private async withAnswers(ctx: RequestContext, personId: string, reader: EvolutionReader,
    frameworkId: string, versions: CompetenceFrameworkVersion[],
    measurements: CompetenceMeasurement[]): Promise<VisibleMeasurement[]> {
    const sql = SCORES + (reader === 'employee' ? ` ${SHARED_ONLY}` : '');
    const rows = await scopedRaw<ScoreRow>(ctx.em as EntityManager, sql, {
      personId, frameworkId,
    });
    const contents = new Map(versions.map((version) => [version.id, version.content]));
    const visible = new Map<string, VisibleMeasurement>(measurements.map((m) => [m.id, {
      id: m.id, date: m.date, perspective: m.perspective, content: contents.get(m.version.id)!,
      answers: new Map(),
    }]));

    for (const row of rows) {
      visible.get(row.measurement_id)?.answers.set(row.indicator_key, {
        value: row.value === null ? null : Number(row.value),
        notObserved: Boolean(row.not_observed),
      });
    }
    return [...visible.values()];
  }

  /** Who read whose measurements: the person may ask (domain.md §3). */
  private auditRead(ctx: RequestContext, personId: string): void {
    ctx.audit({
      action: 'competences.read', subjectType: 'person', subjectId: personId, personId,
      details: { section: MEASUREMENTS_SECTION, view: 'evolution' },
    });
  }
}

function visibleTo(reader: EvolutionReader,
  personId: string): FilterQuery<CompetenceMeasurement> {
  const final = { person: personId, status: 'final' as const };
  if (reader === 'staff') return final;
  return { ...final, $or: [{ perspective: 'self' }, { sharedAt: { $ne: null } }] };
}
