import { expect } from 'chai';
import { Container, ContainerModule, injectable } from 'inversify';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import { z } from 'zod';
import {
  bindContribution, defineReport, definePlugin, Person, PERMISSIONS, ReportContribution,
  scopedQuery, TYPES, type DotsPluginDefinition, type ReportDefinition, type ReportListDto,
  type ReportResultDto,
} from '../src/index.js';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { coreModule } from '../src/server/app/core-module.js';
import { RouteRegistry } from '../src/server/http/route-registry.js';

const REPORT = 'test-reports.people-by-status';
const RUN = `/api/reports/${REPORT}/run`;

/**
 * A report as a plugin writes one, on the public API only, through scopedQuery. It needs a core
 * permission, so only the plugin's being enabled decides whether a tenant has it.
 */
const peopleByStatus = defineReport({
  id: REPORT,
  labelNl: 'Personen per status', labelEn: 'People per status',
  descriptionNl: 'Aantal personen per status.', descriptionEn: 'Number of people per status.',
  permission: PERMISSIONS.peopleRead,
  parameters: z.strictObject({ minimum: z.coerce.number().int().min(1).optional() }),
  columns: [
    { key: 'status', labelNl: 'Status', labelEn: 'Status', type: 'text' },
    { key: 'people', labelNl: 'Aantal', labelEn: 'Count', type: 'number' },
  ],
  run: async (ctx, { minimum }) => {
    const qb = scopedQuery(ctx.em as EntityManager, Person, 'p')
      .select(['p.status', raw('count(*) as people')]).groupBy('p.status')
      .orderBy({ status: 'asc' });
    if (minimum) qb.having('count(*) >= ?', [minimum]);
    return qb.execute('all', false);
  },
});

/** A plugin whose module binds one ReportContribution answering `reports`. */
function reportsPlugin(id: string, reports: () => ReportDefinition[]): DotsPluginDefinition {
  @injectable()
  class TestReports implements ReportContribution {
    readonly pluginId = id;

    reports(): ReportDefinition[] {
      return reports();
    }
  }
  return definePlugin({
    id, version: '0.0.1', labelNl: 'Testrapporten', labelEn: 'Test reports',
    module: new ContainerModule((options) => {
      bindContribution(options, TestReports, [ReportContribution]);
    }),
  });
}

