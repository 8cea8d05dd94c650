import { injectable } from 'inversify';
import type { PermissionContribution, PermissionDefinition } from '../plugins/extension-points.js';
import { CORE_PERMISSIONS } from '../../common/permissions.js';

@injectable()
export class CorePermissions implements PermissionContribution {
  readonly pluginId = 'core';

  permissions(): PermissionDefinition[] {
    return CORE_PERMISSIONS;
  }
}
