import type { ContainerModule } from 'inversify';
import type { EntityClass } from '@mikro-orm/core';
import type { Migration } from '../db/migration.js';

/** What a plugin package's server entry default-exports. See docs/plugins.md. */
export interface DotsPluginDefinition {
  /** Lower-case, dash-separated; also the API mount point `/api/<id>`. */
  id: string;
  version: string;
  /** Ids of plugins that must be installed, and enabled for a tenant before this one can be. */
  requires?: string[];
  labelNl: string;
  labelEn: string;
  descriptionNl?: string;
  descriptionEn?: string;
  entities?: EntityClass<unknown>[];
  /** In order; never edit one that has shipped, add a new one. */
  migrations?: Migration[];
  /** Binds the plugin's services and its contributions to the core's extension points. */
  module?: ContainerModule;
}

export function definePlugin(definition: DotsPluginDefinition): DotsPluginDefinition {
  return definition;
}
