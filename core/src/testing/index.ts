/** Test helpers for core and plugins: the real server, a fresh database, real tenants. */
export * from './test-app.js';
export * from './test-client.js';
export * from './tenant-fixture.js';
export * from './tenant-rows.js';
export * from './route-walk.js';
export * from './populated-tenant.js';
export * from './platform-admin.js';
export * from './scratch-app.js';
export * from './log-capture.js';
export * from './unloaded-params.js';
export * from './add-people.js';
export * from './employee-routes.js';
export * from './demo-app.js';
