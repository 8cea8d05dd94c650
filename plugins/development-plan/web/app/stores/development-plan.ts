import { defineStore } from 'pinia';
import { ref } from 'vue';
import { todayInBrussels } from '#common';
import {
  DEVELOPMENT_PLAN_PATHS as PATHS, type MaatwerkCheck, type PlanList, type PlanSummaryView,
  type PlanView,
} from '@dots/plugin-development-plan/common';

type Body = Record<string, unknown>;

/**
 * The POP of the person on screen: their plans and the one shown in full. Every change is sent,
 * then the plan is read again, so the screen shows what the server stored (deadlines included,
 * which the server computes).
 */
export const useDevelopmentPlanStore = defineStore('development-plan/plans', () => {
  const api = useApi();
  const personId = ref<string>();
  const plans = ref<PlanSummaryView[]>([]);
  const plan = ref<PlanView | null>(null);
  const check = ref<MaatwerkCheck | null>(null);

  /** The person's plans, and the one running today (else the newest) in full. */
  async function load(forPerson: string, planId?: string): Promise<void> {
    if (personId.value !== forPerson) {
      plan.value = null;
      check.value = null;
    }
    personId.value = forPerson;
    plans.value = (await api<PlanList>(PATHS.plansOf(forPerson))).items;

    const today = todayInBrussels();
    const chosen = plans.value.find((p) => p.id === planId)
      ?? plans.value.find((p) => p.periodFrom <= today && today <= p.periodTo)
      ?? plans.value[0];
    plan.value = chosen ? await api<PlanView>(PATHS.plan(chosen.id)) : null;
  }

  async function reload(): Promise<void> {
    if (personId.value) await load(personId.value, plan.value?.id);
  }

  /** Sends one change and shows the plan as stored afterwards. */
  async function send(path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: Body) {
    const answer = await api<{ id?: string }>(path, { method, ...(body ? { body } : {}) });
    check.value = null;
    await reload();
    return answer;
  }

  async function startPlan(body: Body): Promise<void> {
    const created = await api<PlanView>(PATHS.plansOf(personId.value!), { method: 'POST', body });
    await load(personId.value!, created.id);
  }

  async function runCheck(): Promise<void> {
    if (plan.value) check.value = await api<MaatwerkCheck>(PATHS.maatwerkCheck(plan.value.id));
  }

  return {
    plans, plan, check, load, reload, startPlan, runCheck,
    updatePlan: (body: Body) => send(PATHS.plan(plan.value!.id), 'PATCH', body),
    addGoal: (body: Body) => send(PATHS.goals(plan.value!.id), 'POST', body),
    updateGoal: (id: string, body: Body) => send(PATHS.goal(id), 'PATCH', body),
    removeGoal: (id: string) => send(PATHS.goal(id), 'DELETE'),
    addAction: (goalId: string, body: Body) => send(PATHS.actions(goalId), 'POST', body),
    updateAction: (id: string, body: Body) => send(PATHS.action(id), 'PATCH', body),
    removeAction: (id: string) => send(PATHS.action(id), 'DELETE'),
    addReview: (body: Body) => send(PATHS.reviews(plan.value!.id), 'POST', body),
    removeReview: (id: string) => send(PATHS.review(id), 'DELETE'),
    addConversation: (body: Body) => send(PATHS.conversations(plan.value!.id), 'POST', body),
    addVersion: (body: Body) => send(PATHS.versions(plan.value!.id), 'POST', body),
    handOver: (id: string, body: Body) => send(PATHS.version(id), 'PATCH', body),
  };
});
