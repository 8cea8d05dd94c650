import { z } from 'zod';
import {
  INDICATORS_PER_COMPETENCE, READY_FRAMEWORKS, SCALE_SIZES, type ReadyFrameworkId,
} from '../../common/competence-permissions.js';

/** Trimmed text of 1 to `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty')
  .max(max, `must be at most ${max} characters`);

/** A key of a group, competence or indicator: stable across versions, unique in a framework. */
export const itemKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
  'must be 1 to 100 letters, digits, dots, dashes or underscores');

/** A concept URI; http(s) only, since screens may show it as a link. */
const uri = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' })
  .max(500, 'must be at most 500 characters').nullable().optional();

const MAX_GROUPS = 30;
const MAX_COMPETENCES = 300;

const indicator = z.strictObject({
  key: itemKey.optional(),
  text: text(500),
  levels: z.array(text(300)).min(SCALE_SIZES[0]).max(SCALE_SIZES[1]),
  uri,
});

const competence = z.strictObject({
  key: itemKey.optional(),
  name: text(200),
  description: text(4000).nullable().optional(),
  uri,
  indicators: z.array(indicator).min(INDICATORS_PER_COMPETENCE.min,
    `must hold at least ${INDICATORS_PER_COMPETENCE.min} indicators`)
    .max(INDICATORS_PER_COMPETENCE.max,
      `must hold at most ${INDICATORS_PER_COMPETENCE.max} indicators`),
});

const group = z.strictObject({
  key: itemKey.optional(),
  name: text(200),
  uri,
  competences: z.array(competence).min(1, 'must hold a competence').max(MAX_COMPETENCES),
});

/**
 * The wording of a framework. Beyond the shape: every indicator describes each level of the
 * scale, keys are unique, and the whole holds at most 300 competences.
 */
export const frameworkContent = z.strictObject({
  scale: z.array(text(100)).refine((scale) => (SCALE_SIZES as readonly number[])
    .includes(scale.length), `must have ${SCALE_SIZES.join(' or ')} levels`),
  groups: z.array(group).min(1, 'must hold a group').max(MAX_GROUPS),
}).superRefine((content, check) => {
  const sizes: readonly number[] = SCALE_SIZES;
  // A wrong scale or a wrong count of levels is reported once, by its own rule above.
  const compare = (levels: string[]) => sizes.includes(content.scale.length)
    && sizes.includes(levels.length);
  const seen = new Set<string>();
  const claim = (key: string | undefined, path: (string | number)[]) => {
    if (key === undefined) return;
    if (seen.has(key)) check.addIssue({ code: 'custom', path, message: 'is used twice' });
    seen.add(key);
  };
  let competences = 0;

  content.groups.forEach((g, gi) => {
    claim(g.key, ['groups', gi, 'key']);
    g.competences.forEach((c, ci) => {
      competences += 1;
      claim(c.key, ['groups', gi, 'competences', ci, 'key']);
      c.indicators.forEach((i, ii) => {
        const at = ['groups', gi, 'competences', ci, 'indicators', ii];
        claim(i.key, [...at, 'key']);
        if (compare(i.levels) && i.levels.length !== content.scale.length) {
          check.addIssue({ code: 'custom', path: [...at, 'levels'],
            message: `must describe each of the ${content.scale.length} levels of the scale` });
        }
      });
    });
  });
  if (competences > MAX_COMPETENCES) {
    check.addIssue({ code: 'custom', path: ['groups'],
      message: `must hold at most ${MAX_COMPETENCES} competences in all` });
  }
});

const language = z.enum(['nl', 'en']);

/** `POST /frameworks`. */
export const frameworkCreateBody = z.strictObject({
  name: text(200),
  description: text(4000).nullable().optional(),
  language: language.default('nl'),
  content: frameworkContent,
});

/** `PATCH /frameworks/:id`: new content makes a new version once the current one is measured. */
export const frameworkPatchBody = z.strictObject({
  name: text(200).optional(),
  description: text(4000).nullable().optional(),
  content: frameworkContent.optional(),
}).refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

/** `POST /frameworks/adopt`. */
export const adoptBody = z.strictObject({
  ready: z.enum(Object.keys(READY_FRAMEWORKS) as [ReadyFrameworkId, ...ReadyFrameworkId[]]),
  language: language.default('nl'),
});

export type FrameworkContentBody = z.output<typeof frameworkContent>;
export type FrameworkCreateBody = z.output<typeof frameworkCreateBody>;
export type FrameworkPatchBody = z.output<typeof frameworkPatchBody>;
export type AdoptBody = z.output<typeof adoptBody>;
