import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject, injectable } from 'inversify';
import { TYPES, type RequestContext, type Settings } from '@dots/core';

/**
 * Where attachment bytes live: `<data>/attachments/<tenantId>/<attachmentId>`. Both parts are
 * ids the server made, never anything the uploader sent. A file is written under a temporary
 * name in the same folder and renamed when complete, so no reader ever meets half a file.
 */
@injectable()
export class AttachmentStorage {
  @inject(TYPES.Settings) private readonly settings!: Settings;

  /** A fresh temporary path in the tenant's folder, which is made when missing. */
  async temporaryPath(tenantId: string): Promise<string> {
    const folder = this.folderOf(tenantId);
    await fs.promises.mkdir(folder, { recursive: true });
    return path.join(folder, `.upload-${crypto.randomUUID()}`);
  }

  /** Gives a complete temporary file its final name. */
  async keep(temporary: string, tenantId: string, attachmentId: string): Promise<void> {
    await fs.promises.rename(temporary, this.pathOf(tenantId, attachmentId));
  }

  /** Writes a whole file at once (seeds), through the same temporary-then-rename steps. */
  async write(tenantId: string, attachmentId: string, bytes: Uint8Array): Promise<void> {
    const temporary = await this.temporaryPath(tenantId);
    await fs.promises.writeFile(temporary, bytes, { flag: 'wx' });
    await this.keep(temporary, tenantId, attachmentId);
  }

  /** The file to read, or undefined when it is gone. */
  async open(tenantId: string, attachmentId: string): Promise<fs.promises.FileHandle | undefined> {
    try {
      return await fs.promises.open(this.pathOf(tenantId, attachmentId), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Removes a stored file; one already gone is fine, any other failure is logged only. */
  async remove(ctx: Pick<RequestContext, 'log'>, tenantId: string, attachmentId: string) {
    await this.discard(ctx, this.pathOf(tenantId, attachmentId));
  }

  /** Removes a file by its path (a temporary one), quietly when it is not there. */
  async discard(ctx: Pick<RequestContext, 'log'>, file: string): Promise<void> {
    try {
      await fs.promises.rm(file, { force: true });
    } catch (error) {
      ctx.log.warn({ err: error }, 'attachment file could not be removed');
    }
  }

  pathOf(tenantId: string, attachmentId: string): string {
    return path.join(this.folderOf(tenantId), safeId(attachmentId));
  }

  private folderOf(tenantId: string): string {
    return path.join(this.settings.dataDir, 'attachments', safeId(tenantId));
  }
}

/** Ids are UUIDs; anything else must never reach a path. */
function safeId(id: string): string {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`[DOTS_DOSSIER_1] not an id: ${id.length}`);
  return id;
}
