import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../../common/dossier-permissions.js';
import { DossierEmergencyContact } from '../entities/emergency-contact.js';
import { EmergencyContactService } from '../services/emergency-contact-service.js';
import {
  emergencyContactCreateBody, emergencyContactPatchBody,
} from './emergency-contact-schemas.js';

const tags = ['dossier'];
/** The core answers 404 for the section to whoever may not read it (SectionAccess). */
const section = DOSSIER_SECTION_IDS.emergencyContacts;

/** Emergency contacts: listed and added per person, changed and removed by id. */
@injectable()
export class EmergencyContactRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(EmergencyContactService) private readonly contacts!: EmergencyContactService;

  registerRoutes(routes: RouteRegistrar): void {
    const manage = { permission: DOSSIER_PERMISSIONS.manage };
    const person = { personId: Person };
    const one = { id: DossierEmergencyContact };

    routes.add({
      method: 'get', section, path: '/people/:personId/emergency-contacts', tags, params: person,
      access: 'signed-in',
      summary: "A person's emergency contacts, by priority",
      handler: (ctx, { params }) => this.contacts.list(ctx, params.personId),
    });

    routes.add({
      method: 'post', section, path: '/people/:personId/emergency-contacts', tags, params: person,
      access: manage, body: emergencyContactCreateBody, status: 201,
      summary: 'Add an emergency contact; without a priority it comes after the others',
      handler: (ctx, { params, body }) => this.contacts.create(ctx, params.personId, body),
    });

    routes.add({
      method: 'get', section, path: '/emergency-contacts/:id', tags, params: one,
      access: 'signed-in',
      summary: 'One emergency contact',
      handler: async (ctx, { params }) => this.contacts.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', section, path: '/emergency-contacts/:id', tags, params: one, access: manage,
      body: emergencyContactPatchBody,
      summary: 'Change an emergency contact',
      handler: async (ctx, { params, body }) => this.contacts.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', section, path: '/emergency-contacts/:id', tags, params: one, access: manage,
      summary: 'Remove an emergency contact',
      handler: async (ctx, { params }) => {
        this.contacts.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
