import { inject, injectable } from 'inversify';
import {
  PERMISSIONS, StaffDirectory, todayInBrussels, type Person, type PersonalDataContribution,
  type PersonalDataEntry, type PersonalDataRecord, type PersonalDataSection, type RequestContext,
} from '@dots/core';
import {
  COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION, SELF_ASSESSMENT_SECTION,
} from '../common/competence-permissions.js';
import type { MeasurementView } from '../common/competence-view.js';
import { displayScore, displayScoredCount } from '../common/score-display.js';
import { CompetenceMeasurement } from './entities/index.js';
import { MeasurementService } from './services/measurement-service.js';
import { SelfAssessmentService } from './services/self-assessment-service.js';

type Labelled = MeasurementView & { framework: string };

/**
 * A person's measurements for the portal (`GET /api/me`) and both exports. The audience is told
 * the way the core tells it (CorePersonalData): an account without `people.read` reads its own
 * dossier only, so it gets the employee's view, in the employee's own section: their
 * self-assessments, drafts included, and the coach's final measurements once shared. Everyone
 * else (the access-request export) gets every final measurement, coach and submitted self,
 * in the measurements section; drafts are work in progress (domain.md §3, rule 4) and left out.
 */
@injectable()
export class CompetencePersonalData implements PersonalDataContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  @inject(MeasurementService) private readonly measurements!: MeasurementService;
  @inject(SelfAssessmentService) private readonly selfAssessments!: SelfAssessmentService;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;

  async personalData(ctx: RequestContext, person: Person): Promise<PersonalDataSection[]> {
    const own = !ctx.can(PERMISSIONS.peopleRead);
    const rows = own
      ? await this.selfAssessments.visibleToEmployee(ctx, person.id, { submittedOnly: false })
      : await ctx.em.find(CompetenceMeasurement, { person: person.id, status: 'final' }, {
        orderBy: [{ date: 'desc' }, { id: 'asc' }], populate: ['version', 'framework'],
      });
    if (!rows.length) return [];

    const names = new Map((await this.staff.list(ctx)).map((s) => [s.id, s.displayName]));
    const data: Labelled[] = [];
    const records: PersonalDataRecord[] = [];
    // One after the other: they share the request's entity manager.
    for (const row of rows) {
      const view = this.measurements.viewOf(row, await this.measurements.scoresOf(ctx, row),
        await this.measurements.amendmentsOf(ctx, row));
      data.push({ ...view, framework: row.framework.name });
      records.push(measurementRecord({ ...view, framework: row.framework.name }, names,
        ctx.locale));
    }

    return [{
      section: own ? SELF_ASSESSMENT_SECTION : MEASUREMENTS_SECTION,
      labelNl: 'Je competentiemetingen',
      labelEn: 'Your competence measurements',
      records,
      data,
    }];
  }
}

/**
 * One measurement in plain words: whose view, when, and each competence's score with its
 * count. A self-assessment says so in its title and whether it was handed in.
 */
function measurementRecord(view: Labelled, names: Map<string, string>,
  locale: 'nl' | 'en'): PersonalDataRecord {
  const competences = view.content.groups.flatMap((group) => group.competences);
  const entry = (labelNl: string, labelEn: string, value: PersonalDataEntry['value'],
    kind?: 'date'): PersonalDataEntry => ({ labelNl, labelEn, value, ...(kind ? { kind } : {}) });
  const self = view.perspective === 'self';
  const handedIn = locale === 'nl'
    ? (view.status === 'final' ? 'Ingediend' : 'Nog niet ingediend')
    : (view.status === 'final' ? 'Handed in' : 'Not handed in yet');

  return {
    titleNl: self ? `Zelfbeoordeling ${view.framework}` : `Meting ${view.framework}`,
    titleEn: self ? `Self-assessment ${view.framework}` : `Measurement ${view.framework}`,
    entries: [
      entry('Datum', 'Date', view.date, 'date'),
      self
        ? entry('Stand', 'Status', handedIn)
        : entry('Door', 'By', view.assessorId ? names.get(view.assessorId) ?? null : null),
      ...(view.sharedAt
        ? [entry('Getoond aan jou op', 'Shown to you on',
          todayInBrussels(new Date(view.sharedAt)), 'date')]
        : []),
      ...view.competences.map((summary) => {
        const name = competences.find((c) => c.key === summary.competenceKey)?.name ?? '';
        const score = `${displayScore(summary.mean, locale)} (` +
          `${displayScoredCount(summary.scored, summary.indicators, locale)})`;
        return entry(name, name, score);
      }),
    ],
  };
}
