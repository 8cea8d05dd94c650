import { ForbiddenError, NotFoundError, type RequestContext } from '@dots/core';
import type { CompetenceMeasurement } from '../entities/index.js';

/** How the core's 404 names a measurement, so a hidden one answers like a missing id. */
const MEASUREMENT = 'competence measurement';

/**
 * Staff read a self-assessment once the employee submitted it. Until then it is the employee's
 * draft and answers exactly like an id that does not exist.
 */
export function assertVisibleToStaff(measurement: CompetenceMeasurement): void {
  if (measurement.perspective === 'self' && measurement.status === 'draft') {
    throw new NotFoundError(MEASUREMENT);
  }
}

/** The employee's scores are theirs: staff change, finalise, amend and share coach ones only. */
export function assertCoachMeasurement(measurement: CompetenceMeasurement): void {
  assertVisibleToStaff(measurement);
  if (measurement.perspective === 'self') {
    throw new ForbiddenError(
      'This is the employee’s own self-assessment: only they can change it.',
      'self_assessment_owned',
    );
  }
}

/**
 * The employee's portal reaches their own self-assessments only. The core already hid other
 * people's rows from an account without `people.read`; this also hides the coach's
 * measurements of the employee (they come through the shared results) and everything from an
 * account that has no person of its own.
 */
export function assertOwnSelfAssessment(ctx: RequestContext,
  measurement: CompetenceMeasurement): void {
  const own = ctx.ownPersonId !== undefined && measurement.person.id === ctx.ownPersonId;
  if (!own || measurement.perspective !== 'self') throw new NotFoundError(MEASUREMENT);
}
