import type { Migration } from '../db/migration.js';
import { migration as initial } from './0001-initial.js';

/** The core's migrations, oldest first. Made with `npm run migration:create -- core <name>`. */
export const CORE_MIGRATIONS: Migration[] = [initial];
