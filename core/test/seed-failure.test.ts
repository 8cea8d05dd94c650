import { expect } from 'chai';
import { ContainerModule, injectable } from 'inversify';
import {
  captureLog, createScratchDatabase, startAppOn, startTestApp, testDatabaseKind,
  type CapturedLog, type ScratchDatabase, type TestApp,
} from '../src/testing/index.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { SeedContribution } from '../src/server/plugins/extension-points.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import type { SeedContext } from '../src/server/seeds/seed-context.js';
import { DemoSeeder } from '../src/server/seeds/demo-seeder.js';
import { AccountService } from '../src/server/accounts/account-service.js';
import { Department, Person, Tenant } from '../src/server/entities/index.js';

/** A plugin whose demo seed writes a row and then fails. */
@injectable()
class BrokenSeed implements SeedContribution {
  readonly pluginId = 'broken-seed';

  async seed(context: SeedContext): Promise<void> {
    context.em.persist(context.em.create(Department, { name: 'Half geschreven' }));
    throw new Error('this seed always fails');
  }
}

const brokenPlugin = definePlugin({
  id: 'broken-seed', version: '0.0.1', labelNl: 'Kapot', labelEn: 'Broken',
  module: new ContainerModule((options) => {
    bindContribution(options, BrokenSeed, [SeedContribution]);
  }),
});

describe(`DemoSeeder with a failing plugin seed (${testDatabaseKind()})`, () => {
  let database: ScratchDatabase;
  let test: TestApp;
  let log: CapturedLog;

  before(async () => {
    database = createScratchDatabase();
    log = captureLog('info');
    test = await startAppOn(database, { plugins: [brokenPlugin], logger: log.logger });
    await test.app.seedDemoIfEmpty();
  });
  after(async () => {
    await test?.close();
    await database?.drop();
  });

  it('should seed both tenants in full and leave out only what the plugin wrote', async () => {
    const em = test.em();
    expect(await em.count(Tenant, {})).to.equal(2);
    expect(await em.count(Person, {}, { filters: false })).to.equal(80);
    const stray = await em.count(Department, { name: 'Half geschreven' }, { filters: false });
    expect(stray).to.equal(0);
  });

  it('should log the failure with the plugin, and one info line per tenant seeded', () => {
    const lines = log.lines();
    const failures = lines.filter((l) => l.pluginId === 'broken-seed' && l.level === 50);
    expect(failures).to.have.length(2);
    expect(lines.filter((l) => l.msg === 'demo tenant seeded').map((l) => l.slug))
      .to.have.members(['demo-maatwerk', 'demo-arbeidszorg']);
  });
});

describe(`DemoSeeder#seedTenant failing half-way (${testDatabaseKind()})`, () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ plugins: [] });
  });
  after(async () => {
    await test?.close();
  });

  it('should remove the half-made tenant with its rows, to be seeded again', async () => {
    const accounts = test.app.container.get(AccountService);
    const create = accounts.create;
    accounts.create = async () => {
      throw new Error('the accounts cannot be made');
    };
    try {
      const seeding = test.app.container.get(DemoSeeder)
        .seedTenant({ slug: 'demo-half', name: 'Half', kind: 'maatwerk' });
      await expectRejection(seeding, 'the accounts cannot be made');
    } finally {
      accounts.create = create;
    }

    const em = test.em();
    expect(await em.count(Tenant, { slug: 'demo-half' })).to.equal(0);
    expect(await em.count(Person, {}, { filters: false })).to.equal(0);
    expect(await em.count(Department, {}, { filters: false })).to.equal(0);
  });
});

describe(`DemoSeeder#seedIfEmpty failing at the second tenant (${testDatabaseKind()})`, () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ plugins: [] });
  });
  after(async () => {
    await test?.close();
  });

  it('should remove the first tenant too, and seed both on the next start', async () => {
    const accounts = test.app.container.get(AccountService);
    const create = accounts.create;
    let calls = 0;
    // The platform admin, then four accounts of the first tenant; the sixth call fails.
    accounts.create = async (...args) => {
      calls += 1;
      if (calls === 6) throw new Error('the second tenant fails');
      return create.apply(accounts, args);
    };
    try {
      const seeding = test.app.container.get(DemoSeeder).seedIfEmpty();
      await expectRejection(seeding, 'the second tenant fails');
    } finally {
      accounts.create = create;
    }
    expect(await test.em().count(Tenant, {})).to.equal(0);
    expect(await test.em().count(Person, {}, { filters: false })).to.equal(0);

    expect(await test.app.container.get(DemoSeeder).seedIfEmpty()).to.equal(true);
    expect(await test.em().count(Tenant, {})).to.equal(2);
  });
});

async function expectRejection(promise: Promise<unknown>, message: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).message).to.equal(message);
    return;
  }
  expect.fail('expected the promise to reject');
}
