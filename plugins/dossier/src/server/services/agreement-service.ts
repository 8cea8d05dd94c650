import { inject, injectable } from 'inversify';
import { ConflictError, StaffDirectory, type RequestContext } from '@dots/core';
import type { AgreementView } from '../../common/conversation-views.js';
import type { AgreementCreateBody, AgreementPatchBody } from '../routes/conversation-schemas.js';
import { DossierAgreement } from '../entities/agreement.js';
import type { DossierConversation } from '../entities/conversation.js';
import { agreementView } from './conversation-view-mappers.js';
import { ConversationService } from './conversation-service.js';

/** The agreements of a conversation: added, changed (done or not) and removed one by one. */
@injectable()
export class AgreementService {
  @inject(ConversationService) private readonly conversations!: ConversationService;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;

  async create(
    ctx: RequestContext,
    conversation: DossierConversation,
    body: AgreementCreateBody,
  ): Promise<AgreementView> {
    const input = await this.conversations.agreementInput(ctx, body, '');
    const row = ctx.em.create(DossierAgreement, {
      ...input, conversation, person: conversation.person,
    });
    ctx.em.persist(row);
    this.audit(ctx, 'dossier.agreement.create', row, Object.keys(body));
    await ctx.em.flush();
    return agreementView(row);
  }

  async update(
    ctx: RequestContext,
    row: DossierAgreement,
    body: AgreementPatchBody,
  ): Promise<AgreementView> {
    if (body.version !== row.version) throw ConflictError.staleVersion('agreement', row.version);

    if (body.ownerAccountId !== undefined) {
      row.owner = await this.staff.require(ctx, body.ownerAccountId, 'ownerAccountId');
    }
    if (body.text !== undefined) row.text = body.text;
    if (body.dueDate !== undefined) row.dueDate = body.dueDate;
    if (body.done !== undefined && body.done !== row.done) {
      row.done = body.done;
      row.doneAt = body.done ? new Date() : null;
    }

    const fields = Object.keys(body).filter((key) => key !== 'version');
    this.audit(ctx, 'dossier.agreement.update', row, fields);
    await ctx.em.flush();
    await ctx.em.populate(row, ['owner']);
    return agreementView(row);
  }

  remove(ctx: RequestContext, row: DossierAgreement): void {
    ctx.em.remove(row);
    this.audit(ctx, 'dossier.agreement.delete', row, []);
  }

  private audit(ctx: RequestContext, action: string, row: DossierAgreement, fields: string[]) {
    ctx.audit({
      action, subjectType: 'dossier_agreement', subjectId: row.id, personId: row.person.id,
      details: { fields },
    });
  }
}
