import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { StaffMemberDto } from '#common';

/**
 * The tenant's active colleagues (GET /api/staff), for owners of agreements and participants
 * of conversations. Read once per visit; a failed read leaves the list empty and may be tried
 * again.
 */
export const useDossierStaffStore = defineStore('dossier/staff', () => {
  const api = useApi();
  const members = ref<StaffMemberDto[]>([]);
  let loading: Promise<void> | undefined;

  function ensure(): Promise<void> {
    loading ??= api<{ items: StaffMemberDto[] }>('/api/staff')
      .then((answer) => {
        members.value = answer.items;
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  }

  return { members, ensure };
});
