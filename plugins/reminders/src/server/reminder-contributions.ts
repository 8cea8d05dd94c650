import { injectable } from 'inversify';
import type {
  DossierSection, DossierSectionContribution, NavigationContribution, NavigationEntry,
  PermissionContribution, PermissionDefinition,
} from '@dots/core';
import { REMINDER_PERMISSIONS, REMINDERS_PLUGIN_ID } from '../common/reminder-permissions.js';

/** `reminders.manage`: set and follow up one's own reminders. */
@injectable()
export class ReminderPermissions implements PermissionContribution {
  readonly pluginId = REMINDERS_PLUGIN_ID;

  permissions(): PermissionDefinition[] {
    return [{
      name: REMINDER_PERMISSIONS.manage,
      labelNl: 'Eigen herinneringen instellen en opvolgen',
      labelEn: 'Set and follow up your own reminders',
      defaultRoles: ['admin', 'staff', 'coach'],
    }];
  }
}

/** The menu entry of the staff screens and the coach layout. */
@injectable()
export class ReminderNavigation implements NavigationContribution {
  readonly pluginId = REMINDERS_PLUGIN_ID;

  navigation(): NavigationEntry[] {
    return [{
      id: 'reminders',
      path: '/reminders',
      labelKey: 'reminders.menu',
      layouts: ['staff', 'coach'],
      permission: REMINDER_PERMISSIONS.manage,
      order: 40,
    }];
  }
}

/** The person page's tab with one's own reminders about that person; not for the employee. */
@injectable()
export class ReminderDossierSection implements DossierSectionContribution {
  readonly pluginId = REMINDERS_PLUGIN_ID;

  sections(): DossierSection[] {
    return [{
      id: 'reminders',
      labelKey: 'reminders.tab',
      permission: REMINDER_PERMISSIONS.manage,
      visibleToEmployee: false,
      order: 40,
    }];
  }
}
