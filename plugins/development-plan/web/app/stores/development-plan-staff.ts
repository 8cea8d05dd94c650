import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { StaffMemberDto } from '#common';

/**
 * The tenant's active colleagues (GET /api/staff): owners of improvement actions. Read once per
 * visit; a failed read leaves the list empty and is tried again next time.
 */
export const useDevelopmentPlanStaffStore = defineStore('development-plan/staff', () => {
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

  function nameOf(id: string | null): string {
    return members.value.find((member) => member.id === id)?.displayName ?? '';
  }

  return { members, ensure, nameOf };
});
