import type { RouteLocationNormalized } from 'vue-router';

/**
 * A page's code is loaded on its first visit. When that fails online, a new release replaced
 * it: the app reloads at that page, as Nuxt does by default. Offline the person stays where
 * they are and the frame says the server cannot be reached.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter();
  const failed = useNavigationFailure();
  const chunkErrors = new Set<unknown>();
  const reloadAt = (to: RouteLocationNormalized) => {
    reloadNuxtApp({ path: to.fullPath, persistState: true });
  };

  router.beforeEach(() => {
    chunkErrors.clear();
    failed.value = false;
  });
  nuxtApp.hook('app:chunkError', ({ error }) => {
    chunkErrors.add(error);
  });
  nuxtApp.hook('app:manifest:update', () => {
    router.beforeResolve(reloadAt);
  });

  router.onError((error, to) => {
    if (!chunkErrors.has(error)) return;
    if (navigator.onLine) reloadAt(to);
    else failed.value = true;
  });
});
