import { ContainerModule } from 'inversify';
import {
  AgendaContribution, DossierSectionContribution, NavigationContribution, PermissionContribution,
  RouteContribution, SeedContribution, bindContribution, definePlugin,
} from '@dots/core';
import { REMINDERS_PLUGIN_ID } from '../common/reminder-permissions.js';
import { Reminder } from './entities/reminder.js';
import { REMINDER_MIGRATIONS } from './migrations/index.js';
import { ReminderClock } from './services/reminder-clock.js';
import { ReminderService } from './services/reminder-service.js';
import { ReminderAgenda } from './services/reminder-agenda.js';
import { ReminderRoutes } from './routes/reminder-routes.js';
import {
  ReminderDossierSection, ReminderNavigation, ReminderPermissions,
} from './reminder-contributions.js';
import { ReminderSeed } from './seeds/reminder-seed.js';

/** Follow-up reminders: the plugin that proves the plugin contract end to end. */
export default definePlugin({
  id: REMINDERS_PLUGIN_ID,
  version: '0.1.0',
  labelNl: 'Herinneringen',
  labelEn: 'Reminders',
  descriptionNl: 'Opvolgpunten voor jezelf, met of zonder persoon, op een dag en een uur.',
  descriptionEn: 'Follow-up points for yourself, about a person or not, on a day and a time.',
  entities: [Reminder],
  migrations: REMINDER_MIGRATIONS,
  module: new ContainerModule((options) => {
    options.bind(ReminderClock).toSelf().inSingletonScope();
    options.bind(ReminderService).toSelf().inSingletonScope();
    bindContribution(options, ReminderRoutes, [RouteContribution]);
    bindContribution(options, ReminderPermissions, [PermissionContribution]);
    bindContribution(options, ReminderNavigation, [NavigationContribution]);
    bindContribution(options, ReminderSeed, [SeedContribution]);
    bindContribution(options, ReminderDossierSection, [DossierSectionContribution]);
    bindContribution(options, ReminderAgenda, [AgendaContribution]);
  }),
});

export { Reminder };
