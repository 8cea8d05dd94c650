import { DEVELOPMENT_PLAN_PERMISSIONS } from '@dots/plugin-development-plan/common';

/** Whether the one looking at the POP gets its edit controls; everyone else reads. */
export function usePopCanManage() {
  const session = useSessionStore();
  return computed(() => session.can(DEVELOPMENT_PLAN_PERMISSIONS.manage));
}
