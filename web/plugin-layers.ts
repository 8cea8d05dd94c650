import fs from 'node:fs';
import path from 'node:path';

/**
 * The Nuxt layers of the installed plugins: for each package in config/plugins.json, its `web/`
 * folder when that folder holds a nuxt.config. Read at build time, so installing a plugin and
 * rebuilding is all it takes for its screens to appear.
 */
export function pluginLayers(root: string): string[] {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'config/plugins.json'), 'utf8')) as {
    installed?: string[];
  };

  return (config.installed ?? []).flatMap((name) => {
    // Workspace packages are linked into node_modules; their exports do not list package.json.
    const linked = path.join(root, 'node_modules', name);
    if (!fs.existsSync(linked)) {
      throw new Error(
        `[DOTS_W1001] Plugin ${name} is listed in config/plugins.json but not installed. ` +
          'Run npm install at the root.',
      );
    }
    const layer = path.join(fs.realpathSync(linked), 'web');
    return fs.existsSync(path.join(layer, 'nuxt.config.ts')) ? [layer] : [];
  });
}
