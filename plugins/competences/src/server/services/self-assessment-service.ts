import { inject, injectable } from 'inversify';
import {
  ForbiddenError, Person, ValidationError, todayInBrussels, type RequestContext,
} from '@dots/core';
import { SELF_ASSESSMENT_SECTION } from '../../common/competence-permissions.js';
import type {
  ListOf, MeasurementSummaryView, MeasurementView, SelfAssessmentFrameworkView,
  SelfAssessmentView,
} from '../../common/competence-view.js';
import { CompetenceFramework, CompetenceMeasurement } from '../entities/index.js';
import type {
  SelfAssessmentCreateBody, SelfAssessmentPatchBody,
} from '../routes/self-assessment-schemas.js';
import { checkAnswers } from './answer-check.js';
import { frameworkIdentityView, measurementSummaryView } from './competence-views.js';
import { FrameworkService } from './framework-service.js';
import { assertDraft } from './measurement-lock.js';
import { MeasurementService } from './measurement-service.js';
import { assertOwnSelfAssessment } from './self-assessment-guard.js';
import { offeredFrameworkIds } from './self-assessment-offer.js';
import { wholeSecond } from './stored-moment.js';

/** Newest first, the id (UUID v7, so creation order) breaking a tie of dates. */
const NEWEST_FIRST = [{ date: 'desc' }, { id: 'desc' }] as const;

/**
 * The employee's own self-assessments: `perspective: 'self'` rows of their person, started,
 * answered, submitted and deleted by them alone. Submitting is their "final": the scores are
 * then locked for everyone, staff included (see self-assessment-guard.ts).
 */
@injectable()
export class SelfAssessmentService {
  @inject(MeasurementService) private readonly measurements!: MeasurementService;
  @inject(FrameworkService) private readonly frameworks!: FrameworkService;

  /** An account without a person of its own (an admin) simply has none. */
  async list(ctx: RequestContext): Promise<ListOf<MeasurementSummaryView>> {
    if (!ctx.ownPersonId) return { items: [] };

    const rows = await ctx.em.find(CompetenceMeasurement, {
      person: ctx.ownPersonId, perspective: 'self',
    }, { orderBy: [...NEWEST_FIRST], populate: ['version'] });
    this.auditRead(ctx, ctx.ownPersonId);
    return { items: rows.map(measurementSummaryView) };
  }

  /**
   * The frameworks meant for this person, by name, with their open draft on each: see
   * `offeredFrameworkIds` (self-assessment-offer.ts). An account without a person of its own
   * (an admin) has none.
   */
  async frameworksToAssess(ctx: RequestContext): Promise<ListOf<SelfAssessmentFrameworkView>> {
    const person = await this.findOwnPerson(ctx);
    if (!person) return { items: [] };

    const drafts = await this.openDrafts(ctx, person);
    const offered = await offeredFrameworkIds(ctx, person, drafts);
    const frameworks = offered.size
      ? await ctx.em.find(CompetenceFramework, { id: { $in: [...offered] } }, {
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      })
      : [];
    // Ascending, so the newest draft of a framework is the one kept.
    const openDraft = new Map(drafts.map((draft) => [draft.framework.id, draft.id]));

    return {
      items: frameworks.map((framework) => ({
        ...frameworkIdentityView(framework),
        openDraftId: openDraft.get(framework.id) ?? null,
      })),
    };
  }

  /**
   * A draft on the framework's current version, dated today in Brussels, on a framework offered
   * to the person only (else 400 naming `frameworkId`). An open draft on the same framework is
   * answered instead (`created: false`): a second tap or a retry from a weak phone connection
   * continues the same self-assessment rather than starting another.
   */
  async start(ctx: RequestContext, body: SelfAssessmentCreateBody) {
    const person = await this.ownPerson(ctx);
    // Ids are stored in lower case; a client may send capitals (z.uuid accepts them).
    const framework = await ctx.em.findOne(CompetenceFramework, {
      id: body.frameworkId.toLowerCase(),
    });
    if (!framework) throw ValidationError.field('frameworkId', 'is not a framework here');

    const drafts = await this.openDrafts(ctx, person);
    const open = drafts.filter((draft) => draft.framework.id === framework.id).pop();
    if (open) return { view: await this.selfView(ctx, open), created: false };
    const offered = await offeredFrameworkIds(ctx, person, drafts);
    if (!offered.has(framework.id)) {
      throw ValidationError.field('frameworkId',
        'is not offered to you for a self-assessment: your coach prepares that');
    }

    const version = await this.frameworks.currentVersion(ctx, framework);
    const measurement = ctx.em.create(CompetenceMeasurement, {
      person, framework, version, date: todayInBrussels(), assessor: null, kind: 'ad-hoc',
      perspective: 'self',
    });
    ctx.em.persist(measurement);
    this.audit(ctx, 'competences.self-assessment.create', measurement);
    const view = this.measurements.viewOf(measurement, [], []);
    return { view: await this.withFramework(ctx, measurement, view), created: true };
  }

  async get(ctx: RequestContext, measurement: CompetenceMeasurement): Promise<SelfAssessmentView> {
    assertOwnSelfAssessment(ctx, measurement);
    this.auditRead(ctx, measurement.person.id);
    return this.selfView(ctx, measurement);
  }

