/** Test helpers for core and plugins: the real server, a fresh database, real tenants. */
export * from './test-app.js';
export * from './test-client.js';
export * from './tenant-fixture.js';
