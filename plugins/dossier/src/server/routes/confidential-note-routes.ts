import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../../common/dossier-permissions.js';
import { DossierConfidentialNote } from '../entities/confidential-note.js';
import { ConfidentialNoteService } from '../services/confidential-note-service.js';
import {
  confidentialNoteCreateBody, confidentialNotePatchBody,
} from './confidential-note-schemas.js';

const tags = ['dossier'];
/** Confidential: the core lets only the roles the tenant names through, never the employee. */
const section = DOSSIER_SECTION_IDS.confidential;

/** Health-related notes per person (domain.md §3). */
@injectable()
export class ConfidentialNoteRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(ConfidentialNoteService) private readonly notes!: ConfidentialNoteService;

  registerRoutes(routes: RouteRegistrar): void {
    const read = { permission: DOSSIER_PERMISSIONS.read };
    const manage = { permission: DOSSIER_PERMISSIONS.manage };
    const person = { personId: Person };
    const one = { id: DossierConfidentialNote };

    routes.add({
      method: 'get', path: '/people/:personId/confidential-notes', tags, section,
      params: person, access: read,
      summary: "A person's confidential notes, newest first",
      handler: (ctx, { params }) => this.notes.list(ctx, params.personId),
    });

    routes.add({
      method: 'post', path: '/people/:personId/confidential-notes', tags, section,
      params: person, access: manage, body: confidentialNoteCreateBody, status: 201,
      summary: 'Add a confidential note: date, category (never a diagnosis code), text',
      handler: (ctx, { params, body }) => this.notes.create(ctx, params.personId, body),
    });

    routes.add({
      method: 'get', path: '/confidential-notes/:id', tags, section, params: one, access: read,
      summary: 'One confidential note',
      handler: (ctx, { params }) => this.notes.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', path: '/confidential-notes/:id', tags, section, params: one,
      access: manage, body: confidentialNotePatchBody,
      summary: 'Change a confidential note',
      handler: (ctx, { params, body }) => this.notes.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', path: '/confidential-notes/:id', tags, section, params: one,
      access: manage,
      summary: 'Remove a confidential note',
      handler: async (ctx, { params }) => {
        this.notes.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
