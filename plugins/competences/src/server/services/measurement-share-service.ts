import { inject, injectable } from 'inversify';
import { ConflictError, type RequestContext } from '@dots/core';
import type { MeasurementView } from '../../common/competence-view.js';
import type { CompetenceMeasurement } from '../entities/index.js';
import { MeasurementService } from './measurement-service.js';
import { assertCoachMeasurement } from './self-assessment-guard.js';
import { wholeSecond } from './stored-moment.js';

/**
 * A coach shows a final measurement to the employee. Until then the employee's portal does not
 * see it, so a self-assessment is the employee's own view, not a copy of the coach's. Sharing is
 * one-way: what the employee has seen cannot be unseen.
 */
@injectable()
export class MeasurementShareService {
  @inject(MeasurementService) private readonly measurements!: MeasurementService;

  async share(ctx: RequestContext, measurement: CompetenceMeasurement): Promise<MeasurementView> {
    assertCoachMeasurement(measurement);
    if (measurement.status !== 'final') {
      throw new ConflictError(
        'Only a final measurement can be shared: finalise it first.', 'measurement_draft',
      );
    }

    // Sharing twice keeps the first moment: that is when the employee could first see it.
    if (!measurement.sharedAt) {
      measurement.sharedAt = wholeSecond(new Date());
      measurement.sharedBy = ctx.requireAccount();
      ctx.audit({
        action: 'competences.measurement.share', subjectType: 'competence-measurement',
        subjectId: measurement.id, personId: measurement.person.id,
        details: { status: measurement.status },
      });
    }

    await this.measurements.withVersion(ctx, measurement);
    const scores = await this.measurements.scoresOf(ctx, measurement);
    const amendments = await this.measurements.amendmentsOf(ctx, measurement);
    return this.measurements.viewOf(measurement, scores, amendments);
  }
}
