import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { PERMISSIONS } from '#common';
import type { NavigationItem, SessionInfo } from '~/types/api';

/** Permissions that make an account a tenant admin in the menu's eyes. */
const ADMIN_PERMISSIONS = [
  PERMISSIONS.pluginsManage, PERMISSIONS.fieldsManage, PERMISSIONS.listsManage,
  PERMISSIONS.accountsManage, PERMISSIONS.rolesManage,
];

/**
 * Who is signed in and what they may do, from GET /api/session. The menu, the route guard and
 * every "may I show this button" read it; the server still decides every request.
 */
export const useSessionStore = defineStore('core/session', () => {
  const api = useApi();
  const info = ref<SessionInfo | null>(null);
  const loaded = ref(false);
  /** A language chosen before signing in, to be saved on the account once signed in. */
  const pendingLocale = ref<string>();

  const signedIn = computed(() => info.value !== null);
  const account = computed(() => info.value?.account ?? null);
  const tenant = computed(() => info.value?.tenant ?? null);
  const permissions = computed(() => new Set(info.value?.permissions ?? []));
  const isPlatformAdmin = computed(() => account.value?.role === 'platform-admin');
  const isTenantAdmin = computed(() => ADMIN_PERMISSIONS.some((p) => permissions.value.has(p)));

  function can(permission: string | undefined): boolean {
    return !permission || permissions.value.has(permission);
  }

  function pluginEnabled(pluginId: string | undefined): boolean {
    if (!pluginId || pluginId === 'core') return true;
    return info.value?.plugins.some((p) => p.id === pluginId && p.enabled) ?? false;
  }

  /** The plugins' menu entries for the staff frame, as the server filtered them. */
  const pluginNavigation = computed<NavigationItem[]>(() =>
    (info.value?.navigation ?? []).filter((entry) => entry.layouts.includes('staff')));

  /** Reads the session again; a 401 simply means nobody is signed in. */
  async function refresh(): Promise<void> {
    try {
      info.value = await api<SessionInfo>('/api/session', { expectUnauthorized: true });
    } catch (error) {
      if (!isApiError(error) || error.status !== 401) throw error;
      info.value = null;
    } finally {
      loaded.value = true;
    }
  }

  async function signIn(input: { tenant?: string; login: string; password: string }) {
    await api('/api/auth/login', { method: 'POST', body: input, expectUnauthorized: true });
    if (pendingLocale.value) {
      await api('/api/me', { method: 'PATCH', body: { locale: pendingLocale.value } });
      pendingLocale.value = undefined;
    }
    await refresh();
  }

  async function signOut(): Promise<void> {
    try {
      await api('/api/auth/logout', { method: 'POST', expectUnauthorized: true });
    } finally {
      forget();
    }
  }

  /** Drops what the app knew about the account, after sign-out or an expired session. */
  function forget(): void {
    info.value = null;
  }

  return {
    info, loaded, pendingLocale, signedIn, account, tenant, permissions, isPlatformAdmin,
    isTenantAdmin, pluginNavigation, can, pluginEnabled, refresh, signIn, signOut, forget,
  };
});
