import { z } from 'zod';
import {
  pluginIdList, tenantKind, tenantName, tenantSettingsBody, tenantSlug,
} from '../tenants/tenant-schemas.js';

/** `POST /api/platform/tenants`. */
export const createTenantBody = z.strictObject({
  slug: tenantSlug,
  name: tenantName,
  kind: tenantKind,
  enabledPlugins: pluginIdList.optional(),
  settings: tenantSettingsBody.optional(),
});

/** `PATCH /api/platform/tenants/:id`; the slug and kind never change. */
export const patchTenantBody = z.strictObject({
  name: tenantName.optional(),
  /** `false` ends the sessions of every account of the tenant on their next request. */
  active: z.boolean().optional(),
});
