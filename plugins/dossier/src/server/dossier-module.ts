import { ContainerModule } from 'inversify';
import {
  AgendaContribution, DossierSectionContribution, PermissionContribution,
  PersonalDataContribution, RouteContribution, SeedContribution, bindContribution, definePlugin,
} from '@dots/core';
import { DOSSIER_PLUGIN_ID } from '../common/dossier-permissions.js';
import { DossierContactData } from './entities/contact-data.js';
import { DossierEmergencyContact } from './entities/emergency-contact.js';
import { DossierWorkSchedule } from './entities/work-schedule.js';
import { DossierWorkplace } from './entities/workplace.js';
import { DossierAgreement } from './entities/agreement.js';
import { DossierAttachment } from './entities/attachment.js';
import { DossierConfidentialNote } from './entities/confidential-note.js';
import { DossierConversation } from './entities/conversation.js';
import { DossierConversationType } from './entities/conversation-type.js';
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
import { ConversationSeed } from './seeds/conversation-seed.js';
import { AttachmentRoutes } from './routes/attachment-routes.js';
import { ConfidentialNoteRoutes } from './routes/confidential-note-routes.js';
import { ConversationRoutes } from './routes/conversation-routes.js';
import { ConversationTypeRoutes } from './routes/conversation-type-routes.js';
import { AgreementService } from './services/agreement-service.js';
import { AttachmentService } from './services/attachment-service.js';
import { AttachmentStorage } from './services/attachment-storage.js';
import { ConfidentialNoteService } from './services/confidential-note-service.js';
import { ConversationService } from './services/conversation-service.js';
import { ConversationTypeService } from './services/conversation-type-service.js';
import { DossierAgenda } from './services/dossier-agenda.js';
import { DossierPersonalData } from './services/dossier-personal-data.js';

/**
 * The person's dossier: contact data, emergency contacts, work schedules, places of work,
 * conversations with agreements and attachments, and confidential notes.
 */
export default definePlugin({
  id: DOSSIER_PLUGIN_ID,
  version: '0.1.0',
  labelNl: 'Dossier',
  labelEn: 'Dossier',
  descriptionNl: 'Contactgegevens, noodcontacten, uurrooster, tewerkstellingsplaats, gesprekken '
    + 'met afspraken en bijlagen, vertrouwelijke notities.',
  descriptionEn: 'Contact data, emergency contacts, work schedule, place of work, conversations '
    + 'with agreements and attachments, confidential notes.',
  entities: [
    DossierContactData, DossierEmergencyContact, DossierWorkSchedule, DossierWorkplace,
    DossierConversationType, DossierConversation, DossierAgreement, DossierAttachment,
    DossierConfidentialNote,
  ],
  migrations: DOSSIER_MIGRATIONS,
  module: new ContainerModule((options) => {
    options.bind(DossierSectionPolicy).toSelf().inSingletonScope();
    options.bind(DossierAccess).toSelf().inSingletonScope();
    options.bind(ContactDataService).toSelf().inSingletonScope();
    options.bind(EmergencyContactService).toSelf().inSingletonScope();
    options.bind(ScheduleService).toSelf().inSingletonScope();
    options.bind(PlannedWeekService).toSelf().inSingletonScope();
    options.bind(WorkplaceService).toSelf().inSingletonScope();
    options.bind(ConversationTypeService).toSelf().inSingletonScope();
    options.bind(ConversationService).toSelf().inSingletonScope();
    options.bind(AgreementService).toSelf().inSingletonScope();
    options.bind(AttachmentStorage).toSelf().inSingletonScope();
    options.bind(AttachmentService).toSelf().inSingletonScope();
    options.bind(ConfidentialNoteService).toSelf().inSingletonScope();
    bindContribution(options, ContactDataRoutes, [RouteContribution]);
    bindContribution(options, EmergencyContactRoutes, [RouteContribution]);
    bindContribution(options, ScheduleRoutes, [RouteContribution]);
    bindContribution(options, WorkplaceRoutes, [RouteContribution]);
    bindContribution(options, ConversationTypeRoutes, [RouteContribution]);
    bindContribution(options, ConversationRoutes, [RouteContribution]);
    bindContribution(options, AttachmentRoutes, [RouteContribution]);
    bindContribution(options, ConfidentialNoteRoutes, [RouteContribution]);
    bindContribution(options, DossierAgenda, [AgendaContribution]);
    bindContribution(options, DossierPersonalData, [PersonalDataContribution]);
    bindContribution(options, DossierPermissions, [PermissionContribution]);
    bindContribution(options, DossierSections, [DossierSectionContribution]);
    bindContribution(options, DossierSeed, [SeedContribution]);
    bindContribution(options, ConversationSeed, [SeedContribution]);
  }),
});

export {
  DossierContactData, DossierEmergencyContact, DossierWorkSchedule, DossierWorkplace,
  DossierConversationType, DossierConversation, DossierAgreement, DossierAttachment,
  DossierConfidentialNote,
};
