import { inject, injectable } from 'inversify';
import {
  ConflictError, StaffDirectory, type Person, type RequestContext,
} from '@dots/core';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import type { ConversationView } from '../../common/conversation-views.js';
import type {
  AgreementCreateBody, ConversationCreateBody, ConversationPatchBody,
} from '../routes/conversation-schemas.js';
import { DossierAgreement } from '../entities/agreement.js';
import { DossierAttachment } from '../entities/attachment.js';
import { DossierConversation } from '../entities/conversation.js';
import { AttachmentStorage } from './attachment-storage.js';
import { ConversationTypeService } from './conversation-type-service.js';
import { conversationView } from './conversation-view-mappers.js';
import { DossierAccess } from './dossier-access.js';
import { resolveParticipants } from './participants.js';

const SECTION = DOSSIER_SECTION_IDS.conversations;

/** Conversations with a person, each with its participants, notes, agreements and files. */
@injectable()
export class ConversationService {
  @inject(DossierAccess) private readonly access!: DossierAccess;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;
  @inject(ConversationTypeService) private readonly types!: ConversationTypeService;
  @inject(AttachmentStorage) private readonly storage!: AttachmentStorage;

  /** Newest first: by date, then time (a conversation without a time last that day). */
  async list(ctx: RequestContext, person: Person): Promise<ConversationView[]> {
    this.access.assertCanRead(ctx, person, SECTION);
    const rows = await ctx.em.find(DossierConversation, { person: person.id }, {
      orderBy: [{ date: 'desc' }, { time: 'desc' }, { id: 'desc' }],
    });
    this.access.auditRead(ctx, person, SECTION);
    return this.views(ctx, rows);
  }

  async get(ctx: RequestContext, row: DossierConversation): Promise<ConversationView> {
    this.access.assertCanRead(ctx, row.person, SECTION);
    this.access.auditRead(ctx, row.person, SECTION);
    return (await this.views(ctx, [row]))[0]!;
  }

  async create(
    ctx: RequestContext,
    person: Person,
    body: ConversationCreateBody,
  ): Promise<ConversationView> {
    const type = await this.types.resolve(ctx, body.type, 'type');
    const participants = await resolveParticipants(ctx, this.staff, body.participants ?? []);
    const agreements = [];
    for (const [index, input] of (body.agreements ?? []).entries()) {
      agreements.push(await this.agreementInput(ctx, input, `agreements.${index}`));
    }

    const row = ctx.em.create(DossierConversation, {
      person, date: body.date, time: body.time ?? null, typeCode: type.code,
      ownType: type.ownType, title: body.title ?? null, participants,
      notes: body.notes ?? null,
    });
    ctx.em.persist(row);
    for (const input of agreements) {
      ctx.em.persist(ctx.em.create(DossierAgreement, { ...input, conversation: row, person }));
    }
    this.audit(ctx, 'dossier.conversation.create', row, Object.keys(body));
    await ctx.em.flush();
    return (await this.views(ctx, [row]))[0]!;
  }

  async update(
    ctx: RequestContext,
    row: DossierConversation,
    body: ConversationPatchBody,
  ): Promise<ConversationView> {
    if (body.version !== row.version) throw ConflictError.staleVersion('conversation', row.version);

    if (body.type !== undefined) {
      const type = await this.types.resolve(ctx, body.type, 'type');
      row.typeCode = type.code;
      row.ownType = type.ownType;
    }
    if (body.participants !== undefined) {
      row.participants = await resolveParticipants(ctx, this.staff, body.participants);
    }
    if (body.date !== undefined) row.date = body.date;
    if (body.time !== undefined) row.time = body.time;
    if (body.title !== undefined) row.title = body.title;
    if (body.notes !== undefined) row.notes = body.notes;

    const fields = Object.keys(body).filter((key) => key !== 'version');
    this.audit(ctx, 'dossier.conversation.update', row, fields);
    await ctx.em.flush();
    return (await this.views(ctx, [row]))[0]!;
  }

  /** Removes the conversation with its agreements and attachments, files included. */
  async remove(ctx: RequestContext, row: DossierConversation): Promise<void> {
    const attachments = await ctx.em.find(DossierAttachment, { conversation: row.id });
    const agreements = await ctx.em.find(DossierAgreement, { conversation: row.id });
    for (const child of [...attachments, ...agreements]) ctx.em.remove(child);
    ctx.em.remove(row);
    this.audit(ctx, 'dossier.conversation.delete', row, []);
    await ctx.em.flush();

    // Only once the rows are gone: a file without a row harms nobody, a row without its file
    // would answer 404 on download.
    for (const attachment of attachments) {
      await this.storage.remove(ctx, ctx.tenantId(), attachment.id);
    }
  }

  /** An agreement's fields, its owner checked; `field` names it in the input, if nested. */
  async agreementInput(ctx: RequestContext, input: AgreementCreateBody, field: string) {
    const name = field ? `${field}.ownerAccountId` : 'ownerAccountId';
    const owner = await this.staff.require(ctx, input.ownerAccountId, name);
    return { text: input.text, owner, dueDate: input.dueDate };
  }

  private async views(
    ctx: RequestContext,
    rows: DossierConversation[],
  ): Promise<ConversationView[]> {
    if (rows.length === 0) return [];
    await ctx.em.populate(rows, ['ownType']);
    const ids = rows.map((row) => row.id);
    const agreements = await ctx.em.find(DossierAgreement, { conversation: { $in: ids } }, {
      populate: ['owner'], orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    });
    const attachments = await ctx.em.find(DossierAttachment, { conversation: { $in: ids } }, {
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => conversationView(
      row,
      agreements.filter((a) => a.conversation.id === row.id),
      attachments.filter((a) => a.conversation.id === row.id),
    ));
  }

  private audit(
    ctx: RequestContext,
    action: string,
    row: DossierConversation,
    fields: string[],
  ): void {
    ctx.audit({
      action, subjectType: 'dossier_conversation', subjectId: row.id, personId: row.person.id,
      details: { fields },
    });
  }
}
