import { z } from 'zod';
import { requiredText } from './dossier-schemas.js';

/** `POST /api/dossier/conversation-types`. */
export const conversationTypeCreateBody = z.strictObject({
  labelNl: requiredText(80),
  labelEn: requiredText(80),
});

/** `PATCH /api/dossier/conversation-types/:id`; `active: true` brings a retired type back. */
export const conversationTypePatchBody = z.strictObject({
  labelNl: requiredText(80).optional(),
  labelEn: requiredText(80).optional(),
  active: z.boolean('must be true or false').optional(),
}).refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

export type ConversationTypeCreateBody = z.output<typeof conversationTypeCreateBody>;
export type ConversationTypePatchBody = z.output<typeof conversationTypePatchBody>;
