import path from 'node:path';
import { expect } from 'chai';
import { ContainerModule, injectable } from 'inversify';
import { v7 as uuidv7 } from 'uuid';
import {
  captureLog, createScratchDatabase, createTenantFixture, startAppOn, TEST_PASSWORD,
  testDatabaseKind, TestClient, type CapturedLog, type ScratchDatabase, type TestApp,
  type TestResponse,
} from '../src/testing/index.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { RouteContribution } from '../src/server/plugins/extension-points.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import type { RouteRegistrar } from '../src/server/http/route-registrar.js';
import { loggableError, redactSqlLiterals } from '../src/server/http/driver-error-log.js';
import { Account } from '../src/server/entities/account.js';
import type { Role } from '../src/common/roles.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Personal data a failing insert carries: a name, a password hash, a number. */
const SECRETS = {
  displayName: "Zeynep O'Geheimnaam",
  passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2VjcmV0c2FsdA$aGFzaHZhbHVlb2ZzZWNyZXQ',
  number: 987654321,
};

/** The raw insert with its values replaced, as the log may show it. */
const REDACTED_INSERT =
  'insert into account (id, display_name, password_hash, sign_in_count_probe) values (?, ?, ?, ?)';

/**
 * Inserts that the database refuses, with personal data in them: an account of a role the
 * column does not hold (CHECK on SQLite, ENUM on MySQL) through the ORM, which throws a
 * MikroORM DriverException; and raw SQL naming a column that does not exist, which throws the
 * driver's own error.
 */
@injectable()
class FailingInsertRoutes implements RouteContribution {
  readonly pluginId = 'failing-insert';

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'post', path: '/flush', summary: 'A flush that fails', access: 'signed-in',
      handler: async (ctx) => {
        ctx.em.create(Account, {
          tenant: ctx.tenant, role: 'chief-of-everything' as Role, username: 'zeynep',
          displayName: SECRETS.displayName, passwordHash: SECRETS.passwordHash,
        });
        return { stored: true };
      },
    });
    routes.add({
      method: 'post', path: '/raw', summary: 'Raw SQL that fails', access: 'signed-in',
      handler: async (ctx) => {
        await ctx.em.getConnection().execute(
          'insert into account (id, display_name, password_hash, sign_in_count_probe) ' +
            'values (?, ?, ?, ?)',
          [uuidv7(), SECRETS.displayName, SECRETS.passwordHash, SECRETS.number],
        );
        return { stored: true };
      },
    });
  }
}

const failingInsertPlugin = definePlugin({
  id: 'failing-insert', version: '0.0.0', labelNl: 'Mislukt', labelEn: 'Failing',
  module: new ContainerModule((options) => {
    bindContribution(options, FailingInsertRoutes, [RouteContribution]);
  }),
});

describe('redactSqlLiterals', () => {
  it('should replace quoted texts and numbers, keeping names and keywords', () => {
    const sql = "insert into `t_2` (`a`, b3, `true`) " +
      "values ('it''s', 'back\\'slash', 42, -1.5e3, 0x1F, true, null)";
    expect(redactSqlLiterals(sql))
      .to.equal('insert into `t_2` (`a`, b3, `true`) values (?, ?, ?, -?, ?, ?, null)');
  });

  it('should replace a text cut short, to the end', () => {
    expect(redactSqlLiterals("select 1 where name = 'Zeynep Ge"))
      .to.equal('select ? where name = ?');
  });

  it('should replace a double-quoted text as MySQL reads it', () => {
    expect(redactSqlLiterals('where a = "Jan ""Jos"" Peeters"')).to.equal('where a = ?');
  });
});

