import { expect } from 'chai';
import { MariaDbDriver } from '@mikro-orm/mariadb';
import { startTestApp, testDatabaseKind, type TestApp } from '../src/testing/index.js';
import { DotsLibSqlDriver } from '../src/server/db/libsql-driver.js';
import { MIGRATION_LEDGER } from '../src/server/db/migration-runner.js';

describe(`Migrations of every installed plugin (${testDatabaseKind()})`, () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp();
  });

  after(async () => {
    await test?.close();
  });

  it('should build a schema that matches every entity (C19)', async () => {
    const sql = await test.app.orm.schema.getUpdateSchemaSQL({ wrap: false });

    expect(sql.trim(), 'The entities differ from the schema their migrations build. Add a ' +
      'migration with `npm run migration:create -- <core|plugin-id> <name>`').to.equal('');
  });

  it('should record every statement of every migration exactly once', async () => {
    type LedgerRow = { owner: string; name: string; step: number };
    const rows: LedgerRow[] = await test.em().getConnection().execute(
      `select owner, name, step from ${MIGRATION_LEDGER}`,
    );
    const recorded = rows.map((row) => `${row.owner}/${row.name}#${Number(row.step)}`).sort();
    const expected = test.app.migrationSets().flatMap((set) => set.migrations.flatMap((m) => {
      const statements = testDatabaseKind() === 'sqlite' ? m.sqlite : m.mysql;
      return statements.map((_statement, step) => `${set.owner}/${m.name}#${step}`);
    })).sort();

    expect(recorded).to.deep.equal(expected);
  });

  it('should talk to the database with the driver made for it', async () => {
    const driver = test.app.orm.em.getDriver();
    if (test.app.target.dialect === 'sqlite') {
      expect(driver).to.be.instanceOf(DotsLibSqlDriver);
      return;
    }
    const [{ version }] = await test.em().getConnection().execute<[{ version: string }]>(
      'select version() as version',
    );
    expect(test.app.target.mariadb).to.equal(/mariadb/i.test(version));
    if (test.app.target.mariadb) expect(driver).to.be.instanceOf(MariaDbDriver);
  });
});
