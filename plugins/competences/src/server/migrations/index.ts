import type { Migration } from '@dots/core';
import { migration as initial } from './0001-initial.js';
import { migration as sharingAndCycles } from './0002-sharing-and-cycles.js';

/** The plugin's migrations, oldest first: `npm run migration:create -- competences <name>`. */
export const COMPETENCE_MIGRATIONS: Migration[] = [initial, sharingAndCycles];
