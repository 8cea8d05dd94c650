import { PERMISSIONS } from '#common';

export interface MenuEntry {
  id: string;
  to: string;
  label: string;
  icon: string;
}

/** Icons for plugin entries; the server's navigation names no icon. */
const PLUGIN_ICONS: Record<string, string> = { reminders: 'bell' };

/**
 * The staff menu: the core's own entries for the accounts that may use them, then the
 * plugins' entries that GET /api/session returned (already filtered by enabled plugin and
 * permission on the server), in the order the server gave.
 */
export function useMenu() {
  const session = useSessionStore();
  const { t } = useI18n();

  return computed<MenuEntry[]>(() => {
    const entries: MenuEntry[] = [{ id: 'home', to: '/', label: t('menu.home'), icon: 'home' }];
    const account = session.account;

    if (session.isPlatformAdmin) {
      entries.push({
        id: 'tenants', to: '/platform/tenants', label: t('menu.tenants'), icon: 'building',
      });
      return entries;
    }
    if (session.can(PERMISSIONS.peopleRead)) {
      entries.push({ id: 'people', to: '/people', label: t('menu.people'), icon: 'people' });
    } else if (account?.personId) {
      entries.push({
        id: 'my-dossier', to: `/people/${account.personId}`, label: t('menu.myDossier'),
        icon: 'person',
      });
    }
    if (session.can(PERMISSIONS.agendaView)) {
      entries.push({ id: 'agenda', to: '/agenda', label: t('menu.agenda'), icon: 'calendar' });
    }
    for (const item of session.pluginNavigation) {
      entries.push({
        id: `${item.pluginId}:${item.id}`, to: item.path, label: t(item.labelKey),
        icon: PLUGIN_ICONS[item.pluginId] ?? 'list',
      });
    }
    if (session.isTenantAdmin) {
      entries.push({ id: 'admin', to: '/admin', label: t('menu.admin'), icon: 'settings' });
    }
    return entries;
  });
}
