import { z } from 'zod';
import { answers } from './measurement-schemas.js';

/**
 * `POST /me/self-assessments`: only the framework. The person is the caller's own and the date
 * is today, so a body cannot name anyone else (a `personId` is an unknown field: 400).
 */
export const selfAssessmentCreateBody = z.strictObject({
  frameworkId: z.uuid('must be a UUID'),
});

/** `PATCH /me/self-assessments/:id`: the employee's answers, on a draft only. */
export const selfAssessmentPatchBody = z.strictObject({
  scores: answers,
});

export type SelfAssessmentCreateBody = z.output<typeof selfAssessmentCreateBody>;
export type SelfAssessmentPatchBody = z.output<typeof selfAssessmentPatchBody>;
