/**
 * Writes a migration for one owner (`core` or a plugin id) from the difference between its
 * entities and the schema its existing migrations build, once per dialect:
 *
 *   npm run migration:create -- <owner> <name>
 *
 * The MySQL dialect is made against a scratch database on the MariaDB of
 * DOTS_MIGRATION_DATABASE_URL (default mysql://root@127.0.0.1:3306/). Read the result before you
 * commit it: generated SQL is a draft, and a shipped migration is never edited again.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { EntityClass } from '@mikro-orm/core';
import { CORE_ENTITIES } from '../server/entities/index.js';
import { CORE_MIGRATIONS } from '../server/migrations/index.js';
import { createOrm, ensureDatabase, resolveTarget } from '../server/db/orm-factory.js';
import { MigrationRunner, type MigrationSet } from '../server/db/migration-runner.js';
import { installedPluginPackages, loadPlugins } from '../server/plugins/plugin-loader.js';
import type { DotsPluginDefinition } from '../server/plugins/plugin-definition.js';
import { statementSource } from './migration-source.js';

const root = path.resolve(import.meta.dirname, '../../..');
const log = pino({ level: 'warn' });

async function main(): Promise<void> {
  const [owner, name] = process.argv.slice(2);
  if (!owner || !name || !/^[a-z0-9-]+$/.test(name)) {
    throw new Error('Usage: npm run migration:create -- <core|plugin-id> <name-in-kebab-case>');
  }
  const plugins = await loadPlugins(installedPluginPackages(root));
  const entities = [
    ...CORE_ENTITIES,
    ...plugins.flatMap((p) => p.entities ?? []),
  ] as EntityClass<unknown>[];
  const ownEntities = owner === 'core' ? CORE_ENTITIES : pluginOf(plugins, owner).entities ?? [];
  const sets: MigrationSet[] = [
    { owner: 'core', migrations: CORE_MIGRATIONS },
    ...plugins.map((p) => ({ owner: p.id, migrations: p.migrations ?? [] })),
  ];

  const sqlite = await diffFor(undefined, entities, ownEntities as EntityClass<unknown>[], sets);
  const mysql = await diffFor(
    scratchMysqlUrl(),
    entities,
    ownEntities as EntityClass<unknown>[],
    sets,
  );
  if (sqlite.length === 0 && mysql.length === 0) {
    process.stdout.write(`The schema of ${owner} is up to date; no migration written.\n`);
    return;
  }
  writeMigration(owner, name, sqlite, mysql);
}

function pluginOf(plugins: DotsPluginDefinition[], id: string): DotsPluginDefinition {
  const plugin = plugins.find((p) => p.id === id);
  if (!plugin) throw new Error(`No installed plugin has id '${id}'.`);
  return plugin;
}

/**
 * The folder of the installed package whose package.json says `"dots": { "id": <id> }`: a
 * plugin's folder need not be named after its id.
 */
function pluginFolder(id: string): string {
  for (const name of installedPluginPackages(root)) {
    let folder = path.dirname(fileURLToPath(import.meta.resolve(name)));
    while (!fs.existsSync(path.join(folder, 'package.json'))) folder = path.dirname(folder);
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    if (manifest.dots?.id === id) return folder;
  }
  throw new Error(`No installed package declares "dots": { "id": "${id}" } in its package.json.`);
}

function scratchMysqlUrl(): string {
  const base = process.env.DOTS_MIGRATION_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/';
  const url = new URL(base);
  url.pathname = `/dots_migration_${Date.now()}`;
  return url.toString();
}

async function diffFor(
  databaseUrl: string | undefined,
  entities: EntityClass<unknown>[],
  ownEntities: EntityClass<unknown>[],
  sets: MigrationSet[],
): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dots-migration-'));
  const target = await resolveTarget(databaseUrl, dataDir);
  await ensureDatabase(target);
  const orm = await createOrm(target, entities, log);
  try {
    await new MigrationRunner(orm, target.dialect, log).run(sets);
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, dropTables: false });
    const tables = new Set(ownEntities.map((e) => orm.getMetadata().get(e.name).tableName));
    return splitStatements(sql).filter((statement) => tables.has(tableOf(statement) ?? ''));
  } finally {
    if (target.dialect === 'mysql') await orm.schema.dropDatabase(target.dbName);
    await orm.close(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function splitStatements(sql: string): string[] {
  return sql.split(/;\s*\n/).map((s) => s.trim().replace(/;$/, '')).filter(Boolean);
}

const TABLE_OF = new RegExp(
  '^(?:create table|alter table|drop table(?: if exists)?|insert into|' +
    'create (?:unique )?index [`"]?[\\w]+[`"]? on|drop index [`"]?[\\w]+[`"]? on)' +
    '\\s+[`"]?(\\w+)[`"]?',
  'i',
);

function tableOf(statement: string): string | undefined {
  return TABLE_OF.exec(statement)?.[1];
}

function writeMigration(owner: string, name: string, sqlite: string[], mysql: string[]): void {
  const folder = owner === 'core'
    ? path.join(root, 'core/src/server/migrations')
    : path.join(pluginFolder(owner), 'src/server/migrations');
  fs.mkdirSync(folder, { recursive: true });

  const existing = fs.readdirSync(folder).filter((f) => /^\d{4}-.*\.ts$/.test(f));
  const file = `${String(existing.length + 1).padStart(4, '0')}-${name}`;
  const list = (items: string[]) => items.map((sql) => statementSource(sql)).join('\n');
  const importFrom = owner === 'core' ? '../db/migration.js' : '@dots/core';
  const body = [
    `import type { Migration } from '${importFrom}';`,
    '',
    'export const migration: Migration = {',
    `  name: '${file}',`,
    '  sqlite: [',
    list(sqlite),
    '  ],',
    '  mysql: [',
    list(mysql),
    '  ],',
    '};',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(folder, `${file}.ts`), body);
  process.stdout.write(
    `Wrote ${path.relative(root, path.join(folder, file))}.ts; add it to index.ts.\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
