import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import mysql from 'mysql2/promise';
import { Application } from '../server/app/application.js';
import type { Settings } from '../server/config/settings.js';
import { installedPluginPackages, loadPlugins } from '../server/plugins/plugin-loader.js';
import type { DotsPluginDefinition } from '../server/plugins/plugin-definition.js';
import { parseDatabaseUrl } from '../server/db/database-url.js';
import { forkForTenant } from '../server/db/tenant-filter.js';

export interface TestApp {
  app: Application;
  /** `http://127.0.0.1:<port>` of the running server. */
  url: string;
  /** A fresh entity manager outside any tenant: pass `{ filters: false }` to read tenant rows. */
  em(): EntityManager;
  /** A fresh entity manager scoped to one tenant, as a request of that tenant would have. */
  emFor(tenantId: string): EntityManager;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** @default every plugin in config/plugins.json */
  plugins?: DotsPluginDefinition[];
  settings?: Partial<Settings>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The database the suite runs on: SQLite unless `DOTS_TEST_DATABASE_URL` names a MySQL server. */
export function testDatabaseKind(): 'sqlite' | 'mysql' {
  return process.env.DOTS_TEST_DATABASE_URL ? 'mysql' : 'sqlite';
}

/**
 * The real server on a fresh database of its own: a new SQLite file, or a new database on the
 * MySQL/MariaDB of `DOTS_TEST_DATABASE_URL` (dropped again on close). Listens on a free port.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dots-test-'));
  const databaseUrl = scratchDatabaseUrl();
  const plugins = options.plugins ?? (await loadPlugins(installedPluginPackages(ROOT)));

  const app = await Application.create({
    settings: {
      dataDir, databaseUrl, logLevel: process.env.DOTS_TEST_LOG_LEVEL ?? 'silent', seedDemo: false,
      webRoot: path.join(dataDir, 'no-web'), ...options.settings,
    },
    plugins,
  });
  const url = await app.listen(0, '127.0.0.1');

  return {
    app,
    url,
    em: () => app.orm.em.fork({ clear: true }),
    emFor: (tenantId) => forkForTenant(app.orm.em.fork(), tenantId),
    close: async () => {
      await app.close();
      if (databaseUrl) await dropDatabase(databaseUrl);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function scratchDatabaseUrl(): string | undefined {
  const base = process.env.DOTS_TEST_DATABASE_URL;
  if (!base) return undefined;
  const url = new URL(base);
  const name = url.pathname.replace(/^\//, '') || 'dots_test';
  url.pathname = `/${name}_${crypto.randomBytes(4).toString('hex')}`;
  return url.toString();
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const target = parseDatabaseUrl(databaseUrl);
  const connection = await mysql.createConnection({
    host: target.host, port: target.port, user: target.user, password: target.password,
  });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${target.dbName}\``);
  } finally {
    await connection.end();
  }
}
