import { PERMISSIONS } from '#common';

export interface AdminSection {
  id: string;
  to: string;
  labelKey: string;
  icon: string;
  /** Any one of these permissions opens the section. */
  permissions: string[];
}

/** The parts of tenant administration, each behind the permission its API asks for. */
const section = (id: string, to: string, labelKey: string, icon: string, permissions: string[]) =>
  ({ id, to, labelKey: `admin.sections.${labelKey}`, icon, permissions });

export const ADMIN_SECTIONS: AdminSection[] = [
  section('plugins', '/admin/plugins', 'plugins', 'puzzle', [PERMISSIONS.pluginsManage]),
  section('fields', '/admin/fields', 'fields', 'list', [PERMISSIONS.fieldsManage]),
  section('departments', '/admin/lists/departments', 'departments', 'building',
    [PERMISSIONS.listsManage]),
  section('teams', '/admin/lists/teams', 'teams', 'people', [PERMISSIONS.listsManage]),
  section('employee-types', '/admin/lists/employee-types', 'employeeTypes', 'person',
    [PERMISSIONS.listsManage]),
  section('accounts', '/admin/accounts', 'accounts', 'key',
    [PERMISSIONS.accountsManage, PERMISSIONS.accountsResetCode]),
  section('roles', '/admin/roles', 'roles', 'shield', [PERMISSIONS.rolesManage]),
  section('dossier-sections', '/admin/dossier-sections', 'dossierSections', 'shield',
    [PERMISSIONS.settingsManage]),
];

/** The sections this account may open. */
export function useAdminSections() {
  const session = useSessionStore();
  return computed(() => ADMIN_SECTIONS.filter((s) => s.permissions.some((p) => session.can(p))));
}
