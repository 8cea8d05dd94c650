import { inject, injectable } from 'inversify';
import {
  StaffDirectory, type Person, type PersonalDataContribution, type PersonalDataEntry,
  type PersonalDataRecord, type PersonalDataSection, type RequestContext,
} from '@dots/core';
import { COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION } from '../common/competence-permissions.js';
import type { MeasurementView } from '../common/competence-view.js';
import { displayScore, displayScoredCount } from '../common/score-display.js';
import { CompetenceMeasurement } from './entities/index.js';
import { MeasurementService } from './services/measurement-service.js';

/**
 * A person's final measurements, for the access-request export and, once the tenant shows the
 * section to employees, their own portal. Drafts are the assessor's work in progress
 * (domain.md §3, rule 4) and are left out until final.
 */
@injectable()
export class CompetencePersonalData implements PersonalDataContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(MeasurementService) private readonly measurements!: MeasurementService;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;

  async personalData(ctx: RequestContext, person: Person): Promise<PersonalDataSection[]> {
    const final = { person: person.id, status: 'final' as const };
    const rows = await ctx.em.find(CompetenceMeasurement, final, {
      orderBy: [{ date: 'desc' }, { id: 'asc' }], populate: ['version', 'framework'],
    });
    if (!rows.length) return [];

    const names = new Map((await this.staff.list(ctx)).map((s) => [s.id, s.displayName]));
    const data: Array<MeasurementView & { framework: string }> = [];
    const records: PersonalDataRecord[] = [];
    // One after the other: they share the request's entity manager.
    for (const row of rows) {
      const view = this.measurements.viewOf(row, await this.measurements.scoresOf(ctx, row),
        await this.measurements.amendmentsOf(ctx, row));
      data.push({ ...view, framework: row.framework.name });
      records.push(measurementRecord(view, row.framework.name, names, ctx.locale));
    }

    return [{
      section: MEASUREMENTS_SECTION,
      labelNl: 'Je competentiemetingen',
      labelEn: 'Your competence measurements',
      records,
      data,
    }];
  }
}

/** One measurement in plain words: who, when, and each competence's score with its count. */
function measurementRecord(view: MeasurementView, framework: string,
  names: Map<string, string>, locale: 'nl' | 'en'): PersonalDataRecord {
  const competences = view.content.groups.flatMap((group) => group.competences);
  const entry = (labelNl: string, labelEn: string, value: PersonalDataEntry['value'],
    kind?: 'date'): PersonalDataEntry => ({ labelNl, labelEn, value, ...(kind ? { kind } : {}) });

  return {
    titleNl: `Meting ${framework}`, titleEn: `Measurement ${framework}`,
    entries: [
      entry('Datum', 'Date', view.date, 'date'),
      entry('Door', 'By', view.assessorId ? names.get(view.assessorId) ?? null : null),
      ...view.competences.map((summary) => {
        const name = competences.find((c) => c.key === summary.competenceKey)?.name ?? '';
        const score = `${displayScore(summary.mean, locale)} (` +
          `${displayScoredCount(summary.scored, summary.indicators, locale)})`;
        return entry(name, name, score);
      }),
    ],
  };
}
