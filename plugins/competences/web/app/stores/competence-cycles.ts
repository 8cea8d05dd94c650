import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  COMPETENCE_PATHS as PATHS, type CycleView, type ListOf, type NewCycle,
} from '@dots/plugin-competences/common';

/** The measurement cycles of the organisation: which framework, for whom, how often. */
export const useCompetenceCyclesStore = defineStore('competences/cycles', () => {
  const api = useApi();
  const cycles = ref<CycleView[]>([]);

  async function load(): Promise<void> {
    cycles.value = (await api<ListOf<CycleView>>(PATHS.cycles)).items;
  }

  async function add(input: NewCycle): Promise<CycleView> {
    const made = await api<CycleView>(PATHS.cycles, { method: 'POST', body: input });
    cycles.value = [...cycles.value, made];
    return made;
  }

  async function remove(cycle: CycleView): Promise<void> {
    await api(PATHS.cycle(cycle.id), { method: 'DELETE' });
    cycles.value = cycles.value.filter((c) => c.id !== cycle.id);
  }

  return { cycles, load, add, remove };
});
