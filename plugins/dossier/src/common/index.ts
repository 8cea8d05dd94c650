/**
 * What the dossier plugin shares with the web app: names, paths and shapes. Plain TypeScript
 * without imports, so the browser can use it as it is.
 */
export * from './dossier-permissions.js';
export * from './dossier-views.js';
export * from './conversation-views.js';
