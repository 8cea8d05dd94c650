import { ContainerModule } from 'inversify';
import {
  AgendaContribution, DossierSectionContribution, PermissionContribution,
  PersonalDataContribution, RouteContribution, SeedContribution, bindContribution, definePlugin,
} from '@dots/core';
import { DEVELOPMENT_PLAN_PLUGIN_ID } from '../common/development-plan-permissions.js';
import { DEVELOPMENT_PLAN_ENTITIES } from './entities/index.js';
import { DEVELOPMENT_PLAN_MIGRATIONS } from './migrations/index.js';
import { GoalService } from './services/goal-service.js';
import { PlanRecordService } from './services/plan-record-service.js';
import { PlanService } from './services/plan-service.js';
import { VersionService } from './services/version-service.js';
import { PlanPartRoutes } from './routes/plan-part-routes.js';
import { PlanRoutes } from './routes/plan-routes.js';
import {
  DevelopmentPlanDossierSection, DevelopmentPlanPermissions,
} from './development-plan-contributions.js';
import { DevelopmentPlanSeed } from './seeds/development-plan-seed.js';
import { DevelopmentPlanAgenda } from './development-plan-agenda.js';
import { DevelopmentPlanPersonalData } from './development-plan-personal-data.js';

/** The personal development plan (POP): goals, actions, reviews, versions, conversations. */
export default definePlugin({
  id: DEVELOPMENT_PLAN_PLUGIN_ID,
  version: '0.1.0',
  labelNl: 'Persoonlijk ontwikkelingsplan',
  labelEn: 'Personal development plan',
  descriptionNl: 'Een POP per persoon: doelen, verbeteracties, evaluaties, versies en gesprekken.',
  descriptionEn: 'A POP per person: goals, improvement actions, reviews, versions, conversations.',
  entities: DEVELOPMENT_PLAN_ENTITIES,
  migrations: DEVELOPMENT_PLAN_MIGRATIONS,
  module: new ContainerModule((options) => {
    options.bind(PlanService).toSelf().inSingletonScope();
    options.bind(GoalService).toSelf().inSingletonScope();
    options.bind(PlanRecordService).toSelf().inSingletonScope();
    options.bind(VersionService).toSelf().inSingletonScope();
    bindContribution(options, PlanRoutes, [RouteContribution]);
    bindContribution(options, PlanPartRoutes, [RouteContribution]);
    bindContribution(options, DevelopmentPlanPermissions, [PermissionContribution]);
    bindContribution(options, DevelopmentPlanDossierSection, [DossierSectionContribution]);
    bindContribution(options, DevelopmentPlanSeed, [SeedContribution]);
    bindContribution(options, DevelopmentPlanAgenda, [AgendaContribution]);
    bindContribution(options, DevelopmentPlanPersonalData, [PersonalDataContribution]);
  }),
});

export * from './entities/index.js';
