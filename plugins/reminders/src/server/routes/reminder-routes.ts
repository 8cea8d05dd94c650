import { inject, injectable } from 'inversify';
import type { RouteContribution, RouteRegistrar } from '@dots/core';
import { REMINDER_PERMISSIONS, REMINDERS_PLUGIN_ID } from '../../common/reminder-permissions.js';
import { Reminder } from '../entities/reminder.js';
import { ReminderService } from '../services/reminder-service.js';
import { reminderCreateBody, reminderListQuery, reminderPatchBody } from './reminder-schemas.js';

/** The plugin's API, mounted by the core at `/api/reminders`. */
@injectable()
export class ReminderRoutes implements RouteContribution {
  readonly pluginId = REMINDERS_PLUGIN_ID;

  @inject(ReminderService) private readonly reminders!: ReminderService;

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: REMINDER_PERMISSIONS.manage };

    routes.add({
      method: 'get', path: '/', access, query: reminderListQuery,
      summary: 'Your own reminders; due=today gives what is due today or overdue, not done',
      handler: (ctx, { query }) => this.reminders.list(ctx, query),
    });

    routes.add({
      method: 'post', path: '/', access, body: reminderCreateBody, status: 201,
      summary: 'Set a reminder; sending the same id again answers the stored one with 200',
      handler: async (ctx, { body, res }) => {
        const { view, created } = await this.reminders.create(ctx, body);
        if (created) return view;

        // A replay stores nothing, so it may answer before the pipeline's flush.
        res.status(200).json(view);
        return undefined;
      },
    });

    routes.add({
      method: 'get', path: '/:id', access, params: { id: Reminder },
      summary: 'One of your reminders',
      handler: (ctx, { params }) => this.reminders.get(ctx, params.id),
    });

    routes.add({
      method: 'patch', path: '/:id', access, params: { id: Reminder }, body: reminderPatchBody,
      summary: 'Change one of your reminders, or mark it done',
      handler: (ctx, { params, body }) => this.reminders.update(ctx, params.id, body),
    });

    routes.add({
      method: 'delete', path: '/:id', access, params: { id: Reminder },
      summary: 'Delete one of your reminders',
      handler: async (ctx, { params }) => {
        this.reminders.remove(ctx, params.id);
        return undefined;
      },
    });
  }
}