  async update(ctx: RequestContext, measurement: CompetenceMeasurement,
    body: SelfAssessmentPatchBody): Promise<SelfAssessmentView> {
    assertOwnSelfAssessment(ctx, measurement);
    assertDraft(measurement);
    await this.measurements.withVersion(ctx, measurement);
    const answers = checkAnswers(measurement.version.content, body.scores, { complete: false });
    const stored = await this.measurements.scoresOf(ctx, measurement);

    const scores = this.measurements.storeAnswers(ctx, measurement, stored, answers);
    this.audit(ctx, 'competences.self-assessment.update', measurement);
    return this.withFramework(ctx, measurement, this.measurements.viewOf(measurement, scores, []));
  }

  /**
   * Hands the self-assessment in: every indicator answered or "not observed", else 400 naming
   * `scores`. It is then dated the day it was handed in, when it says how the employee sees
   * themselves, and staff can read it.
   */
  async submit(ctx: RequestContext, measurement: CompetenceMeasurement) {
    assertOwnSelfAssessment(ctx, measurement);
    assertDraft(measurement);
    await this.measurements.withVersion(ctx, measurement);
    const scores = await this.measurements.scoresOf(ctx, measurement);
    this.measurements.assertComplete(measurement, scores);

    measurement.status = 'final';
    measurement.date = todayInBrussels();
    measurement.finalisedAt = wholeSecond(new Date());
    measurement.finalisedBy = ctx.requireAccount();
    this.audit(ctx, 'competences.self-assessment.submit', measurement);
    return this.withFramework(ctx, measurement, this.measurements.viewOf(measurement, scores, []));
  }

  async remove(ctx: RequestContext, measurement: CompetenceMeasurement): Promise<void> {
    assertOwnSelfAssessment(ctx, measurement);
    assertDraft(measurement);
    ctx.em.remove(measurement);
    this.audit(ctx, 'competences.self-assessment.delete', measurement);
  }

  /** The employee's results: own submitted self-assessments and shared coach ones, newest first. */
  async results(ctx: RequestContext): Promise<ListOf<MeasurementView>> {
    if (!ctx.ownPersonId) return { items: [] };

    const rows = await this.visibleToEmployee(ctx, ctx.ownPersonId, { submittedOnly: true });
    const items: MeasurementView[] = [];
    // One after the other: they share the request's entity manager.
    for (const row of rows) items.push(await this.viewOf(ctx, row));
    this.auditRead(ctx, ctx.ownPersonId);
    return { items };
  }

  /**
   * The rows of a person that their own portal shows: their self-assessments (drafts too,
   * unless `submittedOnly`) and the coach's final measurements once shared. Never a coach's
   * draft, never an unshared one.
   */
  async visibleToEmployee(ctx: RequestContext, personId: string,
    options: { submittedOnly: boolean }): Promise<CompetenceMeasurement[]> {
    const self = options.submittedOnly
      ? { perspective: 'self' as const, status: 'final' as const }
      : { perspective: 'self' as const };
    const shared = { perspective: 'coach' as const, status: 'final' as const,
      sharedAt: { $ne: null } };
    return ctx.em.find(CompetenceMeasurement, { person: personId, $or: [self, shared] }, {
      orderBy: [...NEWEST_FIRST], populate: ['version', 'framework'],
    });
  }

  private async viewOf(ctx: RequestContext, measurement: CompetenceMeasurement) {
    await this.measurements.withVersion(ctx, measurement);
    const scores = await this.measurements.scoresOf(ctx, measurement);
    const amendments = await this.measurements.amendmentsOf(ctx, measurement);
    return this.measurements.viewOf(measurement, scores, amendments);
  }

  /** The person's self-assessments not handed in yet, oldest first. */
  private openDrafts(ctx: RequestContext, person: Person): Promise<CompetenceMeasurement[]> {
    return ctx.em.find(CompetenceMeasurement, {
      person: person.id, perspective: 'self', status: 'draft',
    }, { orderBy: [{ id: 'asc' }] });
  }

  private async selfView(ctx: RequestContext, measurement: CompetenceMeasurement) {
    return this.withFramework(ctx, measurement, await this.viewOf(ctx, measurement));
  }

  private async withFramework(ctx: RequestContext, measurement: CompetenceMeasurement,
    view: MeasurementView): Promise<SelfAssessmentView> {
    await ctx.em.populate(measurement, ['framework']);
    return { ...view, framework: frameworkIdentityView(measurement.framework) };
  }

  /** Only an account linked to a person has a self to assess. */
  private async ownPerson(ctx: RequestContext): Promise<Person> {
    const person = await this.findOwnPerson(ctx);
    if (!person) {
      throw new ForbiddenError(
        'Only an employee account has a self-assessment of its own.', 'employee_only',
      );
    }
    return person;
  }

  private async findOwnPerson(ctx: RequestContext): Promise<Person | null> {
    return ctx.ownPersonId ? ctx.em.findOne(Person, { id: ctx.ownPersonId }) : null;
  }

  private audit(ctx: RequestContext, action: string, measurement: CompetenceMeasurement): void {
    ctx.audit({
      action, subjectType: 'competence-measurement', subjectId: measurement.id,
      personId: measurement.person.id,
      details: { perspective: 'self', status: measurement.status },
    });
  }

  /** The employee's own reads, in the same form as staff reads of the measurements. */
  private auditRead(ctx: RequestContext, personId: string): void {
    ctx.audit({
      action: 'competences.read', subjectType: 'person', subjectId: personId, personId,
      details: { section: SELF_ASSESSMENT_SECTION },
    });
  }
}
