import type { Contribution } from './extension-points.js';
import type { Tenant } from '../entities/tenant.js';

/** Whether a tenant sees a contribution: the core's always, a plugin's when it is enabled. */
export function enabledFor(tenant: Tenant | undefined, contribution: Contribution): boolean {
  if (contribution.pluginId === 'core') return true;
  return tenant?.enabledPlugins.includes(contribution.pluginId) ?? false;
}
