import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { COMPETENCE_PATHS, type SelfAssessmentView } from '@dots/plugin-competences/common';
import {
  sameSelfAnswer, storedSelfAnswer, type SelfAnswer,
} from '../utils/self-assessment-questions';

/**
 * `idle`: nothing answered on this visit yet; `saved`: all sent; `waiting`: no connection, the
 * answers kept and tried again; `failed`: the server refused them.
 */
export type SelfAssessmentSaveState = 'idle' | 'saved' | 'saving' | 'waiting' | 'failed';

/** How long to wait before trying unsent answers again when no `online` event comes. */
const RETRY_MS = 10_000;

/**
 * The self-assessment the employee is filling in. Each answer is sent at once (PATCH); an
 * answer that could not be sent stays here, is shown as given, and is sent again when the
 * connection is back. Unsent answers live in memory only, not in the browser's storage: phones
 * on the work floor are often shared, and an employee's scores are theirs.
 */
export const useSelfAssessmentStore = defineStore('competences/self-assessment', () => {
  const api = useApi();
  const assessment = ref<SelfAssessmentView | null>(null);
  /** Answers given here that the server has not confirmed yet, by indicator key. */
  const unsent = ref<Record<string, SelfAnswer>>({});
  const state = ref<SelfAssessmentSaveState>('idle');
  /** Why the server refused the last answers (a 4xx), for the screen to word. */
  const refusal = ref<unknown>();
  let sending: Promise<void> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const hasUnsent = computed(() => Object.keys(unsent.value).length > 0);

  function answerOf(key: string): SelfAnswer | undefined {
    return unsent.value[key] ?? storedSelfAnswer(assessment.value?.scores ?? [], key);
  }

  async function open(id: string): Promise<void> {
    if (assessment.value?.id !== id) {
      unsent.value = {};
      state.value = 'idle';
      assessment.value = null;
    }
    assessment.value = await api<SelfAssessmentView>(COMPETENCE_PATHS.mySelfAssessment(id));
  }

  /** Starts a self-assessment on a framework, or answers the open draft already on it. */
  async function start(frameworkId: string): Promise<SelfAssessmentView> {
    const draft = await api<SelfAssessmentView>(COMPETENCE_PATHS.mySelfAssessments, {
      method: 'POST', body: { frameworkId },
    });
    assessment.value = draft;
    unsent.value = {};
    return draft;
  }

  function answer(key: string, given: SelfAnswer): void {
    unsent.value = { ...unsent.value, [key]: given };
    void send();
  }

  /** Sends every unsent answer; one call at a time, so answers arrive in the order given. */
  function send(): Promise<void> {
    sending ??= sendAll().finally(() => {
      sending = undefined;
    });
    return sending;
  }

  async function sendAll(): Promise<void> {
    clearTimeout(retryTimer);
    while (hasUnsent.value && assessment.value) {
      const batch = { ...unsent.value };
      state.value = 'saving';
      try {
        const path = COMPETENCE_PATHS.mySelfAssessment(assessment.value.id);
        const body = { scores: toBody(batch) };
        assessment.value = await api<SelfAssessmentView>(path, { method: 'PATCH', body });
      } catch (error) {
        failed(error);
        return;
      }

      // An answer changed again while this call was under way is still to be sent.
      unsent.value = Object.fromEntries(Object.entries(unsent.value)
        .filter(([key, given]) => !sameSelfAnswer(batch[key], given)));
    }
    state.value = 'saved';
  }

  function failed(error: unknown): void {
    if (isNetworkFailure(error)) {
      state.value = 'waiting';
      retryTimer = setTimeout(() => void send(), RETRY_MS);
      return;
    }
    state.value = 'failed';
    refusal.value = error;
  }

  /** Sends what is left, then hands the self-assessment in; false while answers are unsent. */
  async function submit(): Promise<boolean> {
    await send();
    if (hasUnsent.value || !assessment.value) return false;

    const path = COMPETENCE_PATHS.submitSelfAssessment(assessment.value.id);
    assessment.value = await api<SelfAssessmentView>(path, { method: 'POST' });
    return true;
  }

  // The connection is back: unsent answers go without waiting for the timer.
  window.addEventListener('online', () => {
    if (hasUnsent.value) void send();
  });

  return {
    assessment, unsent, state, refusal, hasUnsent, answerOf, open, start, answer, send, submit,
  };
});

function toBody(answers: Record<string, SelfAnswer>) {
  return Object.entries(answers).map(([indicatorKey, given]) => ({
    indicatorKey, value: given.notObserved ? null : given.value, notObserved: given.notObserved,
  }));
}
