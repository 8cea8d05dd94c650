import { inject, injectable } from 'inversify';
import {
  StaffDirectory, ValidationError, type Account, type Person, type RequestContext,
} from '@dots/core';
import { MEASUREMENTS_SECTION } from '../../common/competence-permissions.js';
import type {
  ListOf, MeasurementSummaryView, MeasurementView,
} from '../../common/competence-view.js';
import { summarise } from '../../common/competence-rules.js';
import {
  CompetenceAmendment, CompetenceFramework, CompetenceMeasurement, CompetenceScore,
} from '../entities/index.js';
import type {
  MeasurementCreateBody, MeasurementPatchBody,
} from '../routes/measurement-schemas.js';
import { checkAnswers, isAnswered, type CheckedAnswer } from './answer-check.js';
import { amendmentView, measurementSummaryView, scoreView } from './competence-views.js';
import { indicatorsOf } from './framework-content-keys.js';
import { FrameworkService } from './framework-service.js';
import { assertDraft } from './measurement-lock.js';
import { assertCoachMeasurement, assertVisibleToStaff } from './self-assessment-guard.js';

/**
 * Measurements of one person. The core has loaded the person or measurement in tenant scope;
 * this service keeps the rules of a measurement's life: a draft on the framework's current
 * version, changed freely, then final and locked (see AmendmentService for corrections).
 */
@injectable()
export class MeasurementService {
  @inject(FrameworkService) private readonly frameworks!: FrameworkService;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;

  async list(ctx: RequestContext, person: Person): Promise<ListOf<MeasurementSummaryView>> {
    // A self-assessment reaches staff once the employee submitted it, never as a draft.
    const visible = { $or: [{ perspective: 'coach' as const }, { status: 'final' as const }] };
    const measurements = await ctx.em.find(CompetenceMeasurement, {
      person: person.id, ...visible,
    }, {
      orderBy: [{ date: 'desc' }, { id: 'desc' }], populate: ['version'],
    });
    this.auditRead(ctx, person.id);
    return { items: measurements.map(measurementSummaryView) };
  }

  async create(ctx: RequestContext, person: Person, body: MeasurementCreateBody) {
    // Ids are stored in lower case; a client may send capitals (z.uuid accepts them).
    const id = body.frameworkId.toLowerCase();
    const framework = await ctx.em.findOne(CompetenceFramework, { id });
    if (!framework) throw ValidationError.field('frameworkId', 'is not a framework here');
    const version = await this.frameworks.currentVersion(ctx, framework);
    const answers = checkAnswers(version.content, body.scores, { complete: false });
    const assessor = await this.assessor(ctx, body.assessorId);

    const measurement = ctx.em.create(CompetenceMeasurement, {
      person, framework, version, date: body.date, assessor, kind: body.kind,
      note: body.note ?? null,
    });
    ctx.em.persist(measurement);
    const scores = this.storeAnswers(ctx, measurement, [], answers);

    this.audit(ctx, 'competences.measurement.create', measurement);
    return this.viewOf(measurement, scores, []);
  }

  async get(ctx: RequestContext, measurement: CompetenceMeasurement): Promise<MeasurementView> {
    assertVisibleToStaff(measurement);
    await this.withVersion(ctx, measurement);
    const scores = await this.scoresOf(ctx, measurement);
    const amendments = await this.amendmentsOf(ctx, measurement);
    this.auditRead(ctx, measurement.person.id);
    return this.viewOf(measurement, scores, amendments);
  }

  async update(ctx: RequestContext, measurement: CompetenceMeasurement,
    body: MeasurementPatchBody): Promise<MeasurementView> {
    assertCoachMeasurement(measurement);
    assertDraft(measurement);
    await this.withVersion(ctx, measurement);
    const answers = body.scores
      ? checkAnswers(measurement.version.content, body.scores, { complete: false })
      : [];
    const stored = await this.scoresOf(ctx, measurement);
    if (body.assessorId !== undefined) {
      measurement.assessor = await this.assessor(ctx, body.assessorId);
    }
    if (body.date !== undefined) measurement.date = body.date;
    if (body.kind !== undefined) measurement.kind = body.kind;
    if (body.note !== undefined) measurement.note = body.note;

    const scores = this.storeAnswers(ctx, measurement, stored, answers);
    this.audit(ctx, 'competences.measurement.update', measurement, Object.keys(body));
    return this.viewOf(measurement, scores, []);
  }

