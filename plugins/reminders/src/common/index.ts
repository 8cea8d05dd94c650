/**
 * What the reminders plugin shares with the web app: names, paths and shapes. Plain
 * TypeScript without imports, so the browser can use it as it is.
 */
export * from './reminder-permissions.js';
export * from './reminder-view.js';
