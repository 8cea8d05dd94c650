import { ConflictError } from '@dots/core';
import type { CompetenceMeasurement } from '../entities/index.js';

/** A final measurement is locked: it changes only through an amendment with a reason. */
export function assertDraft(measurement: CompetenceMeasurement): void {
  if (measurement.status === 'final') {
    throw new ConflictError(
      'This measurement is final. Correct it with an amendment that gives the reason.',
      'measurement_final',
    );
  }
}

/** An amendment corrects a final measurement; a draft is simply changed. */
export function assertFinal(measurement: CompetenceMeasurement): void {
  if (measurement.status !== 'final') {
    throw new ConflictError(
      'This measurement is still a draft: change it directly.', 'measurement_draft',
    );
  }
}
