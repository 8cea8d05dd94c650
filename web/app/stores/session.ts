import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { PERMISSIONS } from '#common';
import type { NavigationItem, SessionInfo } from '~/types/api';

/** Set while a sign-out has not reached the server yet, so that a reload cannot undo it. */
const SIGN_OUT_PENDING_KEY = 'dots.signOutPending';

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
  /** Signed out here while the server could not be reached: the sign-out is still to be sent. */
  const signOutPending = ref(localStorage.getItem(SIGN_OUT_PENDING_KEY) === '1');

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

  /** The plugins' entries for the employee portal, as the server filtered them. */
  const portalNavigation = computed<NavigationItem[]>(() =>
    (info.value?.navigation ?? []).filter((entry) => entry.layouts.includes('employee')));

  function setSignOutPending(pending: boolean): void {
    signOutPending.value = pending;
    if (pending) localStorage.setItem(SIGN_OUT_PENDING_KEY, '1');
    else localStorage.removeItem(SIGN_OUT_PENDING_KEY);
  }

  /** Sends a sign-out still to be sent; answers false while the server cannot be reached. */
  async function sendPendingSignOut(): Promise<boolean> {
    if (!signOutPending.value) return true;

    try {
      await api('/api/auth/logout', { method: 'POST', expectUnauthorized: true });
    } catch (error) {
      // Any answer (a 401 for a session that already ended too) means the server knows.
      if (isNetworkFailure(error)) return false;
    }
    setSignOutPending(false);
    return true;
  }

  // The connection is back: the server hears of the sign-out without waiting for a click.
  window.addEventListener('online', () => void sendPendingSignOut());

  /**
   * Reads the session again; a 401 simply means nobody is signed in. Without an answer the
   * known session stays (the page's own call then says the server cannot be reached).
   */
  async function refresh(): Promise<void> {
    try {
      // Until the server has heard of a sign-out, the cookie still works: stay signed out.
      if (!(await sendPendingSignOut())) {
        info.value = null;
        return;
      }
      info.value = await api<SessionInfo>('/api/session', { expectUnauthorized: true });
    } catch (error) {
      if (isNetworkFailure(error)) return;
      if (!isApiError(error) || error.status !== 401) throw error;
      info.value = null;
    } finally {
      loaded.value = true;
    }
  }

  async function signIn(input: { tenant?: string; login: string; password: string }) {
    // The earlier session ends first: the new sign-in replaces its cookie.
    await sendPendingSignOut();
    await api('/api/auth/login', { method: 'POST', body: input, expectUnauthorized: true });
    if (pendingLocale.value) {
      await api('/api/me', { method: 'PATCH', body: { locale: pendingLocale.value } });
      pendingLocale.value = undefined;
    }
    await refresh();
  }

  /**
   * Ends the session in this browser, reachable server or not. Answers false when the server
   * has not heard of it yet; it is sent when the connection is back or at the next load.
   */
  async function signOut(): Promise<boolean> {
    setSignOutPending(true);
    const sent = await sendPendingSignOut();
    forget();
    return sent;
  }

  /** Drops what the app knew about the account, after sign-out or an expired session. */
  function forget(): void {
    info.value = null;
  }

  return {
    info, loaded, pendingLocale, signOutPending, signedIn, account, tenant, permissions,
    isPlatformAdmin, isTenantAdmin, pluginNavigation, can, pluginEnabled, refresh, signIn,
    signOut, forget, portalNavigation,
  };
});
