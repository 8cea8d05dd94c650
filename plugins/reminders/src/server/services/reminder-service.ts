import { inject, injectable } from 'inversify';
import type { FilterQuery } from '@mikro-orm/core';
import {
  ConflictError, NotFoundError, PERMISSIONS, Person, ValidationError, todayInBrussels,
  type RequestContext,
} from '@dots/core';
import type { ReminderList, ReminderView } from '../../common/reminder-view.js';
import type {
  ReminderCreateBody, ReminderListQuery, ReminderPatchBody,
} from '../routes/reminder-schemas.js';
import { Reminder } from '../entities/reminder.js';
import { ReminderClock } from './reminder-clock.js';
import { reminderView } from './reminder-views.js';

/** The answer to a create: `created` is false for a reminder the client had sent before. */
export interface ReminderCreation {
  view: ReminderView;
  created: boolean;
}

/**
 * Reminders of the signed-in account. The core has already scoped everything to the tenant;
 * this service adds the plugin's own rule: an account sees and touches only its own reminders.
 */
@injectable()
export class ReminderService {
  @inject(ReminderClock) private readonly clock!: ReminderClock;

  async list(ctx: RequestContext, query: ReminderListQuery): Promise<ReminderList> {
    const where: FilterQuery<Reminder> = { owner: ctx.requireAccount().id };
    if (query.personId) where.person = query.personId;
    if (query.due === 'today') {
      where.done = false;
      where.dueDate = { $lte: todayInBrussels(this.clock.now()) };
    }

    // Both databases put a missing time first within a day, so the order is the same on each.
    const [rows, total] = await ctx.em.findAndCount(Reminder, where, {
      orderBy: [{ dueDate: 'asc' }, { dueTime: 'asc' }, { id: 'asc' }],
      limit: query.limit,
      offset: query.offset,
      populate: ['person'],
    });
    return { items: rows.map(reminderView), total };
  }

  async get(ctx: RequestContext, reminder: Reminder): Promise<ReminderView> {
    this.assertOwn(ctx, reminder);
    await ctx.em.populate(reminder, ['person']);
    return reminderView(reminder);
  }

  async create(ctx: RequestContext, body: ReminderCreateBody): Promise<ReminderCreation> {
    const owner = ctx.requireAccount();
    if (body.id) {
      const earlier = await ctx.em.findOne(Reminder, { id: body.id }, { populate: ['person'] });
      if (earlier) return { view: this.replay(ctx, earlier, body), created: false };
    }

    const person = await this.visiblePerson(ctx, body.personId);
    const reminder = ctx.em.create(Reminder, {
      ...(body.id ? { id: body.id } : {}),
      owner, person, text: body.text, dueDate: body.dueDate, dueTime: body.dueTime ?? null,
    });
    ctx.em.persist(reminder);

    this.audit(ctx, 'reminder.create', reminder, ['text', 'dueDate', 'dueTime', 'personId']);
    return { view: reminderView(reminder), created: true };
  }

  async update(
    ctx: RequestContext,
    reminder: Reminder,
    body: ReminderPatchBody,
  ): Promise<ReminderView> {
    this.assertOwn(ctx, reminder);

    if (body.text !== undefined) reminder.text = body.text;
    if (body.dueDate !== undefined) reminder.dueDate = body.dueDate;
    if (body.dueTime !== undefined) reminder.dueTime = body.dueTime;
    if (body.done !== undefined && body.done !== reminder.done) {
      reminder.done = body.done;
      reminder.doneAt = body.done ? this.clock.now() : null;
    }

    this.audit(ctx, 'reminder.update', reminder, Object.keys(body));
    await ctx.em.populate(reminder, ['person']);
    return reminderView(reminder);
  }

  remove(ctx: RequestContext, reminder: Reminder): void {
    this.assertOwn(ctx, reminder);
    ctx.em.remove(reminder);
    this.audit(ctx, 'reminder.delete', reminder, []);
  }

  /** Another account's reminder answers exactly like one that does not exist. */
  private assertOwn(ctx: RequestContext, reminder: Reminder): void {
    if (reminder.owner.id !== ctx.requireAccount().id) throw new NotFoundError('reminder');
  }

  /**
   * A POST with an id that is already stored: a retry of the same reminder answers what was
   * stored; the same id with other content is a client mistake and must not overwrite anything.
   */
  private replay(ctx: RequestContext, earlier: Reminder, body: ReminderCreateBody): ReminderView {
    if (earlier.owner.id !== ctx.requireAccount().id) {
      throw new ConflictError(
        'Another reminder already has this id. Make a new id.', 'duplicate_id',
      );
    }
    const same = earlier.text === body.text && earlier.dueDate === body.dueDate &&
      (earlier.dueTime ?? null) === (body.dueTime ?? null) &&
      (earlier.person?.id ?? null) === (body.personId ?? null);
    if (!same) {
      throw new ConflictError(
        'A reminder with this id was already stored with other content. ' +
          'Change it with PATCH, or make a new id for a new reminder.',
        'duplicate_id',
      );
    }
    return reminderView(earlier);
  }

  /** A person of this tenant that the account may see; anything else is refused as input. */
  private async visiblePerson(
    ctx: RequestContext,
    personId?: string | null,
  ): Promise<Person | null> {
    if (!personId) return null;
    const person = await ctx.em.findOne(Person, { id: personId });
    const visible = !!person && (ctx.can(PERMISSIONS.peopleRead) || person.id === ctx.ownPersonId);
    if (!visible) throw ValidationError.field('personId', 'is not a person you can see here');
    return person;
  }

  private audit(ctx: RequestContext, action: string, reminder: Reminder, fields: string[]): void {
    ctx.audit({
      action, subjectType: 'reminder', subjectId: reminder.id,
      personId: reminder.person?.id, details: { fields },
    });
  }
}
