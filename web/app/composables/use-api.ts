import type { ApiCall } from '~/plugins/api';

/** The app's API client (see plugins/api.ts). Call it in setup, use the result anywhere. */
export function useApi(): ApiCall {
  return useNuxtApp().$api as ApiCall;
}
