import { inject, injectable } from 'inversify';
import { Person, type RouteContribution, type RouteRegistrar } from '@dots/core';
import {
  DOSSIER_PERMISSIONS, DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS,
} from '../../common/dossier-permissions.js';
import { DossierWorkSchedule } from '../entities/work-schedule.js';
import { PlannedWeekService } from '../services/planned-week-service.js';
import { ScheduleService } from '../services/schedule-service.js';
import { scheduleCreateBody, schedulePatchBody, scheduleWeekQuery } from './schedule-schemas.js';

const tags = ['dossier'];
/** The core answers 404 for the section to whoever may not read it (SectionAccess). */
const section = DOSSIER_SECTION_IDS.schedules;

/** Work schedules (uurrooster) with their history, and the planned hours of a week. */
@injectable()
export class ScheduleRoutes implements RouteContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(ScheduleService) private readonly schedules!: ScheduleService;
  @inject(PlannedWeekService) private readonly weeks!: PlannedWeekService;

  registerRoutes(routes: RouteRegistrar): void {
    const manage = { permission: DOSSIER_PERMISSIONS.manage };
    const person = { personId: Person };
    const one = { id: DossierWorkSchedule };

    routes.add({
      method: 'get', section, path: '/people/:personId/schedules', tags, params: person,
      access: 'signed-in',
      summary: "A person's work schedules, newest first, with planned hours and work fraction",
      handler: (ctx, { params }) => this.schedules.list(ctx, params.personId),
    });

    routes.add({
      method: 'post', section, path: '/people/:personId/schedules', tags, params: person,
      access: manage, body: scheduleCreateBody, status: 201,
      summary: 'Add a work schedule; the one running then ends the day before it starts',
      handler: (ctx, { params, body }) => this.schedules.create(ctx, params.personId, body),
    });

    routes.add({
      method: 'get', section, path: '/people/:personId/schedule-week', tags, params: person,
      access: 'signed-in', query: scheduleWeekQuery,
      summary: 'Planned hours, day by day, of the week (Monday to Sunday) of a date',
      handler: (ctx, { params, query }) => this.weeks.week(ctx, params.personId, query.date),
    });

    routes.add({
      method: 'get', section, path: '/schedules/:id', tags, params: one, access: 'signed-in',
      summary: 'One work schedule',
      handler: async (ctx, { params }) => this.schedules.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', section, path: '/schedules/:id', tags, params: one, access: manage,
      body: schedulePatchBody,
      summary: 'Change the label, end or pattern of a work schedule (a new start is a new one)',
      handler: (ctx, { params, body }) => this.schedules.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', section, path: '/schedules/:id', tags, params: one, access: manage,
      summary: 'Remove a work schedule; the one it had ended runs on in its place',
      handler: async (ctx, { params }) => {
        await this.schedules.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
