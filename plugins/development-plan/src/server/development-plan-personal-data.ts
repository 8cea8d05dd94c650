import { inject, injectable } from 'inversify';
import {
  StaffDirectory, type Person, type PersonalDataContribution, type PersonalDataEntry,
  type PersonalDataRecord, type PersonalDataSection, type RequestContext,
} from '@dots/core';
import {
  DEVELOPMENT_PLAN_PLUGIN_ID, DEVELOPMENT_PLAN_SECTION,
} from '../common/development-plan-permissions.js';
import type { PlanView } from '../common/development-plan-view.js';
import { DevelopmentPlan } from './entities/index.js';
import { PlanService } from './services/plan-service.js';
import { STATUS_WORDS } from './development-plan-wording.js';

type Value = PersonalDataEntry['value'];

function entry(labelNl: string, labelEn: string, value: Value, kind?: 'date'): PersonalDataEntry {
  return { labelNl, labelEn, value, ...(kind ? { kind } : {}) };
}

/** A record of the values that are there: the employee reads no list of empty fields. */
function record(titleNl: string, titleEn: string, entries: PersonalDataEntry[]) {
  return { titleNl, titleEn, entries: entries.filter((e) => e.value !== null && e.value !== '') };
}

/**
 * Everything the plugin holds about a person, for the employee's portal and the GDPR export:
 * plans, goals, actions with their status, reviews, POP conversations with the progress per
 * goal, and versions with their hand-overs, in the employee's own words.
 */
@injectable()
export class DevelopmentPlanPersonalData implements PersonalDataContribution {
  readonly pluginId = DEVELOPMENT_PLAN_PLUGIN_ID;

  @inject(PlanService) private readonly plans!: PlanService;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;

  async personalData(ctx: RequestContext, person: Person): Promise<PersonalDataSection[]> {
    const rows = await ctx.em.find(DevelopmentPlan, { person: person.id }, {
      orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
    });
    if (!rows.length) return [];

    const plans: PlanView[] = [];
    for (const row of rows) plans.push(await this.plans.get(ctx, row));
    const names = new Map((await this.staff.list(ctx)).map((s) => [s.id, s.displayName]));

    return [{
      section: DEVELOPMENT_PLAN_SECTION,
      labelNl: 'Je ontwikkelingsplan (POP)',
      labelEn: 'Your development plan (POP)',
      icon: 'list',
      records: plans.flatMap((plan) => planRecords(plan, names, ctx.locale)),
      data: plans,
    }];
  }
}

/** The readable records of one plan; a status reads in the language of the one who asks. */
function planRecords(
  plan: PlanView,
  names: Map<string, string>,
  locale: 'nl' | 'en',
): PersonalDataRecord[] {
  const records: PersonalDataRecord[] = [record('Je plan', 'Your plan', [
    entry('Van', 'From', plan.periodFrom, 'date'),
    entry('Tot', 'To', plan.periodTo, 'date'),
    entry('Volgende evaluatie door VDAB', 'Next VDAB evaluation', plan.evaluationDate, 'date'),
  ])];

  for (const goal of plan.goals) {
    records.push(record(
      `Wat je wil leren: ${goal.title}`, `What you want to learn: ${goal.title}`, [
        entry('Wat je wil leren', 'What you want to learn', goal.title),
        entry('Meer uitleg', 'More about it', goal.description),
        entry('Vaardigheid', 'Skill', goal.competence ?? goal.competenceRefs[0]?.label ?? null),
        entry('Hoe het nu gaat', 'How it goes now', goal.currentLevel),
        entry('Waar je naartoe wil', 'Where you want to get', goal.targetLevel),
      ],
    ));
    for (const action of goal.actions) {
      const owner = action.ownerId ? names.get(action.ownerId) ?? null : null;
      records.push(record('Wat we samen doen', 'What we do together', [
        entry('Wat we doen', 'What we do', action.text),
        entry('Wie helpt', 'Who helps', owner),
        entry('Klaar tegen', 'Done by', action.dueDate, 'date'),
        entry('Hoe ver het staat', 'How far it is', STATUS_WORDS[action.status][locale]),
      ]));
    }
  }

  for (const review of plan.reviews) {
    records.push(record('Wanneer we je plan bekijken', 'When we look at your plan', [
      entry('Datum', 'Date', review.date, 'date'), entry('Uitleg', 'Note', review.note),
    ]));
  }

  for (const talk of plan.conversations) {
    records.push(record('Wat we bespraken', 'What we talked about', [
      entry('Datum', 'Date', talk.date, 'date'),
      entry('Uitleg', 'Note', talk.note),
      ...talk.progress.map((p) => entry(`Hoe het gaat: ${p.goalTitle}`,
        `How it goes: ${p.goalTitle}`, p.note)),
    ]));
  }

  for (const version of plan.versions) {
    records.push(record(
      `Versie ${version.number} van je plan`, `Version ${version.number} of your plan`, [
        entry('Gemaakt op', 'Made on', version.date, 'date'),
        entry('Doorgegeven aan', 'Handed to', version.handedOverTo),
        entry('Doorgegeven op', 'Handed over on', version.handedOverAt, 'date'),
      ],
    ));
  }
  return records;
}
