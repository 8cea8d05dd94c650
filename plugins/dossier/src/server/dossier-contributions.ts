import { inject, injectable } from 'inversify';
import type {
  DossierSection, DossierSectionContribution, PermissionContribution, PermissionDefinition,
} from '@dots/core';
import { DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID } from '../common/dossier-permissions.js';
import { DOSSIER_SECTIONS, DossierSectionPolicy } from './services/dossier-section-policy.js';

/** `dossier.read` and `dossier.manage`. */
@injectable()
export class DossierPermissions implements PermissionContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  permissions(): PermissionDefinition[] {
    return [
      {
        name: DOSSIER_PERMISSIONS.read,
        labelNl: 'Dossier lezen: contactgegevens, noodcontacten, uurrooster, werkplaats',
        labelEn: 'Read the dossier: contact data, emergency contacts, schedule, workplace',
        defaultRoles: ['admin', 'staff', 'coach'],
      },
      {
        name: DOSSIER_PERMISSIONS.manage,
        labelNl: 'Dossier bijhouden: contactgegevens, noodcontacten, uurrooster, werkplaats',
        labelEn: 'Keep the dossier: contact data, emergency contacts, schedule, workplace',
        defaultRoles: ['admin', 'staff'],
      },
    ];
  }
}

/** The person page's sections of this plugin, each marked visible to the employee or not. */
@injectable()
export class DossierSections implements DossierSectionContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(DossierSectionPolicy) private readonly policy!: DossierSectionPolicy;

  sections(): DossierSection[] {
    return DOSSIER_SECTIONS.map((section) => ({
      ...section, visibleToEmployee: this.policy.visibleToEmployee(undefined, section.id),
    }));
  }
}
