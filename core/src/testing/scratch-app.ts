import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { Logger } from 'pino';
import { Application } from '../server/app/application.js';
import { parseDatabaseUrl } from '../server/db/database-url.js';
import { forkForTenant } from '../server/db/tenant-filter.js';
import { installedPluginPackages, loadPlugins } from '../server/plugins/plugin-loader.js';
import type { DotsPluginDefinition } from '../server/plugins/plugin-definition.js';
import type { TestApp } from './test-app.js';

/**
 * A database of its own that outlives one server, so a test can start the server on it more than
 * once (a failed migration, then the fix): a SQLite file, or a database on the MySQL/MariaDB of
 * `DOTS_TEST_DATABASE_URL`.
 */
export interface ScratchDatabase {
  dataDir: string;
  databaseUrl?: string;
  /** Removes the database and its folder. */
  drop(): Promise<void>;
}

export interface ScratchAppOptions {
  /** @default every plugin in config/plugins.json */
  plugins?: DotsPluginDefinition[];
  /** @default a silent logger */
  logger?: Logger;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

export function createScratchDatabase(): ScratchDatabase {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dots-scratch-'));
  const base = process.env.DOTS_TEST_DATABASE_URL;
  let databaseUrl: string | undefined;
  if (base) {
    const url = new URL(base);
    const name = url.pathname.replace(/^\//, '') || 'dots_test';
    url.pathname = `/${name}_${crypto.randomBytes(4).toString('hex')}`;
    databaseUrl = url.toString();
  }

  return {
    dataDir,
    databaseUrl,
    drop: async () => {
      if (databaseUrl) await dropMysqlDatabase(databaseUrl);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The real server on `database`; `close()` stops it and leaves the database as it is. */
export async function startAppOn(
  database: ScratchDatabase,
  options: ScratchAppOptions = {},
): Promise<TestApp> {
  const app = await Application.create({
    settings: {
      dataDir: database.dataDir, databaseUrl: database.databaseUrl, seedDemo: false,
      logLevel: process.env.DOTS_TEST_LOG_LEVEL ?? 'silent',
      webRoot: path.join(database.dataDir, 'no-web'),
    },
    plugins: options.plugins ?? (await loadPlugins(installedPluginPackages(ROOT))),
    logger: options.logger,
  });
  const url = await app.listen(0, '127.0.0.1');

  return {
    app,
    url,
    em: () => app.orm.em.fork({ clear: true }),
    emFor: (tenantId) => forkForTenant(app.orm.em.fork(), tenantId),
    close: () => app.close(),
  };
}

async function dropMysqlDatabase(databaseUrl: string): Promise<void> {
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
