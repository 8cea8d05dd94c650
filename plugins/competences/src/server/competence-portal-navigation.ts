import { injectable } from 'inversify';
import type { NavigationContribution, NavigationEntry } from '@dots/core';
import { COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID } from '../common/competence-permissions.js';

/**
 * The employee portal's entries: scoring oneself, and the results (one's own and those the coach
 * shared). Only accounts holding `competences.self-assess` get them, the employee by default.
 */
@injectable()
export class CompetencePortalNavigation implements NavigationContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  navigation(): NavigationEntry[] {
    const permission = COMPETENCE_PERMISSIONS.selfAssess;
    return [{
      id: 'self-assessment',
      path: '/me/self-assessment',
      labelKey: 'competences.portal.menu.selfAssessment',
      layouts: ['employee'],
      permission,
      order: 50,
    }, {
      id: 'results',
      path: '/me/competences',
      labelKey: 'competences.portal.menu.results',
      layouts: ['employee'],
      permission,
      order: 51,
    }];
  }
}