describe('loggableError', () => {
  it('should redact an error caused by a database error, and its cause', () => {
    const driver = Object.assign(new Error("insert into t (a) values ('Zeynep') - boom"), {
      code: 'SQLITE_ERROR',
    });
    const logged = loggableError(new Error('the report failed', { cause: driver })) as {
      type: string; message: string; code: string; stack: string;
    };

    expect(logged).to.deep.include({
      type: 'Error', message: 'the report failed: insert into t (a) values (?) - boom',
      code: 'SQLITE_ERROR',
    });
    expect(JSON.stringify(logged)).to.not.include('Zeynep');
  });

  it('should hand any other error on as it is', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(loggableError(error)).to.equal(error);
  });
});

describe(`Driver errors in the log (${testDatabaseKind()})`, () => {
  let database: ScratchDatabase;
  let log: CapturedLog;
  let test: TestApp;
  const answers: Record<'flush' | 'raw', TestResponse> = {} as never;

  before(async () => {
    database = createScratchDatabase();
    log = captureLog('info');
    const installed = await loadPlugins(installedPluginPackages(ROOT));
    test = await startAppOn(database, {
      plugins: [...installed, failingInsertPlugin], logger: log.logger,
    });
    await createTenantFixture(test, { slug: 'drv-a' });
    await createTenantFixture(test, { slug: 'drv-b' });

    const client = await new TestClient(test.url, { allowInternalErrors: true })
      .signIn('drv-a', 'staff', TEST_PASSWORD);
    answers.flush = await client.post('/api/failing-insert/flush', {});
    answers.raw = await client.post('/api/failing-insert/raw', {});
  });

  after(async () => {
    await test?.close();
    await database?.drop();
  });

  it('should answer a generic 500 that names no table', () => {
    for (const answer of Object.values(answers)) {
      expect(answer.status).to.equal(500);
      expect(answer.body.code).to.equal('internal');
      expect(answer.text).to.not.include('account');
    }
  });

  it('should log a failed flush as a DriverException, its statement without values', () => {
    const err = errorLoggedFor(log, answers.flush);

    expect(err.type).to.match(/Exception$/);
    expect(err.code, 'the driver code').to.be.a('string').and.not.be.empty;
    expect(String(err.message)).to.match(/insert into `account` \(/);
    expect(String(err.message)).to.match(/values \((\?, )+\?\)/);
    expect(String(err.stack)).to.match(/^\s+at /);
  });

  it('should log a failed raw statement by its codes, the statement without values', () => {
    const err = errorLoggedFor(log, answers.raw);

    expect(err.code, 'the driver code').to.be.a('string').and.not.be.empty;
    expect(String(err.message)).to.include(REDACTED_INSERT);
    expect(String(err.message)).to.include('sign_in_count_probe');
    if (testDatabaseKind() === 'mysql') {
      expect(err.errno).to.equal(1054);
      expect(err.sqlState).to.equal('42S22');
      expect(String(err.sql)).to.include(REDACTED_INSERT);
    }
  });

  it('should have stored no account in either tenant', async () => {
    const em = test.em();
    const counts = await Promise.all(['drv-a', 'drv-b'].map((slug) =>
      em.count(Account, { tenant: { slug } })));
    expect(counts).to.deep.equal([4, 4]);
  });

  it('should write none of the values of either statement to the log', () => {
    const text = log.text();
    for (const secret of [
      SECRETS.displayName, "Zeynep O''Geheimnaam", 'Geheimnaam', SECRETS.passwordHash,
      'c2VjcmV0c2FsdA', String(SECRETS.number), 'chief-of-everything',
    ]) {
      expect(text, `the log holds ${secret}`).to.not.include(secret);
    }
  });
});

/** The `err` of the 'request failed' line of the request that got `answer`. */
function errorLoggedFor(log: CapturedLog, answer: TestResponse): Record<string, unknown> {
  const requestId = answer.headers.get('x-request-id');
  const line = log.lines().find((l) => l.msg === 'request failed' && l.requestId === requestId);
  if (!line) throw new Error(`No 'request failed' line for ${requestId}: ${log.text()}`);
  return line.err as Record<string, unknown>;
}
