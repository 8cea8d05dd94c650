import type { Migration } from '@dots/core';
import { migration as initial } from './0001-initial.js';

/** The plugin's migrations, oldest first: `npm run migration:create -- development-plan <name>`. */
export const DEVELOPMENT_PLAN_MIGRATIONS: Migration[] = [initial];