describe(`Reports contributed by a plugin (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let staffNorth: TestClient;
  let staffSouth: TestClient;

  const listed = async (client: TestClient) =>
    (await client.get<ReportListDto>('/api/reports')).body.items.map((item) => item.id);
  const switchPlugin = async (enabled: boolean) => {
    const admin = await north.client('admin');
    const answer = await admin.put('/api/admin/plugins/test-reports', { enabled });
    expect(answer.status, answer.text).to.equal(200);
  };

  before(async () => {
    test = await startTestApp({ plugins: [reportsPlugin('test-reports', () => [peopleByStatus])] });
    north = await createTenantFixture(test, { slug: 'rapport-noord', plugins: ['test-reports'] });
    south = await createTenantFixture(test, { slug: 'rapport-zuid', plugins: [] });
    staffNorth = await north.client('staff');
    staffSouth = await south.client('staff');
    for (const [client, statuses] of [
      [staffNorth, ['left', 'paused']], [staffSouth, ['left', 'left', 'left', 'candidate']],
    ] as const) {
      for (const [index, status] of statuses.entries()) {
        const answer = await client.post('/api/people', {
          givenNames: 'Test', familyName: `Persoon ${index}`, status,
        });
        expect(answer.status, answer.text).to.equal(201);
      }
    }
  });
  after(async () => {
    await test?.close();
  });

  it('should list the report only for the tenant that enabled the plugin', async () => {
    expect(await listed(staffNorth)).to.include.members([REPORT, 'core.people-by-department']);
    expect(await listed(staffSouth)).to.include('core.people-by-department')
      .and.not.include(REPORT);
  });

  it("should not list it to an account without the report's permission", async () => {
    expect(await listed(await north.client('employee'))).to.not.include(REPORT);
    expect((await (await north.client('employee')).get(RUN)).status).to.equal(404);
  });

  it("should count the enabling tenant's people only", async () => {
    const answer = await staffNorth.get<ReportResultDto>(RUN);

    expect(answer.status, answer.text).to.equal(200);
    // MariaDB orders an enum column by the enum's order, SQLite by the text.
    expect(answer.body.rows).to.have.deep.members([
      { status: 'active', people: 1 }, { status: 'left', people: 1 },
      { status: 'paused', people: 1 },
    ]);
  });

  it("should validate the plugin's parameters, naming the field", async () => {
    const bad = await staffNorth.get(`${RUN}?minimum=zero`);
    const good = await staffNorth.get<ReportResultDto>(`${RUN}?minimum=2`);

    expect(bad.status).to.equal(400);
    expect(bad.body.errors[0].field).to.equal('query.minimum');
    expect(good.body.rows, 'north has no status twice').to.deep.equal([]);
  });

  it('should answer 404 to a tenant that has not enabled the plugin', async () => {
    expect((await staffSouth.get(RUN)).status).to.equal(404);
    expect((await staffSouth.get(`${RUN}.csv`)).status).to.equal(404);
  });

  it('should answer 404 once the plugin is disabled, and come back when enabled', async () => {
    await switchPlugin(false);
    const off = [await listed(staffNorth), (await staffNorth.get(RUN)).status,
      (await staffNorth.get(`${RUN}.csv`)).status];
    await switchPlugin(true);

    expect(off).to.deep.equal([['core.people-by-department'], 404, 404]);
    expect((await staffNorth.get(RUN)).status).to.equal(200);
  });
});

describe('ReportRegistry at start', () => {
  /** What collecting the routes at start throws with `plugin` installed, as the server does. */
  const startupError = async (plugin: DotsPluginDefinition): Promise<string> => {
    const container = new Container({ defaultScope: 'Singleton' });
    container.bind(TYPES.Container).toConstantValue(container);
    container.bind(TYPES.Logger).toConstantValue(pino({ level: 'silent' }));
    for (const token of [TYPES.Settings, TYPES.Orm, TYPES.DatabaseTarget]) {
      container.bind(token).toConstantValue({});
    }
    container.bind(TYPES.Plugins).toConstantValue([plugin]);
    await container.load(coreModule, plugin.module!);
    try {
      container.get(RouteRegistry).collect();
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  };
  const report = (changes: Partial<ReportDefinition>) => ({ ...peopleByStatus, ...changes });

  it('should start with a plugin whose reports are sound', async () => {
    expect(await startupError(reportsPlugin('test-reports', () => [peopleByStatus])))
      .to.equal('no error');
  });

  it('should stop on a report id contributed twice (DOTS_P1009)', async () => {
    const plugin = reportsPlugin('test-reports', () => [peopleByStatus, report({})]);
    expect(await startupError(plugin))
      .to.match(/^\[DOTS_P1009\].*'test-reports\.people-by-status'/);
  });

  it("should stop on a core report's id taken by a plugin (DOTS_P1009)", async () => {
    const taken = report({ id: 'core.people-by-department' });
    const plugin = reportsPlugin('test-reports', () => [taken]);
    expect(await startupError(plugin)).to.match(/^\[DOTS_P1009\].*by 'core' and 'test-reports'/);
  });

  it("should stop on an id outside the plugin's own (DOTS_P1010)", async () => {
    for (const id of ['other.report', 'test-reports', 'test-reports.Bad Name']) {
      const plugin = reportsPlugin('test-reports', () => [report({ id })]);
      expect(await startupError(plugin), id).to.match(/^\[DOTS_P1010\]/);
    }
  });

  it('should stop on a permission nobody contributes (DOTS_P1011)', async () => {
    const unknown = report({ permission: 'test-reports.nope' });
    const plugin = reportsPlugin('test-reports', () => [unknown]);
    expect(await startupError(plugin)).to.match(/^\[DOTS_P1011\].*'test-reports\.nope'/);
  });
});