  async remove(ctx: RequestContext, measurement: CompetenceMeasurement): Promise<void> {
    assertCoachMeasurement(measurement);
    assertDraft(measurement);
    ctx.em.remove(measurement);
    this.audit(ctx, 'competences.measurement.delete', measurement);
  }

  /** Final needs an answer, a score or "not observed", for every indicator of the version. */
  async finalise(ctx: RequestContext, measurement: CompetenceMeasurement) {
    assertCoachMeasurement(measurement);
    assertDraft(measurement);
    await this.withVersion(ctx, measurement);
    const scores = await this.scoresOf(ctx, measurement);
    this.assertComplete(measurement, scores);

    measurement.status = 'final';
    measurement.finalisedAt = new Date();
    measurement.finalisedBy = ctx.requireAccount();
    this.audit(ctx, 'competences.measurement.finalise', measurement);
    return this.viewOf(measurement, scores, []);
  }

  /** Refuses with 400 naming `scores` while an indicator of the version has no answer. */
  assertComplete(measurement: CompetenceMeasurement, scores: CompetenceScore[]): void {
    const answered = new Set(scores.filter((s) => isAnswered({
      value: s.value ?? null, notObserved: s.notObserved,
    })).map((s) => s.indicatorKey));
    const missing = indicatorsOf(measurement.version.content)
      .filter((indicator) => !answered.has(indicator.key));
    if (missing.length) {
      throw new ValidationError(missing.map(({ key }) => ({
        field: 'scores', message: `indicator ${key} needs a score or notObserved`,
      })));
    }
  }

  /** The core loads the measurement alone; its wording is in the version. */
  async withVersion(ctx: RequestContext, measurement: CompetenceMeasurement): Promise<void> {
    await ctx.em.populate(measurement, ['version']);
  }

  async scoresOf(ctx: RequestContext, measurement: CompetenceMeasurement) {
    return ctx.em.find(CompetenceScore, { measurement: measurement.id }, {
      orderBy: [{ indicatorKey: 'asc' }],
    });
  }

  async amendmentsOf(ctx: RequestContext, measurement: CompetenceMeasurement) {
    return ctx.em.find(CompetenceAmendment, { measurement: measurement.id }, {
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  viewOf(measurement: CompetenceMeasurement, scores: CompetenceScore[],
    amendments: CompetenceAmendment[]): MeasurementView {
    const content = measurement.version.content;
    return {
      ...measurementSummaryView(measurement),
      note: measurement.note ?? null,
      scores: scores.map(scoreView),
      competences: summarise(content, scores.map((score) => ({
        indicatorKey: score.indicatorKey, perspective: measurement.perspective,
        value: score.value ?? null,
      }))),
      content,
      amendments: amendments.map(amendmentView),
    };
  }

  /**
   * Writes answers over the stored rows of a draft: one row per indicator, changed in place; an
   * answer without score, "not observed" or note removes its row. Returns the rows kept.
   */
  storeAnswers(ctx: RequestContext, measurement: CompetenceMeasurement,
    stored: CompetenceScore[], answers: CheckedAnswer[]): CompetenceScore[] {
    const byKey = new Map(stored.map((score) => [score.indicatorKey, score]));

    for (const answer of answers) {
      const row = byKey.get(answer.indicatorKey);
      if (!isAnswered(answer) && answer.note === null) {
        if (row) ctx.em.remove(row);
        byKey.delete(answer.indicatorKey);
      } else if (row) {
        Object.assign(row, answer);
      } else {
        const created = ctx.em.create(CompetenceScore, {
          measurement, person: measurement.person, ...answer,
        });
        ctx.em.persist(created);
        byKey.set(answer.indicatorKey, created);
      }
    }
    return [...byKey.values()].sort((a, b) => a.indicatorKey.localeCompare(b.indicatorKey));
  }

  /** The assessor is a staff member of the tenant: the one named, or else the caller. */
  private async assessor(ctx: RequestContext, assessorId: string | undefined): Promise<Account> {
    return this.staff.require(ctx, assessorId ?? ctx.requireAccount().id, 'assessorId');
  }

  private audit(ctx: RequestContext, action: string, measurement: CompetenceMeasurement,
    fields: string[] = []): void {
    ctx.audit({
      action, subjectType: 'competence-measurement', subjectId: measurement.id,
      personId: measurement.person.id, details: { fields, status: measurement.status },
    });
  }

  /** Who read whose measurements: the person may ask (domain.md §3). */
  private auditRead(ctx: RequestContext, personId: string): void {
    ctx.audit({
      action: 'competences.read', subjectType: 'person', subjectId: personId, personId,
      details: { section: MEASUREMENTS_SECTION },
    });
  }
}
