import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MeDto } from '#common';

/**
 * The employee's own dossier from GET /api/me, shared by the portal's pages. Read again on every
 * visit of a portal page that asks for it, so that a change by staff shows at the next click.
 */
export const usePortalStore = defineStore('core/portal', () => {
  const api = useApi();
  const me = ref<MeDto | null>(null);
  /** The status of the last failed read; 0 when the server could not be reached. */
  const failure = ref<number>();

  async function load(): Promise<void> {
    failure.value = undefined;
    try {
      me.value = await api<MeDto>('/api/me');
    } catch (error) {
      failure.value = isApiError(error) ? error.status : 0;
    }
  }

  return { me, failure, load };
});
