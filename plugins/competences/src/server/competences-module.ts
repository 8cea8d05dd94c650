import { ContainerModule } from 'inversify';
import {
  DossierSectionContribution, PermissionContribution, PersonalDataContribution,
  RouteContribution, SeedContribution, bindContribution, definePlugin,
} from '@dots/core';
import { COMPETENCES_PLUGIN_ID } from '../common/competence-permissions.js';
import { COMPETENCE_ENTITIES } from './entities/index.js';
import { COMPETENCE_MIGRATIONS } from './migrations/index.js';
import { CompetenceDossierSection, CompetencePermissions } from './competence-contributions.js';
import { CompetencePersonalData } from './competence-personal-data.js';
import { FrameworkRoutes } from './routes/framework-routes.js';
import { FrameworkIoRoutes } from './routes/framework-io-routes.js';
import { FrameworkExport } from './services/framework-export.js';
import { FrameworkImport } from './services/framework-import.js';
import { MeasurementRoutes } from './routes/measurement-routes.js';
import { CompetenceSeed } from './seeds/competence-seed.js';
import { CompetencePortalNavigation } from './competence-portal-navigation.js';
import { NavigationContribution } from '@dots/core';
import { CompetenceNavigation } from './competence-navigation.js';
import { AmendmentService } from './services/amendment-service.js';
import { FrameworkService } from './services/framework-service.js';
import { MeasurementService } from './services/measurement-service.js';
import { MeasurementShareService } from './services/measurement-share-service.js';
import { SelfAssessmentService } from './services/self-assessment-service.js';
import { SelfAssessmentRoutes } from './routes/self-assessment-routes.js';
import { EvolutionRoutes } from './routes/evolution-routes.js';
import { DepartmentAveragesService } from './services/department-averages-service.js';
import { EvolutionService } from './services/evolution-service.js';
import { AgendaContribution } from '@dots/core';
import { CompetenceAgenda } from './competence-agenda.js';
import { CycleRoutes } from './routes/cycle-routes.js';
import { CycleSeed } from './seeds/cycle-seed.js';
import { CycleClock } from './services/cycle-clock.js';
import { CycleService } from './services/cycle-service.js';
import { DueService } from './services/due-service.js';

/** Competence frameworks, their versions, and measurements of people against them. */
export default definePlugin({
  id: COMPETENCES_PLUGIN_ID,
  version: '0.1.0',
  labelNl: 'Competenties',
  labelEn: 'Competences',
  descriptionNl: 'Competentiekaders met indicatoren, en metingen van personen op die kaders.',
  descriptionEn: 'Competence frameworks with indicators, and measurements of people on them.',
  entities: COMPETENCE_ENTITIES,
  migrations: COMPETENCE_MIGRATIONS,
  module: new ContainerModule((options) => {
    options.bind(FrameworkService).toSelf().inSingletonScope();
    options.bind(MeasurementService).toSelf().inSingletonScope();
    options.bind(AmendmentService).toSelf().inSingletonScope();
    options.bind(MeasurementShareService).toSelf().inSingletonScope();
    options.bind(SelfAssessmentService).toSelf().inSingletonScope();
    bindContribution(options, SelfAssessmentRoutes, [RouteContribution]);
    bindContribution(options, FrameworkRoutes, [RouteContribution]);
    options.bind(FrameworkExport).toSelf().inSingletonScope();
    options.bind(FrameworkImport).toSelf().inSingletonScope();
    bindContribution(options, FrameworkIoRoutes, [RouteContribution]);
    bindContribution(options, MeasurementRoutes, [RouteContribution]);
    bindContribution(options, CompetencePermissions, [PermissionContribution]);
    bindContribution(options, CompetenceDossierSection, [DossierSectionContribution]);
    bindContribution(options, CompetencePersonalData, [PersonalDataContribution]);
    bindContribution(options, CompetenceSeed, [SeedContribution]);
    bindContribution(options, CompetencePortalNavigation, [NavigationContribution]);
    bindContribution(options, CompetenceNavigation, [NavigationContribution]);
    options.bind(EvolutionService).toSelf().inSingletonScope();
    options.bind(DepartmentAveragesService).toSelf().inSingletonScope();
    bindContribution(options, EvolutionRoutes, [RouteContribution]);
    options.bind(CycleClock).toSelf().inSingletonScope();
    options.bind(CycleService).toSelf().inSingletonScope();
    options.bind(DueService).toSelf().inSingletonScope();
    bindContribution(options, CycleRoutes, [RouteContribution]);
    bindContribution(options, CompetenceAgenda, [AgendaContribution]);
    // After CompetenceSeed: the seeder runs and flushes seeds in binding order.
    bindContribution(options, CycleSeed, [SeedContribution]);
  }),
});

export * from './entities/index.js';
