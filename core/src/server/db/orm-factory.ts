import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type EntityClass, type Options } from '@mikro-orm/core';
import { MariaDbDriver } from '@mikro-orm/mariadb';
import { MySqlDriver } from '@mikro-orm/mysql';
import mysql from 'mysql2/promise';
import type { Logger } from 'pino';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { TenantStampSubscriber, tenantFilterOption } from './tenant-filter.js';
import { DotsLibSqlDriver } from './libsql-driver.js';
import { compareDatesByValue } from './date-properties.js';
import { MIGRATION_LEDGER } from './migration-runner.js';

export async function resolveTarget(
  databaseUrl: string | undefined,
  dataDir: string,
): Promise<DatabaseTarget> {
  if (!databaseUrl) return { dialect: 'sqlite', file: path.join(dataDir, 'dots.sqlite') };

  const target = parseDatabaseUrl(databaseUrl);
  return { ...target, mariadb: await isMariaDb(target) };
}

/**
 * MikroORM's MySQL driver sees a false schema difference on MariaDB (nullable defaults), so a
 * MariaDB server gets the MariaDB driver. One question to the server decides.
 */
async function isMariaDb(target: ReturnType<typeof parseDatabaseUrl>): Promise<boolean> {
  const connection = await mysql.createConnection({
    host: target.host, port: target.port, user: target.user, password: target.password,
  });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test(String((rows as Array<{ version: string }>)[0]?.version));
  } finally {
    await connection.end();
  }
}

/** Creates the MySQL database when it is missing, with a character set that holds every name. */
export async function ensureDatabase(target: DatabaseTarget): Promise<void> {
  if (target.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return;
  }
  const connection = await mysql.createConnection({
    host: target.host, port: target.port, user: target.user, password: target.password,
  });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.dbName.replace(/`/g, '')}\` ` +
        'CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    );
  } finally {
    await connection.end();
  }
}

export async function createOrm(
  target: DatabaseTarget,
  entities: EntityClass<unknown>[],
  log: Logger,
): Promise<MikroORM> {
  const common: Partial<Options> = {
    entities,
    discovery: { warnWhenNoEntities: false, onMetadata: compareDatesByValue },
    filters: tenantFilterOption(entities),
    // MikroORM would join every to-one relation of a tenant-owned entity to filter it as well,
    // so an entity outside tenants (an account, with its person) could not be read without a
    // tenant. Relations never cross tenants (rows get their tenant stamped and load in scope),
    // and a query of a tenant-owned entity still fails without one.
    autoJoinRefsForFilters: false,
    subscribers: [new TenantStampSubscriber()],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ignoreUndefinedInQuery: true,
    debug: false,
    // The migration ledger is ours, not an entity: the schema diff must not offer to drop it.
    schemaGenerator: { skipTables: [MIGRATION_LEDGER] },
    logger: (message) => log.debug({ orm: message }, 'orm'),
  };

  if (target.dialect === 'sqlite') {
    return MikroORM.init({ ...common, driver: DotsLibSqlDriver, dbName: target.file } as Options);
  }
  return MikroORM.init({
    ...common,
    driver: target.mariadb ? MariaDbDriver : MySqlDriver,
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    dbName: target.dbName,
    charset: 'utf8mb4',
    collate: 'utf8mb4_unicode_ci',
    pool: { min: 0, max: 10 },
  } as Options);
}
