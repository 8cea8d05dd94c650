import { injectable } from 'inversify';
import type { SeedContext, SeedContribution } from '@dots/core';
import { COMPETENCES_PLUGIN_ID } from '../../common/competence-permissions.js';
import { todayInBelgium } from '../../common/cycle-rules.js';
import { CompetenceCycle, CompetenceFramework } from '../entities/index.js';

/**
 * Demo cycles on the work-floor framework of CompetenceSeed, which the module binds (and so the
 * seeder runs and flushes) before this one: every six months for the employee type of the first
 * demo person who has one, from today, so the demo agenda shows measurements due this week; and
 * every three months for the demo employee, whose own cycle wins over their type's.
 */
@injectable()
export class CycleSeed implements SeedContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  async seed(context: SeedContext): Promise<void> {
    const { em, log } = context;
    const framework = await em.findOne(CompetenceFramework, { ready: 'work-floor' }, {
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    if (!framework) {
      log.warn({ tenantId: context.tenant.id }, 'no demo framework to seed cycles on');
      return;
    }

    const employeeType = context.people.find((person) => person.employeeType)?.employeeType;
    if (employeeType) {
      em.persist(em.create(CompetenceCycle, {
        framework, employeeType, intervalMonths: 6, startsOn: todayInBelgium(),
        withSelfAssessment: true,
      }));
    }
    const own = context.accounts.employee.person;
    if (own) {
      em.persist(em.create(CompetenceCycle, {
        framework, person: own, intervalMonths: 3,
        startsOn: `${todayInBelgium().slice(0, 4)}-01-01`, withSelfAssessment: false,
      }));
    }
  }
}
