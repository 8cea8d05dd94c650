/**
 * What the competences plugin shares with the web app: names, paths, shapes and the display
 * rule of a score. Plain TypeScript without imports from outside this folder.
 */
export * from './competence-permissions.js';
export * from './framework-content.js';
export * from './competence-view.js';
export * from './score-display.js';
export * from './competence-rules.js';
export * from './competence-gaps.js';
export * from './cycle-view.js';
export * from './cycle-rules.js';
