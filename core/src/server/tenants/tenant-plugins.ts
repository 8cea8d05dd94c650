import type { DotsPluginDefinition } from '../plugins/plugin-definition.js';
import { ConflictError, ValidationError } from '../http/errors.js';

type Installed = readonly Pick<DotsPluginDefinition, 'id' | 'requires' | 'labelEn'>[];

/**
 * The enabled list after switching one plugin on or off. Refuses, naming the plugins in the way,
 * to enable a plugin whose requirement is off or to disable one that an enabled plugin requires:
 * the tenant never runs a plugin without what it builds on.
 */
export function switchPlugin(
  installed: Installed,
  enabled: readonly string[],
  pluginId: string,
  on: boolean,
): string[] {
  const plugin = installed.find((p) => p.id === pluginId)!;
  if (on) {
    const missing = (plugin.requires ?? []).filter((id) => !enabled.includes(id));
    if (missing.length > 0) {
      throw new ConflictError(
        `'${pluginId}' needs ${describe(installed, missing)} to be enabled first.`,
        'plugin_requirement_off',
        { requires: missing },
      );
    }
    return enabled.includes(pluginId) ? [...enabled] : [...enabled, pluginId];
  }

  const dependents = installed
    .filter((p) => enabled.includes(p.id) && (p.requires ?? []).includes(pluginId))
    .map((p) => p.id);
  if (dependents.length > 0) {
    throw new ConflictError(
      `'${pluginId}' cannot be disabled: ${describe(installed, dependents)} ` +
        `${dependents.length === 1 ? 'requires' : 'require'} it. Disable that first.`,
      'plugin_required',
      { requiredBy: dependents },
    );
  }
  return enabled.filter((id) => id !== pluginId);
}

/** Checks a whole list, as a new tenant is given one: installed ids, requirements included. */
export function assertPluginSet(
  installed: Installed,
  enabled: readonly string[],
  field: string,
): void {
  const problems = enabled.flatMap((id, index) => {
    const plugin = installed.find((p) => p.id === id);
    if (!plugin) {
      return [{ field: `${field}.${index}`, message: `'${id}' is not an installed plugin` }];
    }
    const missing = (plugin.requires ?? []).filter((required) => !enabled.includes(required));
    return missing.length === 0 ? [] : [{
      field: `${field}.${index}`,
      message: `'${id}' needs ${describe(installed, missing)} enabled as well`,
    }];
  });
  if (problems.length > 0) throw new ValidationError(problems);
}

function describe(installed: Installed, ids: string[]): string {
  return ids.map((id) => {
    const label = installed.find((p) => p.id === id)?.labelEn;
    return label && label !== id ? `'${id}' (${label})` : `'${id}'`;
  }).join(', ');
}
