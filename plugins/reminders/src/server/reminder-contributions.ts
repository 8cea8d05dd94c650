import { injectable } from 'inversify';
import type {
  NavigationContribution, NavigationEntry, PermissionContribution, PermissionDefinition,
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
