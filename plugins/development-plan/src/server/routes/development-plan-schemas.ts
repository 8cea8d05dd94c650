import { z } from 'zod';
import { isCalendarDate } from '@dots/core';
import { ACTION_STATUSES, COMPETENCE_KINDS } from '../../common/development-plan-permissions.js';

const date = z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD');

/** Trimmed text of 1 to `max` characters. */
const text = (max: number) => z.string().trim().min(1, 'must not be empty')
  .max(max, `must be at most ${max} characters`);

/** Optional text that `null` clears. */
const optionalText = (max: number) => text(max).nullable().optional();

const atLeastOneField = (body: object) => Object.keys(body).length > 0;
const NAME_A_FIELD = 'name at least one field to change';

/** `POST /people/:personId/plans`. */
export const planCreateBody = z.strictObject({
  periodFrom: date, periodTo: date, evaluationDate: date.nullable().optional(),
});

/** `PATCH /plans/:id`; the period is checked against the stored half in the service. */
export const planPatchBody = z.strictObject({
  periodFrom: date.optional(),
  periodTo: date.optional(),
  evaluationDate: date.nullable().optional(),
}).refine(atLeastOneField, NAME_A_FIELD);

/** `scheme:rest` without spaces (RFC 3986 §3.1): a competences id URN or an ESCO URI. */
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const competenceRef = z.strictObject({
  uri: z.string().trim().max(500, 'must be at most 500 characters')
    .regex(ABSOLUTE_URI, 'must be an absolute URI such as urn:… or https://…').optional(),
  label: text(200),
});

/** At most 20 links, each URI once; `null` or `[]` clears them. */
const competenceRefs = z.array(competenceRef).max(20, 'must hold at most 20 competences')
  .superRefine((refs, issues) => {
    const seen = new Set<string>();
    refs.forEach((ref, index) => {
      if (ref.uri === undefined) return;
      const key = ref.uri.toLowerCase();
      if (seen.has(key)) {
        issues.addIssue({ code: 'custom', path: [index, 'uri'], message: 'is named twice' });
      }
      seen.add(key);
    });
  })
  .nullable().optional();

const goalFields = {
  title: text(200),
  description: optionalText(4000),
  competence: optionalText(200),
  competenceRefs,
  competenceKind: z.enum(COMPETENCE_KINDS).nullable().optional(),
  currentLevel: optionalText(200),
  targetLevel: optionalText(200),
};

/** `POST /plans/:id/goals`. */
export const goalCreateBody = z.strictObject(goalFields);

/** `PATCH /goals/:id`; `position` moves the goal within its plan. */
export const goalPatchBody = z.strictObject({
  ...goalFields,
  title: goalFields.title.optional(),
  position: z.number().int().min(0).max(1000).optional(),
}).refine(atLeastOneField, NAME_A_FIELD);

const actionFields = {
  text: text(500),
  ownerId: z.uuid('must be a UUID').nullable().optional(),
  dueDate: date.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
};

/** `POST /goals/:id/actions`. */
export const actionCreateBody = z.strictObject(actionFields);

/** `PATCH /actions/:id`. */
export const actionPatchBody = z.strictObject({
  ...actionFields,
  text: actionFields.text.optional(),
}).refine(atLeastOneField, NAME_A_FIELD);

/** `POST /plans/:id/reviews`. */
export const reviewCreateBody = z.strictObject({ date, note: optionalText(4000) });

/** `PATCH /reviews/:id`. */
export const reviewPatchBody = z.strictObject({
  date: date.optional(),
  note: optionalText(4000),
}).refine(atLeastOneField, NAME_A_FIELD);

/** `POST /plans/:id/versions`: freezes the plan as it is; the date defaults to today. */
export const versionCreateBody = z.strictObject({
  date: date.optional(),
  note: optionalText(500),
});

/** `PATCH /versions/:id`: only the hand-over changes; `null` clears it. */
export const versionPatchBody = z.strictObject({
  handedOverAt: date.nullable().optional(),
  handedOverTo: optionalText(200),
}).refine(atLeastOneField, NAME_A_FIELD);

/** `POST /plans/:id/conversations`. */
export const conversationCreateBody = z.strictObject({
  date,
  note: optionalText(4000),
  progress: z.array(z.strictObject({
    goalId: z.uuid('must be a UUID'),
    note: text(4000),
  })).max(100, 'must hold at most 100 goals').default([]),
});

export type PlanCreateBody = z.output<typeof planCreateBody>;
export type PlanPatchBody = z.output<typeof planPatchBody>;
export type GoalCreateBody = z.output<typeof goalCreateBody>;
export type GoalPatchBody = z.output<typeof goalPatchBody>;
export type ActionCreateBody = z.output<typeof actionCreateBody>;
export type ActionPatchBody = z.output<typeof actionPatchBody>;
export type ReviewCreateBody = z.output<typeof reviewCreateBody>;
export type ReviewPatchBody = z.output<typeof reviewPatchBody>;
export type VersionCreateBody = z.output<typeof versionCreateBody>;
export type VersionPatchBody = z.output<typeof versionPatchBody>;
export type ConversationCreateBody = z.output<typeof conversationCreateBody>;
