import { z } from 'zod';
import { NAME_SORT_MODES, TENANT_KINDS } from '../../common/tenant.js';
import { HIDEABLE_PERSON_FIELDS } from '../../common/fields.js';

/** The slug is the organisation's sign-in name: lower-case letters and digits, joined by dashes. */
export const tenantSlug = z.string().trim().min(2).max(60).regex(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'use lower-case letters, digits and single dashes (e.g. atelier-noord)',
);

/** The organisation's name as people read it. */
export const tenantName = z.string().trim().min(1).max(200);

/** What kind of social-economy employer it is; decides its starting employee types. */
export const tenantKind = z.enum(TENANT_KINDS);

/**
 * The settings a tenant admin chooses. Every key is optional: a write changes the keys it names
 * and keeps the others.
 */
export const tenantSettingsBody = z.strictObject({
  nameSort: z.enum(NAME_SORT_MODES).optional(),
  hiddenStandardFields: z.array(z.enum(HIDEABLE_PERSON_FIELDS)).max(HIDEABLE_PERSON_FIELDS.length)
    .refine((list) => new Set(list).size === list.length, 'names a field twice')
    .optional(),
  fullTimeHours: z.number().positive().max(60).optional(),
});

export type TenantSettingsInput = z.output<typeof tenantSettingsBody>;

/** Plugin ids as a list; whether each is installed and its requirements hold is checked later. */
export const pluginIdList = z.array(z.string().trim().min(1).max(60)).max(100)
  .refine((list) => new Set(list).size === list.length, 'names a plugin twice');
