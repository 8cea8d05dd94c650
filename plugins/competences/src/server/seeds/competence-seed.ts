import { injectable } from 'inversify';
import {
  todayInBrussels, type Account, type Person, type SeedContext, type SeedContribution,
} from '@dots/core';
import { COMPETENCES_PLUGIN_ID } from '../../common/competence-permissions.js';
import type { FrameworkContent } from '../../common/framework-content.js';
import {
  CompetenceAmendment, CompetenceFramework, CompetenceFrameworkVersion, CompetenceMeasurement,
  CompetenceScore,
} from '../entities/index.js';
import { workFloorFramework } from '../ready-frameworks/work-floor-framework.js';
import { indicatorsOf } from '../services/framework-content-keys.js';

interface MeasuredRows {
  measurement: CompetenceMeasurement;
  scores: CompetenceScore[];
}

/** How many demo people get a measurement besides the employee's own person. */
const DEMO_PEOPLE = 3;

/**
 * The work-floor framework in two versions: final measurements (one amended) on the first, and
 * drafts with a few indicators not observed on the second, so the demo shows versioning.
 */
@injectable()
export class CompetenceSeed implements SeedContribution {
  readonly pluginId = COMPETENCES_PLUGIN_ID;

  async seed(context: SeedContext): Promise<void> {
    const { em } = context;
    const ready = workFloorFramework('nl');
    const framework = em.create(CompetenceFramework, {
      name: ready.name, description: ready.description, language: 'nl', ready: 'work-floor',
      currentVersion: 2,
    });
    const first = em.create(CompetenceFrameworkVersion, {
      framework, number: 1, content: ready.content,
    });
    const second = em.create(CompetenceFrameworkVersion, {
      framework, number: 2, content: reworded(ready.content),
    });
    em.persist([framework, first, second]);

    const year = Number(todayInBrussels().slice(0, 4)) - 1;
    const own = context.accounts.employee.person;
    const others = context.people.filter((person) => person.id !== own?.id);
    const people = [...(own ? [own] : []), ...others.slice(0, DEMO_PEOPLE)];

    people.forEach((person, n) => {
      const final = this.measure(context, person, first, `${year}-03-1${n}`, 'final');
      if (n === 0) this.amend(context, final, context.accounts.staff);
      // The demo employee's portal shows the coach's view next to their own.
      if (person === own) {
        const sharedBy = context.accounts.coach;
        Object.assign(final.measurement, { sharedAt: new Date(), sharedBy });
      }
      this.measure(context, person, second, `${year}-09-1${n}`, 'draft');
    });

    if (own) this.selfAssess(context, own, second, year);
  }

  /** A self-assessment the demo employee handed in on the current version, and a draft. */
  private selfAssess(context: SeedContext, own: Person, version: CompetenceFrameworkVersion,
    year: number): void {
    const { accounts } = context;
    const submitted = this.measure(context, own, version, `${year}-09-05`, 'final');
    Object.assign(submitted.measurement, {
      perspective: 'self', assessor: null, kind: 'ad-hoc', finalisedBy: accounts.employee,
    });
    const draft = this.measure(context, own, version, `${year}-10-01`, 'draft');
    Object.assign(draft.measurement, { perspective: 'self', assessor: null, kind: 'ad-hoc' });
  }

  private measure(context: SeedContext, person: Person, version: CompetenceFrameworkVersion,
    date: string, status: 'draft' | 'final'): MeasuredRows {
    const { em, accounts, random } = context;
    const measurement = em.create(CompetenceMeasurement, {
      person, framework: version.framework, version, date, assessor: accounts.coach,
      kind: 'periodic', status, finalisedAt: status === 'final' ? new Date() : null,
      finalisedBy: status === 'final' ? accounts.coach : null,
    });
    const scores = indicatorsOf(version.content).map((indicator) => {
      const notObserved = random() < 0.1;
      return em.create(CompetenceScore, {
        measurement, person, indicatorKey: indicator.key, competenceKey: indicator.competenceKey,
        value: notObserved ? null : 1 + Math.floor(random() * version.content.scale.length),
        notObserved,
      });
    });
    em.persist([measurement, ...scores]);
    return { measurement, scores };
  }

  /** Corrects the first answer of a final measurement, as a coach who clicked the wrong level. */
  private amend(context: SeedContext, { measurement, scores }: MeasuredRows, author: Account) {
    const score = scores[0]!;
    const before = { value: score.value ?? null, notObserved: score.notObserved, note: null };
    const after = { value: before.value === 3 ? 4 : 3, notObserved: false, note: null };
    Object.assign(score, after);

    context.em.persist(context.em.create(CompetenceAmendment, {
      measurement, person: measurement.person, author,
      reason: 'Verkeerd niveau aangeklikt',
      changes: [{ indicatorKey: score.indicatorKey, before, after }],
    }));
  }
}

/** The second version rewords one indicator and keeps every key. */
function reworded(content: FrameworkContent): FrameworkContent {
  const copy = structuredClone(content);
  const indicator = copy.groups[0]!.competences[0]!.indicators[0]!;
  indicator.text = 'Komt op tijd aan, begint op tijd en houdt de pauzes';
  return copy;
}
