import { z } from 'zod';
import { CONFIDENTIAL_ROLE_CHOICES } from '../../common/dossier-sections.js';

/** More than any tenant's plugins declare; bounds what one request may name. */
const MAX_SECTIONS = 200;

/**
 * `PUT /api/admin/dossier-sections`. A key left out keeps its value. `employeeSections` replaces
 * the tenant's choices for the sections of its enabled plugins; which ids exist, and which are
 * confidential, is checked against the plugins (DossierSectionSettings), not here.
 */
export const dossierSectionSettingsBody = z.strictObject({
  employeeSections: z.record(z.string().min(1).max(100), z.boolean())
    .refine((choices) => Object.keys(choices).length <= MAX_SECTIONS,
      `names more than ${MAX_SECTIONS} sections`)
    .optional(),
  confidentialRoles: z.array(z.enum(CONFIDENTIAL_ROLE_CHOICES))
    .max(CONFIDENTIAL_ROLE_CHOICES.length)
    .refine((roles) => new Set(roles).size === roles.length, 'names a role twice')
    .optional(),
});

export type DossierSectionSettingsInput = z.output<typeof dossierSectionSettingsBody>;
