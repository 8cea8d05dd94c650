import path from 'node:path';
import { expect } from 'chai';
import {
  createScratchDatabase, startAppOn, testDatabaseKind, TestClient, type ScratchDatabase,
  type TestApp,
} from '../src/testing/index.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';
import {
  definePlugin, type DotsPluginDefinition,
} from '../src/server/plugins/plugin-definition.js';
import type { Migration } from '../src/server/db/migration.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function probe(column: string): DotsPluginDefinition {
  const migration: Migration = {
    name: '0001-probe-labels',
    sqlite: [`create table \`probe_label\` (\`id\` text not null, \`${column}\` text null)`],
    mysql: [`create table \`probe_label\` (\`id\` varchar(36) not null, \`${column}\` text null)`],
  };
  return definePlugin({
    id: 'migration-edit-probe', version: '0.0.0', labelNl: 'Proef', labelEn: 'Probe',
    migrations: [migration],
  });
}

describe(`A migration edited after it ran (${testDatabaseKind()})`, () => {
  let database: ScratchDatabase;
  let installed: DotsPluginDefinition[];
  let running: TestApp | undefined;

  const healthWith = async (plugin: DotsPluginDefinition) => {
    await running?.close();
    running = await startAppOn(database, { plugins: [...installed, plugin] });
    return new TestClient(running.url).get('/api/health');
  };

  before(async () => {
    database = createScratchDatabase();
    installed = await loadPlugins(installedPluginPackages(ROOT));
  });
  after(async () => {
    await running?.close();
    await database?.drop();
  });

  it('should refuse to serve, naming the migration and step that changed', async () => {
    expect((await healthWith(probe('label'))).status).to.equal(200);

    const answer = await healthWith(probe('caption'));

    expect(answer.status).to.equal(503);
    expect(answer.body.reason).to.include('DOTS_M1001');
    expect(answer.body.reason).to.include('migration-edit-probe/0001-probe-labels step 1');
  });

  it('should serve again once the migration is restored', async () => {
    expect((await healthWith(probe('label'))).status).to.equal(200);
  });
});
