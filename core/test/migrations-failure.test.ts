import path from 'node:path';
import { expect } from 'chai';
import {
  captureLog, createScratchDatabase, pathWith, pathParamsOf, registeredRoutes, routeLabel,
  startAppOn, testDatabaseKind, TestClient, unknownId, type CapturedLog, type ScratchDatabase,
  type TestApp,
} from '../src/testing/index.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';
import {
  definePlugin, type DotsPluginDefinition,
} from '../src/server/plugins/plugin-definition.js';
import { MIGRATION_LEDGER } from '../src/server/db/migration-runner.js';
import type { Migration } from '../src/server/db/migration.js';
import type { RegisteredRoute } from '../src/server/http/route-registrar.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OWNER = 'migration-probe';
const NAME = '0001-probe-notes';

const CREATE = {
  sqlite: 'create table `probe_note` (`id` text not null, `tenant_id` text not null, ' +
    'primary key (`id`))',
  mysql: 'create table `probe_note` (`id` varchar(36) not null, ' +
    '`tenant_id` varchar(36) not null, primary key (`id`)) ' +
    'default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB',
};

/** On MariaDB: a foreign key to a table that does not exist, then the same one to `tenant`. */
function foreignKeyTo(table: string): string {
  return 'alter table `probe_note` add constraint `probe_note_tenant_id_foreign` foreign key ' +
    `(\`tenant_id\`) references \`${table}\` (\`id\`) on update cascade on delete cascade`;
}

/**
 * SQLite cannot add a foreign key to a table, and does not check the table a foreign key names
 * until a row is written, so the control fails on an index of the missing table instead.
 */
function indexOn(table: string): string {
  return `create index \`probe_note_tenant_id_index\` on \`${table}\` (\`tenant_id\`)`;
}

function probeMigration(table: string): Migration {
  return {
    name: NAME, sqlite: [CREATE.sqlite, indexOn(table)], mysql: [CREATE.mysql, foreignKeyTo(table)],
  };
}

function probePlugin(migration: Migration): DotsPluginDefinition {
  return definePlugin({
    id: OWNER, version: '0.0.0', labelNl: 'Migratieproef', labelEn: 'Migration probe',
    migrations: [migration],
  });
}

const BROKEN = probeMigration('probe_missing');
const FIXED = { ...probeMigration('tenant'), sqlite: [CREATE.sqlite, indexOn('probe_note')] };

describe(`A migration that fails half-way (${testDatabaseKind()}, C19)`, () => {
  let database: ScratchDatabase;
  let installed: DotsPluginDefinition[];
  let running: TestApp | undefined;

  const start = async (migration: Migration): Promise<{ test: TestApp; log: CapturedLog }> => {
    await running?.close();
    const log = captureLog('info');
    const plugins = [...installed, probePlugin(migration)];
    running = await startAppOn(database, { plugins, logger: log.logger });
    return { test: running, log };
  };

  before(async () => {
    database = createScratchDatabase();
    installed = await loadPlugins(installedPluginPackages(ROOT));
  });

  after(async () => {
    await running?.close();
    await database?.drop();
  });

  describe('on the start that meets it', () => {
    let test: TestApp;
    let log: CapturedLog;

    before(async () => {
      ({ test, log } = await start(BROKEN));
    });

    it('should log which migration and which statement failed', () => {
      const failed = log.lines().find((line) => String(line.msg).startsWith('migration failed'));
      const message = String((failed?.err as { message?: string })?.message);
      const statement = testDatabaseKind() === 'sqlite'
        ? indexOn('probe_missing') : foreignKeyTo('probe_missing');

      expect(failed?.level).to.equal(50);
      expect(message).to.include(`${OWNER}/${NAME} failed at step 2`);
      expect(message).to.include(statement);
    });

    it('should keep the steps MariaDB committed, and none on SQLite', async () => {
      // DDL commits at once on MariaDB; SQLite rolled the migration back as a whole.
      expect(await ledgerOf(test)).to.deep.equal(testDatabaseKind() === 'sqlite' ? [] : [0]);
    });

    it('should answer /api/health with 503 and the reason', async () => {
      const answer = await new TestClient(test.url).get('/api/health');

      expect(answer.status).to.equal(503);
      expect(answer.body.reason).to.include(`${OWNER}/${NAME}`);
    });

    it('should answer every other /api route with 503', async () => {
      const client = new TestClient(test.url);
      const problems: string[] = [];
      for (const route of [...registeredRoutes(test), undefined]) {
        const ids = (r: RegisteredRoute) =>
          Object.fromEntries(pathParamsOf(r).map((name) => [name, unknownId()]));
        const path = route ? pathWith(route, ids(route)) : '/api/no-such-route';
        const method = route?.method.toUpperCase() ?? 'GET';
        const answer = await client.request(method, path, route?.body ? {} : undefined);
        if (answer.status !== 503 || answer.body?.code !== 'unavailable') {
          problems.push(`${route ? routeLabel(route) : path}: ${answer.status}`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  });

  describe('on the next start, with the statement corrected', () => {
    let test: TestApp;
    let log: CapturedLog;

    before(async () => {
      ({ test, log } = await start(FIXED));
    });

    it('should run what was left without manual SQL', async () => {
      const answer = await new TestClient(test.url).get('/api/health');

      expect(answer.status, answer.text).to.equal(200);
      const applied = log.lines().filter((line) => line.msg === 'migration applied');
      expect(applied.map((line) => line.migration)).to.include(NAME);
    });

    it('should have built what the corrected migration says', async () => {
      const expected = testDatabaseKind() === 'sqlite'
        ? 'probe_note_tenant_id_index' : 'probe_note_tenant_id_foreign';
      expect(await probeConstraintsOf(test)).to.deep.equal([expected]);
    });

    it('should record each step of the migration exactly once', async () => {
      expect(await ledgerOf(test)).to.deep.equal([0, 1]);
    });
  });

  describe('on a start after that', () => {
    it('should do nothing', async () => {
      const { test, log } = await start(FIXED);
      const migrated = log.lines().find((line) => line.msg === 'database migrated');

      expect(migrated?.applied).to.equal(0);
      expect(await ledgerOf(test)).to.deep.equal([0, 1]);
      expect((await new TestClient(test.url).get('/api/health')).status).to.equal(200);
    });
  });
});

async function ledgerOf(test: TestApp): Promise<number[]> {
  const rows: Array<{ step: number }> = await test.em().getConnection().execute(
    `select step from ${MIGRATION_LEDGER} where owner = ? and name = ? order by step`,
    [OWNER, NAME],
  );
  return rows.map((row) => Number(row.step));
}

/** The foreign keys (MariaDB) or indexes (SQLite) that the probe's second step made. */
async function probeConstraintsOf(test: TestApp): Promise<string[]> {
  const connection = test.em().getConnection();
  if (testDatabaseKind() === 'sqlite') {
    const rows: Array<{ name: string }> = await connection.execute(
      "select name from sqlite_master where type = 'index' and tbl_name = 'probe_note' " +
        'and sql is not null',
    );
    return rows.map((row) => row.name);
  }
  const rows: Array<{ name: string }> = await connection.execute(
    'select constraint_name as name from information_schema.referential_constraints ' +
      "where constraint_schema = database() and table_name = 'probe_note' " +
      "and referenced_table_name = 'tenant'",
  );
  return rows.map((row) => row.name);
}
