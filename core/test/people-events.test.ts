import path from 'node:path';
import { expect } from 'chai';
import { ContainerModule } from 'inversify';
import {
  captureLog, createScratchDatabase, createTenantFixture, startAppOn, testDatabaseKind,
  type CapturedLog, type ScratchDatabase, type TenantFixture, type TestApp,
} from '../src/testing/index.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { PersonEventContribution } from '../src/server/plugins/extension-points.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';

type Heard = Array<[string, string, string[]?]>;

/** A plugin whose listeners record what they hear; the first one always throws. */
function listenerPlugin(heard: Heard) {
  const failing: PersonEventContribution = {
    pluginId: 'event-probe',
    onDidCreatePerson: async () => {
      throw new Error('listener broke');
    },
    onDidUpdatePerson: async () => {
      throw new Error('listener broke');
    },
  };
  const recording: PersonEventContribution = {
    pluginId: 'event-probe',
    onDidCreatePerson: async (_ctx, person) => void heard.push(['create', person.id]),
    onDidUpdatePerson: async (_ctx, person, changed) => {
      heard.push(['update', person.id, changed]);
    },
    onDidDeletePerson: async (_ctx, personId) => void heard.push(['delete', personId]),
  };
  return definePlugin({
    id: 'event-probe', version: '0.0.0', labelNl: 'Probe', labelEn: 'Probe',
    module: new ContainerModule(({ bind }) => {
      bind(PersonEventContribution).toConstantValue(failing);
      bind(PersonEventContribution).toConstantValue(recording);
    }),
  });
}

describe(`PersonEvents (${testDatabaseKind()})`, () => {
  const heard: Heard = [];
  let database: ScratchDatabase;
  let log: CapturedLog;
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;

  before(async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const installed = await loadPlugins(installedPluginPackages(root));
    database = createScratchDatabase();
    log = captureLog('error');
    test = await startAppOn(database, {
      plugins: [...installed, listenerPlugin(heard)], logger: log.logger,
    });
    a = await createTenantFixture(test, { slug: 'atelier-noord' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid', plugins: [] });
    heard.length = 0;
  });
  after(async () => {
    await test?.close();
    await database?.drop();
  });

  it('should tell listeners after each change, even when another listener throws', async () => {
    const staff = await a.client('staff');
    const created = await staff.post('/api/people', { givenNames: 'Mia', familyName: 'Claes' });
    expect(created.status).to.equal(201);
    const changed = await staff.patch(`/api/people/${created.body.id}`, {
      version: 1, preferredName: 'Mimi', fields: {},
    });
    expect(changed.status).to.equal(200);
    expect((await (await a.client('admin')).delete(`/api/people/${created.body.id}`)).status)
      .to.equal(204);

    expect(heard).to.deep.equal([
      ['create', created.body.id],
      ['update', created.body.id, ['preferredName']],
      ['delete', created.body.id],
    ]);
    expect((await staff.get(`/api/people/${created.body.id}`)).status).to.equal(404);

    const failures = log.lines().filter((line) => line.personId === created.body.id);
    expect(failures.map((line) => [line.pluginId, line.msg])).to.deep.equal([
      ['event-probe', 'a person event listener failed; the change itself is stored'],
      ['event-probe', 'a person event listener failed; the change itself is stored'],
    ]);
    expect(log.text()).not.to.include('Claes');
  });

  it('should not tell the listeners of a plugin the tenant has not enabled', async () => {
    heard.length = 0;
    const staffB = await b.client('staff');
    expect((await staffB.post('/api/people', { givenNames: 'Jan', familyName: 'Maes' })).status)
      .to.equal(201);
    expect(heard).to.deep.equal([]);
  });
});
