import { injectable } from 'inversify';
import type {
  DossierSection, DossierSectionContribution, PermissionContribution, PermissionDefinition,
} from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION, SELF_ASSESSMENT_SECTION,
} from '../common/competence-permissions.js';

/**
 * Frameworks are the organisation's policy (admin and staff); coaches measure on the work floor.
 * The employee holds only `competences.self-assess`: their own self-assessments and the results
 * shared with them, through routes of their own under `/me`.
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
    }, {
      name: COMPETENCE_PERMISSIONS.selfAssess,
      labelNl: 'Zichzelf beoordelen en gedeelde resultaten zien',
      labelEn: 'Assess yourself and see shared results',
      defaultRoles: ['employee'],
    }];
  }
}

/**
 * The person page's competences tab, hidden from the employee by default; and the employee's
 * own part (self-assessments, shared results), which only holders of `competences.self-assess`
 * read and employees see unless the tenant hides it. Staff read self-assessments in the first.
 */
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
    }, {
      id: SELF_ASSESSMENT_SECTION,
      labelKey: 'competences.selfAssessmentSection',
      permission: COMPETENCE_PERMISSIONS.selfAssess,
      visibleToEmployee: true,
      order: 41,
    }];
  }
}
