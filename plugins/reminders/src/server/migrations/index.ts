import type { Migration } from '@dots/core';
import { migration as initial } from './0001-initial.js';

/** The plugin's migrations, oldest first: `npm run migration:create -- reminders <name>`. */
export const REMINDER_MIGRATIONS: Migration[] = [initial];
