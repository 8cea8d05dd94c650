import { inject, injectable } from 'inversify';
import { SectionAccess, type DossierSection, type RequestContext } from '@dots/core';
import { DOSSIER_SECTION_IDS, type DossierSectionId } from '../../common/dossier-permissions.js';

/**
 * The plugin's sections with their defaults, in the order of the person page. They name no
 * permission: the employee, who holds none of the plugin's, must see the visible ones too.
 */
export const DOSSIER_SECTIONS: ReadonlyArray<DossierSection & { id: DossierSectionId }> = [
  { id: DOSSIER_SECTION_IDS.contactData, labelKey: 'dossier.contactData.tab',
    visibleToEmployee: true, order: 10 },
  { id: DOSSIER_SECTION_IDS.emergencyContacts, labelKey: 'dossier.emergencyContacts.tab',
    visibleToEmployee: true, order: 11 },
  { id: DOSSIER_SECTION_IDS.schedules, labelKey: 'dossier.schedules.tab',
    visibleToEmployee: true, order: 12 },
  { id: DOSSIER_SECTION_IDS.workplaces, labelKey: 'dossier.workplaces.tab',
    visibleToEmployee: true, order: 13 },
];

/**
 * Whether the employee sees a section of their own dossier. Without a request it answers the
 * plugin's default (what the sections declare); with one, the tenant's choice as the core's
 * SectionAccess applies it to the session's tabs and to every route that names the section.
 */
@injectable()
export class DossierSectionPolicy {
  @inject(SectionAccess) private readonly access!: SectionAccess;

  visibleToEmployee(ctx: RequestContext | undefined, section: DossierSectionId): boolean {
    if (!ctx) return DOSSIER_SECTIONS.some((s) => s.id === section && s.visibleToEmployee);
    return this.access.sections(ctx).some((s) => s.id === section && s.visibleToEmployee);
  }
}
