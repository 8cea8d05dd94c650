import { inject, injectable } from 'inversify';
import { ValidationError, type Person, type RequestContext } from '@dots/core';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import type { ScheduleList, ScheduleView } from '../../common/dossier-views.js';
import { checkPattern, type ScheduleCreateBody, type SchedulePatchBody } from
  '../routes/schedule-schemas.js';
import { DossierWorkSchedule } from '../entities/work-schedule.js';
import { addDays } from './calendar-dates.js';
import { DossierAccess } from './dossier-access.js';
import { scheduleView } from './dossier-view-mappers.js';

const SECTION = DOSSIER_SECTION_IDS.schedules;

/** The full-time week when the tenant names none. */
export const DEFAULT_FULL_TIME_HOURS = 38;

/**
 * Work schedules and their history. A person has at most one schedule on any day: a new one
 * must start after the latest one started, and ends the schedule running then on the day
 * before it starts.
 */
@injectable()
export class ScheduleService {
  @inject(DossierAccess) private readonly access!: DossierAccess;

  /** Newest first: the history of the person's schedules. */
  async list(ctx: RequestContext, person: Person): Promise<ScheduleList> {
    this.access.assertCanRead(ctx, person, SECTION);
    const rows = await this.schedulesOf(ctx, person.id);
    this.access.auditRead(ctx, person, SECTION);
    return { items: rows.map((row) => scheduleView(row, fullTimeHoursOf(ctx))) };
  }

  get(ctx: RequestContext, row: DossierWorkSchedule): ScheduleView {
    this.access.assertCanRead(ctx, row.person, SECTION);
    this.access.auditRead(ctx, row.person, SECTION);
    return scheduleView(row, fullTimeHoursOf(ctx));
  }

  async create(
    ctx: RequestContext,
    person: Person,
    body: ScheduleCreateBody,
  ): Promise<ScheduleView> {
    const existing = await this.schedulesOf(ctx, person.id);
    const latest = existing[0];
    if (latest && latest.validFrom >= body.validFrom) {
      throw ValidationError.field('validFrom',
        `must be after ${latest.validFrom}, the start of the latest schedule`);
    }

    // The schedule running on the new start ends the day before; older ones are history already.
    const dayBefore = addDays(body.validFrom, -1);
    if (latest && (!latest.validTo || latest.validTo > dayBefore)) latest.validTo = dayBefore;

    const row = ctx.em.create(DossierWorkSchedule, {
      person, label: body.label ?? null, validFrom: body.validFrom,
      validTo: body.validTo ?? null, alternating: body.alternating, days: body.days,
    });
    ctx.em.persist(row);

    this.audit(ctx, 'dossier.schedule.create', row, Object.keys(body));
    return scheduleView(row, fullTimeHoursOf(ctx));
  }

  async update(
    ctx: RequestContext,
    row: DossierWorkSchedule,
    body: SchedulePatchBody,
  ): Promise<ScheduleView> {
    const alternating = body.alternating ?? row.alternating;
    const days = body.days ?? row.days;
    checkPattern(days, alternating, (message, path) => {
      throw ValidationError.field(['days', ...path].join('.'), message);
    });
    if (body.validTo !== undefined) await this.assertEnd(ctx, row, body.validTo);

    if (body.label !== undefined) row.label = body.label;
    if (body.validTo !== undefined) row.validTo = body.validTo;
    row.alternating = alternating;
    row.days = days;

    this.audit(ctx, 'dossier.schedule.update', row, Object.keys(body));
    return scheduleView(row, fullTimeHoursOf(ctx));
  }

  /** Deleting a schedule gives its days back to the one it had ended, so no gap opens. */
  async remove(ctx: RequestContext, row: DossierWorkSchedule): Promise<void> {
    const previous = await ctx.em.findOne(DossierWorkSchedule, {
      person: row.person.id, validTo: addDays(row.validFrom, -1),
    });
    if (previous) previous.validTo = row.validTo ?? null;

    ctx.em.remove(row);
    this.audit(ctx, 'dossier.schedule.delete', row, []);
  }

  /** The person's schedules, newest first. */
  schedulesOf(ctx: RequestContext, personId: string): Promise<DossierWorkSchedule[]> {
    return ctx.em.find(DossierWorkSchedule, { person: personId }, {
      orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
    });
  }

  /** A new end may not come before the start, nor reach into the next schedule. */
  private async assertEnd(
    ctx: RequestContext,
    row: DossierWorkSchedule,
    validTo: string | null,
  ): Promise<void> {
    if (validTo !== null && validTo < row.validFrom) {
      throw ValidationError.field('validTo', 'must not be before validFrom');
    }
    const next = await ctx.em.findOne(DossierWorkSchedule, {
      person: row.person.id, validFrom: { $gt: row.validFrom },
    }, { orderBy: { validFrom: 'asc' } });
    if (next && (validTo === null || validTo >= next.validFrom)) {
      throw ValidationError.field('validTo',
        `must be before ${next.validFrom}, the start of the next schedule`);
    }
  }

  private audit(
    ctx: RequestContext,
    action: string,
    row: DossierWorkSchedule,
    fields: string[],
  ): void {
    ctx.audit({
      action, subjectType: 'dossier_work_schedule', subjectId: row.id,
      personId: row.person.id, details: { fields },
    });
  }
}

/** The tenant's full-time week in hours (settings.fullTimeHours, default 38). */
export function fullTimeHoursOf(ctx: RequestContext): number {
  return ctx.tenant?.settings.fullTimeHours ?? DEFAULT_FULL_TIME_HOURS;
}
