import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../../common/dossier-permissions.js';
import { ContactDataService } from '../services/contact-data-service.js';
import { contactDataBody } from './contact-data-schemas.js';

const tags = ['dossier'];
/** The core answers 404 for the section to whoever may not read it (SectionAccess). */
const section = DOSSIER_SECTION_IDS.contactData;

/** `/api/dossier/people/:personId/contact-data`: one set per person. */
@injectable()
export class ContactDataRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(ContactDataService) private readonly contacts!: ContactDataService;

  registerRoutes(routes: RouteRegistrar): void {
    const path = '/people/:personId/contact-data';
    const params = { personId: Person };
    const manage = { permission: DOSSIER_PERMISSIONS.manage };

    routes.add({
      method: 'get', section, path, tags, params,
      // Signed-in: the employee reads their own while the tenant shows them the section.
      access: 'signed-in',
      summary: "A person's contact data: address, phones, e-mail, language; null while none",
      handler: async (ctx, { params: p }) => ({
        contactData: await this.contacts.get(ctx, p.personId),
      }),
    });

    routes.add({
      method: 'put', section, path, tags, params, access: manage, body: contactDataBody,
      summary: "Store a person's contact data, replacing what was there",
      handler: (ctx, { params: p, body }) => this.contacts.put(ctx, p.personId, body),
    });

    routes.add({
      method: 'delete', section, path, tags, params, access: manage,
      summary: "Remove a person's contact data",
      handler: async (ctx, { params: p }) => {
        await this.contacts.remove(ctx, p.personId);
        return undefined;
      },
    });
  }
}
