import { injectable } from 'inversify';
import {
  todayInBrussels, type Account, type Person, type SeedContext, type SeedContribution,
} from '@dots/core';
import {
  DEVELOPMENT_PLAN_PLUGIN_ID, type CompetenceKind,
} from '../../common/development-plan-permissions.js';
import type { PlanSnapshot } from '../../common/development-plan-view.js';
import {
  DevelopmentAction, DevelopmentConversation, DevelopmentGoal, DevelopmentPlan,
  DevelopmentReview, DevelopmentVersion,
} from '../entities/index.js';

interface DemoGoal {
  title: string;
  kind: CompetenceKind;
  competence: string;
  /** A link as the competences plugin will make one (issue 5). */
  ref?: { uri: string; label: string };
  current: string;
  target: string;
  actions: string[];
}

/** Two goals, one generic and one technical, so a demo plan passes the maatwerk check. */
const DEMO_GOALS: DemoGoal[] = [
  { title: 'Op tijd beginnen', kind: 'generic', competence: 'Stiptheid',
    ref: { uri: 'urn:dots:competence:demo-punctuality', label: 'Stiptheid' },
    current: 'Soms te laat', target: 'Elke dag op tijd',
    actions: ['Wekker een kwartier vroeger zetten', 'Busuren samen overlopen'] },
  { title: 'Zelfstandig de plooimachine bedienen', kind: 'technical',
    competence: 'Machinebediening', current: 'Met hulp', target: 'Zelfstandig',
    actions: ['Opleiding veilig werken volgen'] },
];

/** How many demo people get a plan, besides the employee's own person. */
const DEMO_PLANS = 3;

/** A plan for the demo employee and a few other demo people, with a version handed to VDAB. */
@injectable()
export class DevelopmentPlanSeed implements SeedContribution {
  readonly pluginId = DEVELOPMENT_PLAN_PLUGIN_ID;

  async seed(context: SeedContext): Promise<void> {
    const today = todayInBrussels();
    const year = Number(today.slice(0, 4));
    const own = context.accounts.employee.person;
    const others = context.people.filter((person) => person.id !== own?.id);
    const chosen = [...(own ? [own] : []), ...pickSome(others, DEMO_PLANS, context.random)];

    for (const person of chosen) {
      this.seedPlan(context, person, `${year}-01-01`, `${year}-12-31`, context.accounts.staff);
    }
  }

  private seedPlan(context: SeedContext, person: Person, from: string, to: string,
    owner: Account): void {
    const { em } = context;
    const plan = em.create(DevelopmentPlan, {
      person, periodFrom: from, periodTo: to, evaluationDate: from.replace('-01-01', '-11-30'),
    });
    const snapshot: PlanSnapshot = { periodFrom: from, periodTo: to, goals: [] };

    DEMO_GOALS.forEach((demo, position) => {
      const goal = em.create(DevelopmentGoal, {
        plan, person, position, title: demo.title, competence: demo.competence,
        competenceRefs: demo.ref ? [demo.ref] : [], competenceKind: demo.kind,
        currentLevel: demo.current, targetLevel: demo.target,
      });
      const actions = demo.actions.map((text, n) => em.create(DevelopmentAction, {
        goal, person, text, owner, dueDate: from.replace('-01-01', `-0${n + 3}-01`),
        status: n === 0 ? 'in-progress' : 'open',
      }));
      em.persist([goal, ...actions]);
      snapshot.goals.push({
        id: goal.id, title: goal.title, description: null, competence: demo.competence,
        competenceRefs: demo.ref ? [demo.ref] : [], competenceKind: demo.kind,
        currentLevel: demo.current, targetLevel: demo.target,
        position, actions: actions.map((a) => ({
          id: a.id, text: a.text, ownerId: owner.id, dueDate: a.dueDate ?? null,
          status: a.status,
        })),
      });
    });

    em.persist([
      plan,
      em.create(DevelopmentReview, {
        plan, person, date: from.replace('-01-01', '-06-15'), note: 'Halfjaarlijkse evaluatie',
      }),
      em.create(DevelopmentVersion, {
        plan, person, number: 1, date: from.replace('-01-01', '-01-10'), snapshot,
        handedOverAt: from.replace('-01-01', '-01-20'), handedOverTo: 'VDAB',
      }),
      em.create(DevelopmentConversation, {
        plan, person, date: from.replace('-01-01', '-03-20'), note: 'Eerste POP-gesprek',
        progress: snapshot.goals.map((goal) => ({
          goalId: goal.id, goalTitle: goal.title, note: 'Goed op weg',
        })),
      }),
    ]);
  }
}

/** `count` distinct people drawn with the seeded random. */
function pickSome(people: Person[], count: number, random: () => number): Person[] {
  const pool = [...people];
  const picked: Person[] = [];
  while (picked.length < count && pool.length) {
    picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  }
  return picked;
}
