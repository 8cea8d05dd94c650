import { z } from 'zod';
import {
  PERIOD_MESSAGE, calendarDate, optionalText, periodProblem, requiredText,
} from './dossier-schemas.js';

/** `POST /api/dossier/people/:personId/workplaces`. */
export const workplaceCreateBody = z.strictObject({
  site: requiredText(200),
  teamId: z.uuid('must be a UUID').nullable().optional(),
  supervisor: optionalText(200),
  validFrom: calendarDate,
  validTo: calendarDate.nullable().optional(),
}).refine((body) => !periodProblem(body.validFrom, body.validTo),
  { message: PERIOD_MESSAGE, path: ['validTo'] });

/** `PATCH /api/dossier/workplaces/:id`; the period is checked against the stored row. */
export const workplacePatchBody = z.strictObject({
  site: requiredText(200).optional(),
  teamId: z.uuid('must be a UUID').nullable().optional(),
  supervisor: optionalText(200),
  validFrom: calendarDate.optional(),
  validTo: calendarDate.nullable().optional(),
}).refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

export type WorkplaceCreateBody = z.output<typeof workplaceCreateBody>;
export type WorkplacePatchBody = z.output<typeof workplacePatchBody>;
