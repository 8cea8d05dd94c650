import path from 'node:path';
import { ContainerModule, injectable } from 'inversify';
import {
  createTenantFixture, startTestApp, type TenantFixture, type TestApp, type TestClient,
} from '../src/testing/index.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import {
  AgendaContribution, DossierSectionContribution, type AgendaItem, type AgendaQuery,
  type DossierSection,
} from '../src/server/plugins/extension-points.js';
import type { RequestContext } from '../src/server/http/request-context.js';
import { AgendaClock } from '../src/server/agenda/agenda-clock.js';
import { Tenant } from '../src/server/entities/tenant.js';
import type { TenantSettings } from '../src/common/tenant.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const PROBE_ID = 'agenda-probe';
export const OPEN_SECTION = `${PROBE_ID}.open`;
export const HEALTH_SECTION = `${PROBE_ID}.health`;

/**
 * The items the probe plugin answers, per tenant id, and the queries it was asked. It filters
 * nothing itself, so every rule a test sees applied is the core's.
 */
export const probe = {
  items: new Map<string, AgendaItem[]>(),
  queries: [] as AgendaQuery[],
};

@injectable()
class ProbeAgenda implements AgendaContribution {
  readonly pluginId = PROBE_ID;

  async agendaItems(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    probe.queries.push(query);
    return probe.items.get(ctx.tenantId()) ?? [];
  }
}

@injectable()
class ProbeSections implements DossierSectionContribution {
  readonly pluginId = PROBE_ID;

  sections(): DossierSection[] {
    return [
      { id: OPEN_SECTION, labelKey: 'probe.open', visibleToEmployee: false },
      { id: HEALTH_SECTION, labelKey: 'probe.health', visibleToEmployee: false,
        confidential: true },
    ];
  }
}

const probePlugin = definePlugin({
  id: PROBE_ID, version: '0.0.1', labelNl: 'Agendaproef', labelEn: 'Agenda probe',
  module: new ContainerModule((options) => {
    bindContribution(options, ProbeAgenda, [AgendaContribution]);
    bindContribution(options, ProbeSections, [DossierSectionContribution]);
  }),
});

export interface AgendaWorld {
  test: TestApp;
  north: TenantFixture;
  south: TenantFixture;
}

/** The installed plugins and the probe, and two tenants that have them all on. */
export async function startAgendaWorld(): Promise<AgendaWorld> {
  const installed = await loadPlugins(installedPluginPackages(ROOT));
  const test = await startTestApp({ plugins: [...installed, probePlugin] });
  const north = await createTenantFixture(test, { slug: 'agenda-noord' });
  const south = await createTenantFixture(test, { slug: 'agenda-zuid' });
  return { test, north, south };
}

/** Stands the agenda's clock at `iso` until the returned function is called. */
export function freezeAgendaClock(test: TestApp, iso: string): () => void {
  const clock = test.app.container.get(AgendaClock);
  clock.now = () => new Date(iso);
  return () => {
    Reflect.deleteProperty(clock, 'now');
  };
}

/** Changes a tenant in the database, as its admin would, without a restart. */
export async function changeTenant(
  test: TestApp,
  tenantId: string,
  change: { plugins?: string[]; settings?: Partial<TenantSettings> },
): Promise<void> {
  const em = test.em();
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  if (change.plugins) tenant.enabledPlugins = change.plugins;
  if (change.settings) tenant.settings = { ...tenant.settings, ...change.settings };
  await em.flush();
}

/** A department or team made through the admin API; answers its id. */
export async function addListItem(
  admin: TestClient,
  kind: 'departments' | 'teams',
  name: string,
): Promise<string> {
  const answer = await admin.post(`/api/admin/${kind}`, { name });
  if (answer.status !== 201) throw new Error(`adding ${name}: ${answer.status} ${answer.text}`);
  return answer.body.id;
}

/** A person made through the API; answers their id. */
export async function addPerson(
  admin: TestClient,
  body: Record<string, unknown>,
): Promise<string> {
  const answer = await admin.post('/api/people', body);
  if (answer.status !== 201) throw new Error(`adding a person: ${answer.status} ${answer.text}`);
  return answer.body.id;
}

export const fieldsOf = (answer: { body: { errors?: Array<{ field: string }> } }) =>
  (answer.body.errors ?? []).map((e) => e.field);
