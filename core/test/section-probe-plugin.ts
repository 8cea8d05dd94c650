import path from 'node:path';
import { ContainerModule, injectable } from 'inversify';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import {
  DossierSectionContribution, RouteContribution, type DossierSection,
} from '../src/server/plugins/extension-points.js';
import type { RouteRegistrar } from '../src/server/http/route-registrar.js';
import { Person } from '../src/server/entities/person.js';
import { installedPluginPackages, loadPlugins } from '../src/server/plugins/plugin-loader.js';
import type { DotsPluginDefinition } from '../src/server/plugins/plugin-definition.js';

/** The probe's sections: one hidden from employees by default, one confidential. */
export const PROBE_SECTIONS = {
  notes: 'section-probe.notes',
  health: 'section-probe.health',
} as const;

@injectable()
class ProbeSections implements DossierSectionContribution {
  readonly pluginId = 'section-probe';

  sections(): DossierSection[] {
    return [
      { id: PROBE_SECTIONS.notes, labelKey: 'probe.notes', visibleToEmployee: false, order: 90 },
      { id: PROBE_SECTIONS.health, labelKey: 'probe.health', visibleToEmployee: false,
        confidential: true, order: 91 },
    ];
  }
}

/** A route per section that answers whatever it is asked, so only the core can refuse. */
@injectable()
class ProbeRoutes implements RouteContribution {
  readonly pluginId = 'section-probe';

  registerRoutes(routes: RouteRegistrar): void {
    for (const [name, section] of Object.entries(PROBE_SECTIONS)) {
      routes.add({
        method: 'get', path: `/people/:personId/${name}`, section, access: 'signed-in',
        params: { personId: Person }, summary: `The probe's ${name}`,
        handler: async (_ctx, { params }) => ({ personId: params.personId.id, section }),
      });
    }
  }
}

/**
 * A plugin with a confidential section, so the section walk has one to try while no installed
 * plugin declares one yet; it walks every installed plugin's sections as well.
 */
export const sectionProbe = definePlugin({
  id: 'section-probe', version: '0.0.1', labelNl: 'Proef', labelEn: 'Probe',
  module: new ContainerModule((options) => {
    bindContribution(options, ProbeSections, [DossierSectionContribution]);
    bindContribution(options, ProbeRoutes, [RouteContribution]);
  }),
});

/** Every installed plugin, and the probe. */
export async function pluginsWithProbe(): Promise<DotsPluginDefinition[]> {
  const root = path.resolve(import.meta.dirname, '../..');
  return [...await loadPlugins(installedPluginPackages(root)), sectionProbe];
}
