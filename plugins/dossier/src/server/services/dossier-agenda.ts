import { injectable } from 'inversify';
import type { FilterQuery } from '@mikro-orm/core';
import type { AgendaContribution, AgendaItem, AgendaQuery, RequestContext } from '@dots/core';
import { DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import { DossierAgreement } from '../entities/agreement.js';
import { DossierConversation } from '../entities/conversation.js';
import { typeRefOf } from './conversation-type-service.js';

const SECTION = DOSSIER_SECTION_IDS.conversations;

/** The person page's conversations tab, where both kinds of item open. */
export function conversationsLink(personId: string): string {
  return `/people/${personId}?tab=${SECTION}`;
}

/**
 * The dossier's part of the staff agenda: conversations on their date and agreements, open or
 * done, on their due date.
 *
 * Owners: an agreement's owner is its owner. A conversation belongs to every colleague who
 * took part (its staff participants): asked for one account ("my week"), it shows when that
 * account took part, with that account as owner; asked for everyone, it shows once, owned by
 * the first staff participant listed (none when only outsiders took part).
 */
@injectable()
export class DossierAgenda implements AgendaContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  async agendaItems(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    if (query.personIds?.length === 0) return [];
    const [conversations, agreements] = [
      await this.conversations(ctx, query), await this.agreements(ctx, query),
    ];
    return [...conversations, ...agreements];
  }

  private async conversations(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    const where: FilterQuery<DossierConversation> = { date: { $gte: query.from, $lte: query.to } };
    if (query.personIds) where.person = { $in: query.personIds };
    const rows = await ctx.em.find(DossierConversation, where, {
      populate: ['ownType'], orderBy: [{ date: 'asc' }, { time: 'asc' }, { id: 'asc' }],
    });

    return rows.flatMap((row) => {
      const staff = row.participants.flatMap((p) => (p.accountId ? [p.accountId] : []));
      const owner = query.ownerAccountId ?? staff[0];
      if (query.ownerAccountId && !staff.includes(query.ownerAccountId)) return [];

      const type = typeRefOf(row);
      return [{
        id: `conversation:${row.id}`, kind: 'conversation', date: row.date,
        ...(row.time ? { time: row.time } : {}),
        title: row.title ?? (ctx.locale === 'en' ? type.labelEn : type.labelNl),
        personId: row.person.id, ...(owner ? { ownerAccountId: owner } : {}),
        link: conversationsLink(row.person.id), section: SECTION,
      }];
    });
  }

  private async agreements(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    const where: FilterQuery<DossierAgreement> = {
      dueDate: { $gte: query.from, $lte: query.to },
    };
    if (query.personIds) where.person = { $in: query.personIds };
    if (query.ownerAccountId) where.owner = query.ownerAccountId;
    const rows = await ctx.em.find(DossierAgreement, where, {
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    });

    return rows.map((row) => ({
      id: `agreement:${row.id}`, kind: 'agreement', date: row.dueDate, title: row.text,
      personId: row.person.id, ...(row.owner ? { ownerAccountId: row.owner.id } : {}),
      done: row.done, link: conversationsLink(row.person.id), section: SECTION,
    }));
  }
}
