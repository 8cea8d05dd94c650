import fs from 'node:fs';
import path from 'node:path';
import type { DotsPluginDefinition } from './plugin-definition.js';

const ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;

/** The installed plugins listed in config/plugins.json, as package names. */
export function installedPluginPackages(root: string): string[] {
  const file = path.join(root, 'config/plugins.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as { installed?: string[] };
  return config.installed ?? [];
}

/** Imports each package's server entry and orders the plugins so that requirements come first. */
export async function loadPlugins(packages: string[]): Promise<DotsPluginDefinition[]> {
  const definitions: DotsPluginDefinition[] = [];
  for (const name of packages) {
    const module = (await import(name)) as { default?: DotsPluginDefinition };
    if (!module.default?.id) {
      throw new Error(
        `[DOTS_P1001] ${name} has no default export made with definePlugin(). ` +
          'Export the plugin definition from the file named in "dots.module" of its package.json.',
      );
    }
    definitions.push(module.default);
  }
  return orderByRequirements(definitions);
}

export function orderByRequirements(plugins: DotsPluginDefinition[]): DotsPluginDefinition[] {
  const byId = new Map<string, DotsPluginDefinition>();
  for (const plugin of plugins) {
    if (!ID_PATTERN.test(plugin.id)) {
      throw new Error(
        `[DOTS_P1004] Plugin id '${plugin.id}' must be lower-case letters, digits and dashes.`,
      );
    }
    if (plugin.id === 'core' || byId.has(plugin.id)) {
      throw new Error(`[DOTS_P1005] Plugin id '${plugin.id}' is installed twice or is reserved.`);
    }
    byId.set(plugin.id, plugin);
  }

  const ordered: DotsPluginDefinition[] = [];
  const visiting = new Set<string>();
  const visit = (plugin: DotsPluginDefinition) => {
    if (ordered.includes(plugin)) return;
    if (visiting.has(plugin.id)) {
      throw new Error(
        `[DOTS_P1006] Plugins require each other in a circle through '${plugin.id}'.`,
      );
    }
    visiting.add(plugin.id);
    for (const required of plugin.requires ?? []) {
      const dependency = byId.get(required);
      if (!dependency) {
        throw new Error(
          `[DOTS_P1007] Plugin '${plugin.id}' requires '${required}', which is not installed. ` +
            'Add it to config/plugins.json.',
        );
      }
      visit(dependency);
    }
    visiting.delete(plugin.id);
    ordered.push(plugin);
  };
  [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)).forEach(visit);
  return ordered;
}
