import { injectable } from 'inversify';
import type { FilterQuery } from '@mikro-orm/core';
import type { AgendaContribution, AgendaItem, AgendaQuery, RequestContext } from '@dots/core';
import { REMINDERS_PLUGIN_ID } from '../../common/reminder-permissions.js';
import { Reminder } from '../entities/reminder.js';

/** The dossier section of the plugin: the core drops the items for whoever may not read it. */
const SECTION = 'reminders';

/**
 * The caller's own reminders due in the range, for the staff agenda. A reminder is private to
 * the account that set it, so a colleague's agenda, or everyone's, never shows it to another
 * account: `coach=all` gives the caller's own reminders among everyone's other items.
 */
@injectable()
export class ReminderAgenda implements AgendaContribution {
  readonly pluginId = REMINDERS_PLUGIN_ID;

  async agendaItems(ctx: RequestContext, query: AgendaQuery): Promise<AgendaItem[]> {
    const own = ctx.requireAccount().id;
    if (query.ownerAccountId && query.ownerAccountId !== own) return [];
    if (query.personIds?.length === 0) return [];

    const where: FilterQuery<Reminder> = {
      owner: own, dueDate: { $gte: query.from, $lte: query.to },
    };
    if (query.personIds) where.person = { $in: query.personIds };

    const reminders = await ctx.em.find(Reminder, where, {
      orderBy: [{ dueDate: 'asc' }, { dueTime: 'asc' }, { id: 'asc' }],
    });
    return reminders.map((reminder) => itemOf(reminder, own));
  }
}

function itemOf(reminder: Reminder, owner: string): AgendaItem {
  const personId = reminder.person?.id;
  return {
    id: `reminder:${reminder.id}`,
    kind: 'reminder',
    date: reminder.dueDate,
    ...(reminder.dueTime ? { time: reminder.dueTime } : {}),
    title: reminder.text,
    ...(personId ? { personId } : {}),
    ownerAccountId: owner,
    done: reminder.done,
    // About a person: that person's reminders tab; otherwise the list of one's own reminders.
    link: personId ? `/people/${personId}?tab=${SECTION}` : '/reminders',
    section: SECTION,
  };
}
