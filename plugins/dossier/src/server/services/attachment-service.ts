import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { fileTypeFromFile } from 'file-type';
import { inject, injectable } from 'inversify';
import { DotsError, NotFoundError, type RequestContext } from '@dots/core';
import {
  ATTACHMENT_CONTENT_TYPES, ATTACHMENT_MAX_BYTES, type AttachmentView,
} from '../../common/conversation-views.js';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import { DossierAttachment } from '../entities/attachment.js';
import type { DossierConversation } from '../entities/conversation.js';
import { AttachmentStorage } from './attachment-storage.js';
import { attachmentView } from './conversation-view-mappers.js';
import { DossierAccess } from './dossier-access.js';
import { receiveUpload } from './upload-receiver.js';

const SECTION = DOSSIER_SECTION_IDS.conversations;

/**
 * Files of a conversation. An upload is written to a temporary file, its type read from its
 * first bytes, renamed to its final name, and only then is its row stored: a refused or broken
 * upload leaves neither a file nor a row.
 */
@injectable()
export class AttachmentService {
  @inject(AttachmentStorage) private readonly storage!: AttachmentStorage;
  @inject(DossierAccess) private readonly access!: DossierAccess;

  async upload(
    ctx: RequestContext,
    conversation: DossierConversation,
    req: Request,
  ): Promise<AttachmentView> {
    const tenantId = ctx.tenantId();
    const temporary = await this.storage.temporaryPath(tenantId);
    let kept: DossierAttachment | undefined;
    try {
      const file = await receiveUpload(req, temporary, ATTACHMENT_MAX_BYTES);
      const contentType = await sniffedType(temporary);

      const row = ctx.em.create(DossierAttachment, {
        conversation, person: conversation.person, fileName: file.fileName, contentType,
        size: file.size, uploadedBy: ctx.requireAccount(),
      });
      await this.storage.keep(temporary, tenantId, row.id);
      kept = row;
      ctx.em.persist(row);
      this.audit(ctx, 'dossier.attachment.create', row);
      await ctx.em.flush();
      return attachmentView(row);
    } catch (error) {
      await this.storage.discard(ctx, temporary);
      if (kept) await this.storage.remove(ctx, tenantId, kept.id);
      throw error;
    }
  }

  /** Answers the bytes as a download: never shown inline, never sniffed by the browser. */
  async download(ctx: RequestContext, row: DossierAttachment, res: Response): Promise<void> {
    this.access.assertCanRead(ctx, row.person, SECTION);
    const handle = await this.storage.open(ctx.tenantId(), row.id);
    if (!handle) throw new NotFoundError('dossier attachment');

    try {
      const { size } = await handle.stat();
      this.access.auditRead(ctx, row.person, SECTION);
      await ctx.em.flush();

      // content-disposition (through Express) writes the RFC 6266 form: an ASCII fallback
      // and the UTF-8 name as filename*.
      res.attachment(row.fileName);
      res.setHeader('Content-Type', row.contentType);
      res.setHeader('Content-Length', String(size));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.status(200);
      await pipeline(handle.createReadStream({ autoClose: false }), res);
    } catch (error) {
      // The reader went away mid-download: there is no one left to answer.
      if (res.headersSent && res.destroyed) return;
      throw error;
    } finally {
      await handle.close();
    }
  }

  async remove(ctx: RequestContext, row: DossierAttachment): Promise<void> {
    ctx.em.remove(row);
    this.audit(ctx, 'dossier.attachment.delete', row);
    await ctx.em.flush();
    await this.storage.remove(ctx, ctx.tenantId(), row.id);
  }

  private audit(ctx: RequestContext, action: string, row: DossierAttachment): void {
    ctx.audit({
      action, subjectType: 'dossier_attachment', subjectId: row.id, personId: row.person.id,
      details: { contentType: row.contentType, size: row.size },
    });
  }
}

/** The type the bytes say, when it is one DOTS keeps; otherwise 415 naming `file`. */
async function sniffedType(file: string): Promise<string> {
  const type = await fileTypeFromFile(file);
  const allowed = ATTACHMENT_CONTENT_TYPES.find((mime) => mime === type?.mime);
  if (!allowed) {
    throw new DotsError(415, 'unsupported_media_type',
      'DOTS keeps PDF files and PNG, JPEG or WebP images only.',
      [{ field: 'file', message: 'must be a PDF, PNG, JPEG or WebP file' }]);
  }
  return allowed;
}
