import type { Account } from '../entities/account.js';
import type { RequestContext } from '../http/request-context.js';
import type { DotsPluginDefinition } from '../plugins/plugin-definition.js';
import type { DossierSection, NavigationEntry } from '../plugins/extension-points.js';

/** What the web app draws for this account: its menu and the tabs of the person page. */
export interface SessionFrame {
  navigation: Array<NavigationEntry & { pluginId: string }>;
  dossierSections: Array<DossierSection & { pluginId: string }>;
}

export function accountView(account: Account) {
  return {
    id: account.id,
    displayName: account.displayName,
    username: account.username ?? null,
    email: account.email ?? null,
    role: account.role,
    locale: account.locale,
    personId: account.person?.id ?? null,
    active: account.active,
    lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
  };
}

/** `GET /api/session`: everything the web app needs to draw its frame for this account. */
export function sessionView(
  ctx: RequestContext,
  plugins: DotsPluginDefinition[],
  frame: SessionFrame,
) {
  const account = ctx.requireAccount();
  const tenant = ctx.tenant;
  return {
    account: accountView(account),
    tenant: tenant
      ? {
          id: tenant.id,
          slug: tenant.slug,
          name: tenant.name,
          kind: tenant.kind,
          settings: tenant.settings,
        }
      : null,
    roles: [account.role],
    permissions: [...ctx.permissions].sort(),
    plugins: plugins.map((p) => ({
      id: p.id, labelNl: p.labelNl, labelEn: p.labelEn,
      enabled: tenant?.enabledPlugins.includes(p.id) ?? false,
    })),
    navigation: frame.navigation,
    dossierSections: frame.dossierSections,
  };
}
