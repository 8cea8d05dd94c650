import type { Migration } from '@dots/core';
import { migration as initial } from './0001-initial.js';
import { migration as conversations } from './0002-conversations.js';

/** The plugin's migrations, oldest first: `npm run migration:create -- dossier <name>`. */
export const DOSSIER_MIGRATIONS: Migration[] = [initial, conversations];
