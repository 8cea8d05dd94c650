import { inject, injectable } from 'inversify';
import type { RouteContribution, RouteRegistrar } from '@dots/core';
import { DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID } from '../../common/dossier-permissions.js';
import { DossierConversationType } from '../entities/conversation-type.js';
import { ConversationTypeService } from '../services/conversation-type-service.js';
import {
  conversationTypeCreateBody, conversationTypePatchBody,
} from './conversation-type-schemas.js';

const tags = ['dossier'];

/** The built-in conversation types and the tenant's own, which its admins keep. */
@injectable()
export class ConversationTypeRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(ConversationTypeService) private readonly types!: ConversationTypeService;

  registerRoutes(routes: RouteRegistrar): void {
    const manage = { permission: DOSSIER_PERMISSIONS.manageTypes };
    const one = { id: DossierConversationType };

    routes.add({
      method: 'get', path: '/conversation-types', tags,
      access: { permission: DOSSIER_PERMISSIONS.read },
      summary: 'The conversation types: the built-in ones, then the tenant\'s own',
      handler: (ctx) => this.types.list(ctx),
    });

    routes.add({
      method: 'post', path: '/conversation-types', tags, access: manage,
      body: conversationTypeCreateBody, status: 201,
      summary: 'Add a conversation type of the tenant\'s own',
      handler: async (ctx, { body }) => this.types.create(ctx, body),
    });

    routes.add({
      method: 'patch', path: '/conversation-types/:id', tags, params: one, access: manage,
      body: conversationTypePatchBody,
      summary: 'Rename an own conversation type, or retire it or bring it back (`active`)',
      handler: async (ctx, { params, body }) => this.types.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', path: '/conversation-types/:id', tags, params: one, access: manage,
      summary: 'Delete an own conversation type; one in use is retired instead',
      handler: async (ctx, { params }) => {
        await this.types.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
