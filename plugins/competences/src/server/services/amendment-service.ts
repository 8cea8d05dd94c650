import { inject, injectable } from 'inversify';
import { ValidationError, type RequestContext } from '@dots/core';
import type { AnswerView, MeasurementView } from '../../common/competence-view.js';
import {
  CompetenceAmendment, CompetenceScore, type AmendedAnswer, type CompetenceMeasurement,
} from '../entities/index.js';
import type { AmendmentBody } from '../routes/measurement-schemas.js';
import { checkAnswers } from './answer-check.js';
import { assertFinal } from './measurement-lock.js';
import { assertCoachMeasurement } from './self-assessment-guard.js';
import { MeasurementService } from './measurement-service.js';

/**
 * Corrections of final measurements. The scores take the corrected answers, so every summary
 * reads the measurement as it now stands; the amendment keeps each answer before and after,
 * with the reason and the author, and the audit says who amended what.
 */
@injectable()
export class AmendmentService {
  @inject(MeasurementService) private readonly measurements!: MeasurementService;

  async amend(ctx: RequestContext, measurement: CompetenceMeasurement,
    body: AmendmentBody): Promise<MeasurementView> {
    assertCoachMeasurement(measurement);
    assertFinal(measurement);
    await this.measurements.withVersion(ctx, measurement);
    const answers = checkAnswers(measurement.version.content, body.scores, { complete: true });
    const scores = await this.measurements.scoresOf(ctx, measurement);
    const earlier = await this.measurements.amendmentsOf(ctx, measurement);
    const byKey = new Map(scores.map((score) => [score.indicatorKey, score]));
    const changes: AmendedAnswer[] = [];

    for (const answer of answers) {
      let row = byKey.get(answer.indicatorKey);
      const before = row ? answerOf(row) : { value: null, notObserved: false, note: null };
      const after = { value: answer.value, notObserved: answer.notObserved, note: answer.note };
      if (sameAnswer(before, after)) continue;

      if (!row) {
        row = ctx.em.create(CompetenceScore, {
          measurement, person: measurement.person, ...answer,
        });
        ctx.em.persist(row);
        scores.push(row);
      }
      Object.assign(row, after);
      changes.push({ indicatorKey: answer.indicatorKey, before, after });
    }
    if (!changes.length) throw ValidationError.field('scores', 'changes no answer');

    const amendment = ctx.em.create(CompetenceAmendment, {
      measurement, person: measurement.person, author: ctx.requireAccount(),
      reason: body.reason, changes,
    });
    ctx.em.persist(amendment);
    ctx.audit({
      action: 'competences.measurement.amend', subjectType: 'competence-measurement',
      subjectId: measurement.id, personId: measurement.person.id,
      details: { amendmentId: amendment.id, indicators: changes.map((c) => c.indicatorKey) },
    });
    return this.measurements.viewOf(measurement, scores, [...earlier, amendment]);
  }
}

function answerOf(score: CompetenceScore): AnswerView {
  return { value: score.value ?? null, notObserved: score.notObserved, note: score.note ?? null };
}

function sameAnswer(a: AnswerView, b: AnswerView): boolean {
  return a.value === b.value && a.notObserved === b.notObserved && a.note === b.note;
}
