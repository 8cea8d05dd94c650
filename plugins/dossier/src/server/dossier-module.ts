import { ContainerModule } from 'inversify';
import {
  DossierSectionContribution, PermissionContribution, RouteContribution, SeedContribution,
  bindContribution, definePlugin,
} from '@dots/core';
import { DOSSIER_PLUGIN_ID } from '../common/dossier-permissions.js';
import { DossierContactData } from './entities/contact-data.js';
import { DossierEmergencyContact } from './entities/emergency-contact.js';
import { DossierWorkSchedule } from './entities/work-schedule.js';
import { DossierWorkplace } from './entities/workplace.js';
import { DOSSIER_MIGRATIONS } from './migrations/index.js';
import { DossierPermissions, DossierSections } from './dossier-contributions.js';
import { ContactDataRoutes } from './routes/contact-data-routes.js';
import { EmergencyContactRoutes } from './routes/emergency-contact-routes.js';
import { ScheduleRoutes } from './routes/schedule-routes.js';
import { WorkplaceRoutes } from './routes/workplace-routes.js';
import { ContactDataService } from './services/contact-data-service.js';
import { DossierAccess } from './services/dossier-access.js';
import { DossierSectionPolicy } from './services/dossier-section-policy.js';
import { EmergencyContactService } from './services/emergency-contact-service.js';
import { PlannedWeekService } from './services/planned-week-service.js';
import { ScheduleService } from './services/schedule-service.js';
import { WorkplaceService } from './services/workplace-service.js';
import { DossierSeed } from './seeds/dossier-seed.js';

/** The person's dossier: contact data, emergency contacts, work schedules, places of work. */
export default definePlugin({
  id: DOSSIER_PLUGIN_ID,
  version: '0.1.0',
  labelNl: 'Dossier',
  labelEn: 'Dossier',
  descriptionNl: 'Contactgegevens, noodcontacten, uurrooster en tewerkstellingsplaats.',
  descriptionEn: 'Contact data, emergency contacts, work schedule and place of work.',
  entities: [DossierContactData, DossierEmergencyContact, DossierWorkSchedule, DossierWorkplace],
  migrations: DOSSIER_MIGRATIONS,
  module: new ContainerModule((options) => {
    options.bind(DossierSectionPolicy).toSelf().inSingletonScope();
    options.bind(DossierAccess).toSelf().inSingletonScope();
    options.bind(ContactDataService).toSelf().inSingletonScope();
    options.bind(EmergencyContactService).toSelf().inSingletonScope();
    options.bind(ScheduleService).toSelf().inSingletonScope();
    options.bind(PlannedWeekService).toSelf().inSingletonScope();
    options.bind(WorkplaceService).toSelf().inSingletonScope();
    bindContribution(options, ContactDataRoutes, [RouteContribution]);
    bindContribution(options, EmergencyContactRoutes, [RouteContribution]);
    bindContribution(options, ScheduleRoutes, [RouteContribution]);
    bindContribution(options, WorkplaceRoutes, [RouteContribution]);
    bindContribution(options, DossierPermissions, [PermissionContribution]);
    bindContribution(options, DossierSections, [DossierSectionContribution]);
    bindContribution(options, DossierSeed, [SeedContribution]);
  }),
});

export { DossierContactData, DossierEmergencyContact, DossierWorkSchedule, DossierWorkplace };
