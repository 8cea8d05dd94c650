import { injectable } from 'inversify';
import { ValidationError, type RequestContext } from '@dots/core';
import {
  BUILT_IN_CONVERSATION_TYPES, type ConversationTypeRef, type ConversationTypeView,
} from '../../common/conversation-views.js';
import type {
  ConversationTypeCreateBody, ConversationTypePatchBody,
} from '../routes/conversation-type-schemas.js';
import { DossierConversation } from '../entities/conversation.js';
import { DossierConversationType } from '../entities/conversation-type.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a conversation names as its type, checked: a built-in code or an own type. */
export interface ResolvedType {
  code: string;
  ownType: DossierConversationType | null;
}

/** The built-in conversation types and the tenant's own ones. */
@injectable()
export class ConversationTypeService {
  async list(ctx: RequestContext): Promise<ConversationTypeView[]> {
    const own = await ctx.em.find(DossierConversationType, {}, {
      orderBy: [{ labelNl: 'asc' }, { id: 'asc' }],
    });
    const builtIn = BUILT_IN_CONVERSATION_TYPES.map((type) => ({
      id: null, ...type, builtIn: true, active: true,
    }));
    return [...builtIn, ...own.map(ownTypeView)];
  }

  create(ctx: RequestContext, body: ConversationTypeCreateBody): ConversationTypeView {
    const row = ctx.em.create(DossierConversationType, body);
    ctx.em.persist(row);
    this.audit(ctx, 'dossier.conversation-type.create', row);
    return ownTypeView(row);
  }

  update(
    ctx: RequestContext,
    row: DossierConversationType,
    body: ConversationTypePatchBody,
  ): ConversationTypeView {
    if (body.labelNl !== undefined) row.labelNl = body.labelNl;
    if (body.labelEn !== undefined) row.labelEn = body.labelEn;
    if (body.active !== undefined) row.active = body.active;
    this.audit(ctx, 'dossier.conversation-type.update', row);
    return ownTypeView(row);
  }

  /** Deletes a type no conversation uses; one in use is retired, so its label stays. */
  async remove(ctx: RequestContext, row: DossierConversationType): Promise<void> {
    const used = await ctx.em.count(DossierConversation, { ownType: row.id });
    if (used > 0) {
      row.active = false;
      this.audit(ctx, 'dossier.conversation-type.retire', row);
      return;
    }
    ctx.em.remove(row);
    this.audit(ctx, 'dossier.conversation-type.delete', row);
  }

  /** The type a new or changed conversation names; a retired own type is refused. */
  async resolve(ctx: RequestContext, code: string, field: string): Promise<ResolvedType> {
    if (BUILT_IN_CONVERSATION_TYPES.some((type) => type.code === code)) {
      return { code, ownType: null };
    }
    const own = UUID.test(code)
      ? await ctx.em.findOne(DossierConversationType, { id: code.toLowerCase(), active: true })
      : null;
    if (!own) throw ValidationError.field(field, 'not a conversation type of this organisation');
    return { code: own.id, ownType: own };
  }

  private audit(ctx: RequestContext, action: string, row: DossierConversationType): void {
    ctx.audit({ action, subjectType: 'dossier_conversation_type', subjectId: row.id });
  }
}

export function ownTypeView(row: DossierConversationType): ConversationTypeView {
  return {
    id: row.id, code: row.id, labelNl: row.labelNl, labelEn: row.labelEn, builtIn: false,
    active: row.active,
  };
}

/** The label of a stored conversation's type; its own type must be loaded. */
export function typeRefOf(row: DossierConversation): ConversationTypeRef {
  const builtIn = BUILT_IN_CONVERSATION_TYPES.find((type) => type.code === row.typeCode);
  if (builtIn) return { code: builtIn.code, labelNl: builtIn.labelNl, labelEn: builtIn.labelEn };
  if (row.ownType) {
    return { code: row.ownType.id, labelNl: row.ownType.labelNl, labelEn: row.ownType.labelEn };
  }
  // The own type was deleted under it (only possible outside the API): say so plainly.
  return { code: row.typeCode, labelNl: 'Gesprek', labelEn: 'Conversation' };
}
