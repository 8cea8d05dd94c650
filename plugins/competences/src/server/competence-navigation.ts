import { injectable } from 'inversify';
import type { NavigationContribution, NavigationEntry } from '@dots/core';
import {
  COMPETENCE_PERMISSIONS, COMPETENCES_PLUGIN_ID,
} from '../common/competence-permissions.js';

/**
 * The staff menu's entry to the frameworks screen; the cycles screen is reached from there. A
 * coach holds `competences.view` too and may read the frameworks, so the entry is theirs as well.
 */
@injectable()
export class CompetenceNavigation implements NavigationContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  navigation(): NavigationEntry[] {
    return [{
      id: 'frameworks',
      path: '/competences/frameworks',
      labelKey: 'competences.frameworks.menu',
      layouts: ['staff'],
      permission: COMPETENCE_PERMISSIONS.view,
      order: 50,
    }];
  }
}
