import { z } from 'zod';
import { optionalText, phoneNumber, requiredText } from './dossier-schemas.js';

const priority = z.number('must be a number').int('must be a whole number')
  .min(1, 'must be 1 or more').max(99, 'must be 99 or less');

/** `POST /api/dossier/people/:personId/emergency-contacts`. */
export const emergencyContactCreateBody = z.strictObject({
  name: requiredText(200),
  relation: requiredText(80),
  phone: phoneNumber,
  /** @default after the person's last one */
  priority: priority.optional(),
  note: optionalText(1000),
});

/** `PATCH /api/dossier/emergency-contacts/:id`. */
export const emergencyContactPatchBody = z.strictObject({
  name: requiredText(200).optional(),
  relation: requiredText(80).optional(),
  phone: phoneNumber.optional(),
  priority: priority.optional(),
  note: optionalText(1000),
}).refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

export type EmergencyContactCreateBody = z.output<typeof emergencyContactCreateBody>;
export type EmergencyContactPatchBody = z.output<typeof emergencyContactPatchBody>;
