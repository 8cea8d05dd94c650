import type { Role } from './roles.js';

/** Permission names of the core, shared with the web app. */
export const PERMISSIONS = {
  peopleRead: 'people.read',
  peopleManage: 'people.manage',
  peopleDelete: 'people.delete',
  nationalNumber: 'people.national-number',
  accountsManage: 'accounts.manage',
  accountsResetCode: 'accounts.reset-code',
  fieldsManage: 'fields.manage',
  listsManage: 'lists.manage',
  pluginsManage: 'plugins.manage',
  rolesManage: 'roles.manage',
  settingsManage: 'settings.manage',
  auditRead: 'audit.read',
  agendaView: 'agenda.view',
} as const;

const p = (name: string, labelNl: string, labelEn: string, defaultRoles: Role[]) =>
  ({ name, labelNl, labelEn, defaultRoles });

export const CORE_PERMISSIONS = [
  p(PERMISSIONS.peopleRead, 'Personen opzoeken en bekijken', 'Look up and view people',
    ['admin', 'staff', 'coach']),
  p(PERMISSIONS.peopleManage, 'Personen toevoegen en wijzigen', 'Add and change people',
    ['admin', 'staff']),
  p(PERMISSIONS.peopleDelete, 'Personen verwijderen', 'Delete people', ['admin']),
  p(PERMISSIONS.nationalNumber, 'Rijksregisternummer volledig zien',
    'See the national register number',
    ['admin', 'staff']),
  p(PERMISSIONS.accountsManage, 'Gebruikers beheren', 'Manage accounts', ['admin']),
  p(PERMISSIONS.accountsResetCode, 'Aanmeldcode van een doelgroepwerknemer vernieuwen',
    "Reset an employee's sign-in code", ['admin', 'staff']),
  p(PERMISSIONS.fieldsManage, 'Eigen velden beheren', 'Manage custom fields', ['admin']),
  p(PERMISSIONS.listsManage, 'Diensten, ploegen en statuten beheren',
    'Manage departments, teams and employee types', ['admin']),
  p(PERMISSIONS.pluginsManage, 'Modules aan- en uitzetten', 'Enable and disable plugins',
    ['admin']),
  p(PERMISSIONS.rolesManage, 'Rechten van rollen wijzigen', 'Change role permissions', ['admin']),
  p(PERMISSIONS.settingsManage, 'Instellingen van de organisatie', 'Organisation settings',
    ['admin']),
  p(PERMISSIONS.auditRead, 'Toegangslogboek lezen', 'Read the audit log', ['admin']),
  p(PERMISSIONS.agendaView, 'De agenda van het team bekijken', "View the team's agenda",
    ['admin', 'staff', 'coach']),
];
