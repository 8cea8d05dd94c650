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
import { MeasurementRoutes } from './routes/measurement-routes.js';
import { CompetenceSeed } from './seeds/competence-seed.js';
import { AmendmentService } from './services/amendment-service.js';
import { FrameworkService } from './services/framework-service.js';
import { MeasurementService } from './services/measurement-service.js';

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
    bindContribution(options, FrameworkRoutes, [RouteContribution]);
    bindContribution(options, MeasurementRoutes, [RouteContribution]);
    bindContribution(options, CompetencePermissions, [PermissionContribution]);
    bindContribution(options, CompetenceDossierSection, [DossierSectionContribution]);
    bindContribution(options, CompetencePersonalData, [PersonalDataContribution]);
    bindContribution(options, CompetenceSeed, [SeedContribution]);
  }),
});

export * from './entities/index.js';
