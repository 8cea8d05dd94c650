/**
 * What the development-plan plugin shares with the web app: names, paths and shapes. Plain
 * TypeScript without imports from outside this folder, so the browser can use it as it is.
 */
export * from './development-plan-permissions.js';
export * from './development-plan-view.js';
