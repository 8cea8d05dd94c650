import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../../common/dossier-permissions.js';
import { DossierAgreement } from '../entities/agreement.js';
import { DossierConversation } from '../entities/conversation.js';
import { AgreementService } from '../services/agreement-service.js';
import { ConversationService } from '../services/conversation-service.js';
import {
  agreementCreateBody, agreementPatchBody, conversationCreateBody, conversationPatchBody,
} from './conversation-schemas.js';

const tags = ['dossier'];
/** The core answers 404 for the section to whoever may not read it (SectionAccess). */
const section = DOSSIER_SECTION_IDS.conversations;

/** Conversations per person, and their agreements. */
@injectable()
export class ConversationRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(ConversationService) private readonly conversations!: ConversationService;
  @inject(AgreementService) private readonly agreements!: AgreementService;

  registerRoutes(routes: RouteRegistrar): void {
    const manage = { permission: DOSSIER_PERMISSIONS.manage };
    const person = { personId: Person };
    const one = { id: DossierConversation };
    const agreement = { id: DossierAgreement };

    routes.add({
      method: 'get', path: '/people/:personId/conversations', tags, section, params: person,
      access: 'signed-in',
      summary: "A person's conversations, newest first, with agreements and attachments",
      handler: (ctx, { params }) => this.conversations.list(ctx, params.personId),
    });

    routes.add({
      method: 'post', path: '/people/:personId/conversations', tags, section, params: person,
      access: manage, body: conversationCreateBody, status: 201,
      summary: 'Record a conversation, with its participants and agreements',
      handler: (ctx, { params, body }) => this.conversations.create(ctx, params.personId, body),
    });

    routes.add({
      method: 'get', path: '/conversations/:id', tags, section, params: one, access: 'signed-in',
      summary: 'One conversation',
      handler: (ctx, { params }) => this.conversations.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', path: '/conversations/:id', tags, section, params: one, access: manage,
      body: conversationPatchBody,
      summary: 'Change a conversation; `version` is the one read (409 when it is old)',
      handler: (ctx, { params, body }) => this.conversations.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', path: '/conversations/:id', tags, section, params: one, access: manage,
      summary: 'Remove a conversation with its agreements and attachments',
      handler: async (ctx, { params }) => {
        await this.conversations.remove(ctx, params.id);
        return undefined;
      },
    });

    routes.add({
      method: 'post', path: '/conversations/:id/agreements', tags, section, params: one,
      access: manage, body: agreementCreateBody, status: 201,
      summary: 'Add an agreement: what, who (a colleague) and by when',
      handler: (ctx, { params, body }) => this.agreements.create(ctx, params.id, body),
    });

    routes.add({
      method: 'patch', path: '/agreements/:id', tags, section, params: agreement,
      access: manage, body: agreementPatchBody,
      summary: 'Change an agreement or mark it done; `version` is the one read',
      handler: (ctx, { params, body }) => this.agreements.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', path: '/agreements/:id', tags, section, params: agreement,
      access: manage,
      summary: 'Remove an agreement',
      handler: async (ctx, { params }) => {
        this.agreements.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
