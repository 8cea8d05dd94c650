import { injectable } from 'inversify';
import type {
  DossierSection, DossierSectionContribution, PermissionContribution, PermissionDefinition,
} from '@dots/core';
import {
  DEVELOPMENT_PLAN_PERMISSIONS, DEVELOPMENT_PLAN_PLUGIN_ID, DEVELOPMENT_PLAN_SECTION,
} from '../common/development-plan-permissions.js';

/**
 * `development-plan.read` includes the employee: the core's person scoping lets them reach
 * their own person's plans only. `development-plan.manage` writes.
 */
@injectable()
export class DevelopmentPlanPermissions implements PermissionContribution {
  readonly pluginId = DEVELOPMENT_PLAN_PLUGIN_ID;

  permissions(): PermissionDefinition[] {
    return [{
      name: DEVELOPMENT_PLAN_PERMISSIONS.read,
      labelNl: 'Persoonlijke ontwikkelingsplannen bekijken',
      labelEn: 'View personal development plans',
      defaultRoles: ['admin', 'staff', 'coach', 'employee'],
    }, {
      name: DEVELOPMENT_PLAN_PERMISSIONS.manage,
      labelNl: 'Persoonlijke ontwikkelingsplannen opstellen en bijwerken',
      labelEn: 'Draw up and update personal development plans',
      defaultRoles: ['admin', 'staff'],
    }];
  }
}

/** The person page's POP tab; the employee sees their own plan and its progress. */
@injectable()
export class DevelopmentPlanDossierSection implements DossierSectionContribution {
  readonly pluginId = DEVELOPMENT_PLAN_PLUGIN_ID;

  sections(): DossierSection[] {
    return [{
      id: DEVELOPMENT_PLAN_SECTION,
      labelKey: 'developmentPlan.tab',
      permission: DEVELOPMENT_PLAN_PERMISSIONS.read,
      visibleToEmployee: true,
      order: 30,
    }];
  }
}
