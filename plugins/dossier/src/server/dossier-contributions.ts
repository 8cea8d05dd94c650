import { inject, injectable } from 'inversify';
import type {
  DossierSection, DossierSectionContribution, PermissionContribution, PermissionDefinition,
} from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../common/dossier-permissions.js';
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
      {
        name: DOSSIER_PERMISSIONS.manageTypes,
        labelNl: 'Eigen gesprekstypes toevoegen, hernoemen en intrekken',
        labelEn: "Add, rename and retire the organisation's own conversation types",
        defaultRoles: ['admin'],
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
    const declared = DOSSIER_SECTIONS.map((section) => ({
      ...section, visibleToEmployee: this.policy.visibleToEmployee(undefined, section.id),
    }));
    return [...declared, ...CONVERSATION_SECTIONS];
  }
}

/**
 * Conversations (the employee reads their own by default) and the confidential notes: health
 * detail, only for the roles the tenant names, never for the employee (domain.md §3).
 */
export const CONVERSATION_SECTIONS: DossierSection[] = [
  { id: DOSSIER_SECTION_IDS.conversations, labelKey: 'dossier.conversations.tab',
    visibleToEmployee: true, order: 14 },
  { id: DOSSIER_SECTION_IDS.confidential, labelKey: 'dossier.confidential.tab',
    visibleToEmployee: false, confidential: true, order: 15 },
];
