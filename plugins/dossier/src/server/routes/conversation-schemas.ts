import { z } from 'zod';
import { calendarDate, optionalText, requiredText, timeOfDay } from './dossier-schemas.js';

const accountId = z.uuid('must be the id of a colleague');
const version = z.number('must be the version you read').int('must be a whole number').min(1);

/** A staff account, or someone outside DOTS (a VDAB counsellor) by name and role. */
const participant = z.union([
  z.strictObject({ accountId }),
  z.strictObject({ name: requiredText(200), role: optionalText(120) }),
], 'must be { accountId } or { name, role }');

const agreement = z.strictObject({
  text: requiredText(1000),
  ownerAccountId: accountId,
  dueDate: calendarDate,
});

/** `POST /api/dossier/people/:personId/conversations`. */
export const conversationCreateBody = z.strictObject({
  date: calendarDate,
  time: timeOfDay.nullable().optional(),
  /** A built-in code (`intake`…) or the id of one of the tenant's own types. */
  type: requiredText(36),
  title: optionalText(200),
  participants: z.array(participant, 'must be a list').max(30, 'at most 30').optional(),
  notes: optionalText(20000),
  agreements: z.array(agreement, 'must be a list').max(50, 'at most 50').optional(),
});

/** `PATCH /api/dossier/conversations/:id`: the version read, and what changes. */
export const conversationPatchBody = z.strictObject({
  version,
  date: calendarDate.optional(),
  time: timeOfDay.nullable().optional(),
  type: requiredText(36).optional(),
  title: optionalText(200),
  participants: z.array(participant, 'must be a list').max(30, 'at most 30').optional(),
  notes: optionalText(20000),
});

/** `POST /api/dossier/conversations/:id/agreements`. */
export const agreementCreateBody = agreement;

/** `PATCH /api/dossier/agreements/:id`. */
export const agreementPatchBody = z.strictObject({
  version,
  text: requiredText(1000).optional(),
  ownerAccountId: accountId.optional(),
  dueDate: calendarDate.optional(),
  done: z.boolean('must be true or false').optional(),
});

export type ParticipantInput = z.output<typeof participant>;
export type ConversationCreateBody = z.output<typeof conversationCreateBody>;
export type ConversationPatchBody = z.output<typeof conversationPatchBody>;
export type AgreementCreateBody = z.output<typeof agreementCreateBody>;
export type AgreementPatchBody = z.output<typeof agreementPatchBody>;
