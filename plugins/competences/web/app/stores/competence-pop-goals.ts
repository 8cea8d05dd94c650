import { defineStore } from 'pinia';
import { ref } from 'vue';
import { todayInBrussels } from '#common';
import type { EvolutionGap } from '@dots/plugin-competences/common';
import { DEVELOPMENT_PLAN_API } from '../utils/development-plan-api';

/** The parts of the development plan's answers this store reads. */
interface PlanSummary {
  id: string;
  periodFrom: string;
  periodTo: string;
}
interface PlanGoals {
  goals: Array<{ competenceRefs: Array<{ uri?: string }> }>;
}

/** What a tap on "Als doel in het POP zetten" came to. */
export type GapGoalOutcome = 'added' | 'exists' | 'no-plan';

/** The plan running today, else the next one to start. */
function currentPlan(plans: PlanSummary[]): PlanSummary | undefined {
  const today = todayInBrussels();
  return plans.find((p) => p.periodFrom <= today && today <= p.periodTo)
    ?? [...plans].filter((p) => p.periodFrom > today)
      .sort((a, b) => a.periodFrom.localeCompare(b.periodFrom))[0];
}

/** The development plan compares URIs without case (its `competenceRefs` check), so do we. */
const uriKey = (gap: EvolutionGap) => gap.competenceRef.uri?.toLowerCase();

/**
 * Which competences of the person on screen are already a goal of their current POP, read from
 * the development plan's API, so a gap offered as a goal is offered once: after a reload, in a
 * second tab, and when an indicator's gap names a competence that is already a goal.
 */
export const useCompetencePopGoalsStore = defineStore('competences/pop-goals', () => {
  const api = useApi();
  const personId = ref<string>();
  /** The plan a goal goes into; null when the person has none running or to come. */
  const planId = ref<string | null>();
  const goalUris = ref<string[]>([]);
  const adding = new Map<string, Promise<GapGoalOutcome>>();

  async function load(forPerson: string): Promise<void> {
    if (personId.value !== forPerson) {
      planId.value = undefined;
      goalUris.value = [];
    }
    personId.value = forPerson;

    const plans = await api<{ items: PlanSummary[] }>(DEVELOPMENT_PLAN_API.plansOf(forPerson));
    const plan = currentPlan(plans.items);
    const goals = plan ? await api<PlanGoals>(DEVELOPMENT_PLAN_API.plan(plan.id)) : undefined;
    if (personId.value !== forPerson) return;

    planId.value = plan?.id ?? null;
    goalUris.value = (goals?.goals ?? []).flatMap((goal) => goal.competenceRefs)
      .flatMap((ref) => (ref.uri ? [ref.uri.toLowerCase()] : []));
  }

  function isGoal(gap: EvolutionGap): boolean {
    const key = uriKey(gap);
    return key !== undefined && goalUris.value.includes(key);
  }

  /**
   * Reads the plan again right before adding, since someone may have added the goal meanwhile;
   * a second tap while the first is on its way waits for the first instead of adding again.
   */
  function add(forPerson: string, gap: EvolutionGap): Promise<GapGoalOutcome> {
    const key = uriKey(gap) ?? gap.competenceRef.label;
    const running = adding.get(key);
    if (running) return running;

    const done = addOnce(forPerson, gap).finally(() => adding.delete(key));
    adding.set(key, done);
    return done;
  }

  async function addOnce(forPerson: string, gap: EvolutionGap): Promise<GapGoalOutcome> {
    await load(forPerson);
    if (!planId.value) return 'no-plan';
    if (isGoal(gap)) return 'exists';

    await api(DEVELOPMENT_PLAN_API.goals(planId.value), {
      method: 'POST',
      body: { title: gap.competenceRef.label, competenceRefs: [gap.competenceRef] },
    });
    const key = uriKey(gap);
    if (key) goalUris.value = [...goalUris.value, key];
    return 'added';
  }

  return { planId, goalUris, load, isGoal, add };
});
