import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  COMPETENCE_PATHS as PATHS, type DueView, type FrameworkSummaryView, type ListOf,
  type MeasurementSummaryView, type MeasurementView,
} from '@dots/plugin-competences/common';
import type { AnswerInput, SaveState } from '../types/competence-measure';
import { withAnswers } from '../utils/measurement-answers';

/**
 * The measurements of the person on screen and the one open. A draft is saved as it is scored:
 * every answer is sent at once (PATCH), one call at a time so they arrive in order. An answer
 * that does not reach the server stays here, marked unsaved, and is sent again when the
 * connection is back: nothing tapped on the work floor is lost.
 */
export const useCompetenceMeasurementsStore = defineStore('competences/measurements', () => {
  const api = useApi();
  const personId = ref<string>();
  const items = ref<MeasurementSummaryView[]>([]);
  const frameworks = ref<FrameworkSummaryView[]>([]);
  /** Null when the server gave no answer on what is due. */
  const due = ref<DueView[] | null>(null);
  const current = ref<MeasurementView | null>(null);
  const saveStates = ref<Record<string, SaveState>>({});
  const unsent = new Map<string, AnswerInput>();
  let sending: Promise<void> = Promise.resolve();

  async function load(forPerson: string): Promise<void> {
    if (personId.value !== forPerson) close();
    personId.value = forPerson;

    const [list, known, dueList] = await Promise.all([
      api<ListOf<MeasurementSummaryView>>(PATHS.measurementsOf(forPerson)),
      api<ListOf<FrameworkSummaryView>>(PATHS.frameworks),
      api<ListOf<DueView>>(PATHS.dueOf(forPerson)).catch(() => null),
    ]);
    items.value = list.items;
    frameworks.value = known.items;
    due.value = dueList?.items ?? null;
  }

  async function reloadList(): Promise<void> {
    if (!personId.value) return;
    items.value = (await api<ListOf<MeasurementSummaryView>>(
      PATHS.measurementsOf(personId.value))).items;
  }

  async function open(id: string): Promise<void> {
    close();
    current.value = await api<MeasurementView>(PATHS.measurement(id));
  }

  function close(): void {
    current.value = null;
    saveStates.value = {};
    unsent.clear();
  }

  async function start(body: { frameworkId: string; date: string; kind: string }) {
    const created = await api<MeasurementView>(PATHS.measurementsOf(personId.value!), {
      method: 'POST', body,
    });
    close();
    current.value = created;
    await reloadList();
  }

  /** Shows the answer at once and sends it; the screen reads its state from `saveStates`. */
  function answer(input: AnswerInput): Promise<void> {
    const measurement = current.value;
    if (!measurement) return Promise.resolve();

    unsent.set(input.indicatorKey, input);
    measurement.scores = withAnswers(measurement.content, measurement.scores, [input]);
    saveStates.value[input.indicatorKey] = 'saving';
    return flush();
  }

  /** Sends what has not reached the server yet, after whatever is on its way. */
  function flush(): Promise<void> {
    // A failed send has already marked its answers; the next one must still go.
    sending = sending.catch(() => undefined).then(sendUnsent);
    return sending;
  }

  async function sendUnsent(): Promise<void> {
    const measurement = current.value;
    const batch = [...unsent.values()];
    if (!measurement || batch.length === 0) return;

    for (const sent of batch) saveStates.value[sent.indicatorKey] = 'saving';
    try {
      const stored = await api<MeasurementView>(PATHS.measurement(measurement.id), {
        method: 'PATCH', body: { scores: batch },
      });
      // Answers given while this call was out are still unsent; they stay on top.
      for (const sent of batch) {
        if (unsent.get(sent.indicatorKey) === sent) unsent.delete(sent.indicatorKey);
        saveStates.value[sent.indicatorKey] = unsent.has(sent.indicatorKey) ? 'saving' : 'saved';
      }
      if (current.value?.id === stored.id) {
        current.value = {
          ...stored, scores: withAnswers(stored.content, stored.scores, unsent.values()),
        };
      }
    } catch (error) {
      const state: SaveState = isNetworkFailure(error) ? 'unsaved' : 'failed';
      for (const sent of batch) saveStates.value[sent.indicatorKey] = state;
      throw error;
    }
  }

  const hasUnsent = () => unsent.size > 0;

  /** Final once every answer is stored; the server checks that every indicator is answered. */
  async function finalise(): Promise<void> {
    await flush();
    current.value = await api<MeasurementView>(PATHS.finalise(current.value!.id), {
      method: 'POST',
    });
    await reloadList();
  }

  async function amend(body: { reason: string; scores: AnswerInput[] }): Promise<void> {
    current.value = await api<MeasurementView>(PATHS.amendments(current.value!.id), {
      method: 'POST', body,
    });
    await reloadList();
  }

  async function share(): Promise<void> {
    current.value = await api<MeasurementView>(PATHS.share(current.value!.id), {
      method: 'POST',
    });
    await reloadList();
  }

  async function remove(): Promise<void> {
    await api(PATHS.measurement(current.value!.id), { method: 'DELETE' });
    close();
    await reloadList();
  }

  return {
    personId, items, frameworks, due, current, saveStates, load, open, close, start, answer,
    flush, hasUnsent, finalise, amend, share, remove,
  };
});
