import { z } from 'zod';
import { READY_FRAMEWORKS, type ReadyFrameworkId } from '../../common/competence-permissions.js';
import {
  FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION,
} from '../services/framework-file-format.js';
import { frameworkCreateBody, text } from './framework-schemas.js';

/**
 * `GET /frameworks/:id/export`: JSON unless `format` asks for XLSX; the current version unless
 * `version` names another.
 */
export const frameworkExportQuery = z.strictObject({
  format: z.enum(['json', 'xlsx']).default('json'),
  version: z.coerce.number().int('must be a whole number').positive('must be 1 or more')
    .optional(),
});

const readyIds = Object.keys(READY_FRAMEWORKS) as [ReadyFrameworkId, ...ReadyFrameworkId[]];

/** What a framework's source asks to be shown with it, as a file carries it. */
const fileSource = z.strictObject({
  ready: z.enum(readyIds).nullable().default(null),
  attribution: text(4000).nullable().default(null),
  licence: text(200).nullable().default(null),
});

/**
 * A framework file, JSON or read from XLSX: the body of `POST /frameworks` (so its content gets
 * exactly the rules of that route) with the format's name and version, the exported version's
 * number, and the source.
 */
export const frameworkFileDocument = frameworkCreateBody.extend({
  format: z.literal(FRAMEWORK_FILE_FORMAT, `must be "${FRAMEWORK_FILE_FORMAT}"`),
  formatVersion: z.literal(FRAMEWORK_FILE_FORMAT_VERSION,
    `must be ${FRAMEWORK_FILE_FORMAT_VERSION}`),
  version: z.int().positive().optional(),
  source: fileSource.default({ ready: null, attribution: null, licence: null }),
});

export type FrameworkExportQuery = z.output<typeof frameworkExportQuery>;
export type FrameworkFileDocument = z.output<typeof frameworkFileDocument>;
