import { z } from 'zod';
import { CONFIDENTIAL_NOTE_CATEGORIES } from '../../common/conversation-views.js';
import { calendarDate, requiredText } from './dossier-schemas.js';

const category = z.enum(CONFIDENTIAL_NOTE_CATEGORIES,
  `must be one of ${CONFIDENTIAL_NOTE_CATEGORIES.join(', ')}`);

/** `POST /api/dossier/people/:personId/confidential-notes`. */
export const confidentialNoteCreateBody = z.strictObject({
  date: calendarDate,
  category,
  text: requiredText(5000),
});

/** `PATCH /api/dossier/confidential-notes/:id`; with `version`, a stale one answers 409. */
export const confidentialNotePatchBody = z.strictObject({
  version: z.number('must be the version you read').int('must be a whole number').min(1)
    .optional(),
  date: calendarDate.optional(),
  category: category.optional(),
  text: requiredText(5000).optional(),
}).refine((body) => Object.keys(body).some((key) => key !== 'version'),
  'name at least one field to change');

export type ConfidentialNoteCreateBody = z.output<typeof confidentialNoteCreateBody>;
export type ConfidentialNotePatchBody = z.output<typeof confidentialNotePatchBody>;
