import { injectable } from 'inversify';
import type {
  DossierSection, DossierSectionContribution, PermissionContribution, PermissionDefinition,
} from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION,
} from '../common/competence-permissions.js';

/**
 * Frameworks are the organisation's policy (admin and staff); coaches measure on the work floor.
 * The employee holds none of them yet: their own self-assessment and shared results come with
 * routes of their own.
 */
@injectable()
export class CompetencePermissions implements PermissionContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  permissions(): PermissionDefinition[] {
    return [{
      name: COMPETENCE_PERMISSIONS.manage,
      labelNl: 'Competentiekaders beheren',
      labelEn: 'Manage competence frameworks',
      defaultRoles: ['admin', 'staff'],
    }, {
      name: COMPETENCE_PERMISSIONS.measure,
      labelNl: 'Competenties meten',
      labelEn: 'Measure competences',
      defaultRoles: ['admin', 'staff', 'coach'],
    }, {
      name: COMPETENCE_PERMISSIONS.view,
      labelNl: 'Competentiemetingen bekijken',
      labelEn: 'View competence measurements',
      defaultRoles: ['admin', 'staff', 'coach'],
    }];
  }
}

/** The person page's competences tab; hidden from the employee until results can be shared. */
@injectable()
export class CompetenceDossierSection implements DossierSectionContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  sections(): DossierSection[] {
    return [{
      id: MEASUREMENTS_SECTION,
      labelKey: 'competences.tab',
      permission: COMPETENCE_PERMISSIONS.view,
      visibleToEmployee: false,
      order: 40,
    }];
  }
}
