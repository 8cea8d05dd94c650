import type { Migration } from '@dots/core';
import { migration as initial } from './0001-initial.js';
import { migration as goalLinksAndEvaluation } from './0002-goal-links-and-evaluation.js';

/** The plugin's migrations, oldest first: `npm run migration:create -- development-plan <name>`. */
export const DEVELOPMENT_PLAN_MIGRATIONS: Migration[] = [initial, goalLinksAndEvaluation];
