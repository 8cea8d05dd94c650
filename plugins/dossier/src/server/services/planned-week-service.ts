import { inject, injectable } from 'inversify';
import { todayInBrussels, type Person, type RequestContext } from '@dots/core';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import type { PlannedDayView, PlannedWeekView } from '../../common/dossier-views.js';
import type { DossierWorkSchedule } from '../entities/work-schedule.js';
import { addDays, isoWeekday, mondayOf } from './calendar-dates.js';
import { DossierAccess } from './dossier-access.js';
import { hoursOf, plannedMinutesOf, weekOn } from './schedule-hours.js';
import { ScheduleService } from './schedule-service.js';

/**
 * What the schedules plan for one calendar week, Monday to Sunday, day by day. Planned hours:
 * the week in which summer time starts or ends has the hours of any other week (see
 * schedule-hours.ts). A night shift counts on the day it starts.
 */
@injectable()
export class PlannedWeekService {
  @inject(DossierAccess) private readonly access!: DossierAccess;
  @inject(ScheduleService) private readonly schedules!: ScheduleService;

  async week(ctx: RequestContext, person: Person, date?: string): Promise<PlannedWeekView> {
    this.access.assertCanRead(ctx, person, DOSSIER_SECTION_IDS.schedules);
    const weekStart = mondayOf(date ?? todayInBrussels(new Date()));
    const rows = await this.schedules.schedulesOf(ctx, person.id);

    const days = [0, 1, 2, 3, 4, 5, 6]
      .map((offset) => plannedDay(rows, addDays(weekStart, offset)));
    const plannedMinutes = days.reduce((sum, day) => sum + day.plannedMinutes, 0);

    this.access.auditRead(ctx, person, DOSSIER_SECTION_IDS.schedules);
    return {
      weekStart, weekEnd: addDays(weekStart, 6), days, plannedMinutes,
      plannedHours: hoursOf(plannedMinutes),
    };
  }
}

function plannedDay(rows: readonly DossierWorkSchedule[], date: string): PlannedDayView {
  const schedule = rows.find((row) =>
    row.validFrom <= date && (!row.validTo || row.validTo >= date));
  const none = { date, start: null, end: null, breakMinutes: 0, plannedMinutes: 0 };
  if (!schedule) return { ...none, scheduleId: null, week: null };

  const week = weekOn(schedule.validFrom, date, schedule.alternating);
  const day = schedule.days.find((d) => d.week === week && d.weekday === isoWeekday(date));
  if (!day) return { ...none, scheduleId: schedule.id, week };

  return {
    date, scheduleId: schedule.id, week, start: day.start, end: day.end,
    breakMinutes: day.breakMinutes, plannedMinutes: plannedMinutesOf(day),
  };
}
