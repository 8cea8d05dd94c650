export * from './problem.js';
export * from './roles.js';
export * from './tenant.js';
export * from './fields.js';
export * from './people.js';
export * from './permissions.js';
export * from './dates.js';
export * from './reports.js';
