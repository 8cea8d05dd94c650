import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { ApiError } from '~/utils/api-error';

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  /**
   * A 401 is an expected answer here (sign-in, the session check), not an expired session
   * that sends the person back to the sign-in page.
   */
  expectUnauthorized?: boolean;
}

export type ApiCall = <T = unknown>(path: string, options?: ApiOptions) => Promise<T>;

/** Empty filters are left out of the URL instead of being sent as `q=`. */
function cleanQuery(query: ApiOptions['query']): Record<string, string> | undefined {
  if (!query) return undefined;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') kept[key] = String(value);
  }
  return kept;
}

/**
 * No answer at all (offline, server down) becomes status 0 with the same plain sentence the
 * sign-in page uses, so every screen that shows `error.message` says what happened.
 */
function toApiError(error: unknown, unreachable: () => string): ApiError {
  const failure = error as { response?: { status?: number }; data?: unknown };
  const status = failure.response?.status ?? 0;
  if (status === 0) return new ApiError(0, { code: 'network', detail: unreachable() });

  const body = typeof failure.data === 'object' && failure.data ? failure.data : undefined;
  return new ApiError(status, body as ConstructorParameters<typeof ApiError>[1]);
}

/** Back to the sign-in page, keeping the page that was asked for. */
async function toSignIn(router: Router): Promise<void> {
  const current = router.currentRoute.value;
  if (current.path === '/sign-in') return;
  await router.push({ path: '/sign-in', query: { redirect: current.fullPath, expired: '1' } });
}

/**
 * `$api`: every call of the web app to the server. Errors arrive as ApiError; any unexpected 401
 * means the session ended (expired, revoked, account switched off) and leads to the sign-in page.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const router = useRouter();
  const unreachable = () => nuxtApp.$i18n.t('network.unreachable');

  const api: ApiCall = async <T>(path: string, options: ApiOptions = {}) => {
    try {
      return await $fetch<T>(path, {
        method: options.method ?? 'GET',
        body: options.body as Record<string, unknown> | undefined,
        query: cleanQuery(options.query),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      const failure = toApiError(error, unreachable);
      if (failure.status === 401 && !options.expectUnauthorized) {
        useSessionStore(nuxtApp.$pinia as Pinia).forget();
        await toSignIn(router);
      }
      throw failure;
    }
  };

  return { provide: { api } };
});
