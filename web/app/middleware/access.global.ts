import type { RouteLocationNormalized } from 'vue-router';

type Session = ReturnType<typeof useSessionStore>;

/** Why this account may not open this page, or undefined when it may. */
function refusal(session: Session, to: RouteLocationNormalized): 403 | 404 | undefined {
  const meta = to.meta;
  // A page of a plugin the tenant switched off does not exist for it, as its API answers 404.
  if (meta.plugin && !session.pluginEnabled(meta.plugin)) return 404;
  if (meta.platformAdmin && !session.isPlatformAdmin) return 403;
  if (meta.tenantOnly && !session.tenant) return 403;
  if (meta.permission && !session.can(meta.permission)) return 403;
  if (meta.anyPermission && !meta.anyPermission.some((p) => session.can(p))) return 403;
  return undefined;
}

/**
 * Every page except the public ones needs a session; a page may further ask for a plugin, a
 * permission or the platform admin (definePageMeta). The session is read again on each
 * navigation, so a plugin an admin switches off disappears at the next click, without reload.
 */
export default defineNuxtRouteMiddleware(async (to) => {
  const session = useSessionStore();
  if (to.meta.public) return;

  const wasSignedIn = session.signedIn;
  await session.refresh();
  if (!session.signedIn) {
    const query = { redirect: to.fullPath, ...(wasSignedIn ? { expired: '1' } : {}) };
    return navigateTo({ path: '/sign-in', query });
  }

  // An employee has the portal and nothing else; the portal is no page for staff (its API
  // answers them 403), so it does not exist for them.
  const employee = session.account?.role === 'employee';
  if (employee && !to.meta.portal) return navigateTo('/me', { replace: true });
  if (!employee && to.meta.portal) {
    return createError({ statusCode: 404, fatal: true, data: { path: to.fullPath } });
  }

  const status = refusal(session, to);
  if (status) {
    return createError({ statusCode: status, fatal: true, data: { path: to.fullPath } });
  }
});
