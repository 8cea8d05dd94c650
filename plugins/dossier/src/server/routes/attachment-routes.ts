import { inject, injectable } from 'inversify';
import type { RouteContribution, RouteRegistrar } from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../../common/dossier-permissions.js';
import { DossierAttachment } from '../entities/attachment.js';
import { DossierConversation } from '../entities/conversation.js';
import { AttachmentService } from '../services/attachment-service.js';

const tags = ['dossier'];
const section = DOSSIER_SECTION_IDS.conversations;

/** Files of a conversation: PDF and images, type read from the bytes, at most 10 MB. */
@injectable()
export class AttachmentRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(AttachmentService) private readonly attachments!: AttachmentService;

  registerRoutes(routes: RouteRegistrar): void {
    const manage = { permission: DOSSIER_PERMISSIONS.manage };
    const one = { id: DossierAttachment };

    routes.add({
      method: 'post', path: '/conversations/:id/attachments', tags, section,
      params: { id: DossierConversation }, access: manage, multipart: true, status: 201,
      summary: 'Add a file (multipart/form-data, one part named file): PDF, PNG, JPEG or ' +
        'WebP, at most 10 MB, its type read from its content',
      handler: (ctx, { params, req }) => this.attachments.upload(ctx, params.id, req),
    });

    routes.add({
      method: 'get', path: '/attachments/:id/content', tags, section, params: one,
      access: 'signed-in',
      summary: 'The file itself, as a download',
      handler: async (ctx, { params, res }) => {
        await this.attachments.download(ctx, params.id, res);
        return undefined;
      },
    });

    routes.add({
      method: 'delete', path: '/attachments/:id', tags, section, params: one, access: manage,
      summary: 'Remove a file',
      handler: async (ctx, { params }) => {
        await this.attachments.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
