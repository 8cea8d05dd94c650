import { z } from 'zod';
import { isCalendarDate } from '@dots/core';
import { MEASUREMENT_KINDS } from '../../common/competence-permissions.js';
import { itemKey, text } from './framework-schemas.js';

const date = z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD');
const MAX_ANSWERS = 1500;

/**
 * One indicator's answer. Whether `value` is a level of the scale depends on the framework
 * version, so the service checks it and names `scores.<n>.value`.
 */
const answer = z.strictObject({
  indicatorKey: itemKey,
  value: z.number('must be a whole number').int('must be a whole number').nullable()
    .optional(),
  notObserved: z.boolean().optional(),
  note: text(2000).nullable().optional(),
});

/** Answers of one request; shared with the self-assessment's schemas. */
export const answers = z.array(answer)
  .max(MAX_ANSWERS, `must hold at most ${MAX_ANSWERS} answers`);

/** `POST /people/:personId/measurements`: a draft on the framework's current version. */
export const measurementCreateBody = z.strictObject({
  frameworkId: z.uuid('must be a UUID'),
  date,
  assessorId: z.uuid('must be a UUID').optional(),
  kind: z.enum(MEASUREMENT_KINDS),
  note: text(4000).nullable().optional(),
  scores: answers.default([]),
});

/** `PATCH /measurements/:id`, drafts only; an answer with neither value nor notObserved clears. */
export const measurementPatchBody = z.strictObject({
  date: date.optional(),
  assessorId: z.uuid('must be a UUID').optional(),
  kind: z.enum(MEASUREMENT_KINDS).optional(),
  note: text(4000).nullable().optional(),
  scores: answers.optional(),
}).refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

/** `POST /measurements/:id/amendments`, final measurements only. */
export const amendmentBody = z.strictObject({
  reason: text(2000),
  scores: answers.min(1, 'must change at least one answer'),
});

export type AnswerBody = z.output<typeof answer>;
export type MeasurementCreateBody = z.output<typeof measurementCreateBody>;
export type MeasurementPatchBody = z.output<typeof measurementPatchBody>;
export type AmendmentBody = z.output<typeof amendmentBody>;
