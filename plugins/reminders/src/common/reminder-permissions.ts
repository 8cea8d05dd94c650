export const REMINDERS_PLUGIN_ID = 'reminders';

/** Permission names of the reminders plugin. */
export const REMINDER_PERMISSIONS = {
  manage: 'reminders.manage',
} as const;

/** Paths of the plugin's API, under its mount point. */
export const REMINDER_PATHS = {
  list: '/api/reminders',
  one: (id: string) => `/api/reminders/${id}`,
} as const;
