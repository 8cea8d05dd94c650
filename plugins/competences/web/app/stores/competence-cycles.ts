import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ListOf } from '@dots/plugin-competences/common';
import { CYCLE_PATHS, type CycleView, type NewCycle } from '../types/competence-cycles';

/** The measurement cycles of the organisation: which framework, for whom, how often. */
export const useCompetenceCyclesStore = defineStore('competences/cycles', () => {
  const api = useApi();
  const cycles = ref<CycleView[]>([]);

  async function load(): Promise<void> {
    cycles.value = (await api<ListOf<CycleView>>(CYCLE_PATHS.cycles)).items;
  }

  async function add(input: NewCycle): Promise<CycleView> {
    const made = await api<CycleView>(CYCLE_PATHS.cycles, { method: 'POST', body: input });
    cycles.value = [...cycles.value, made];
    return made;
  }

  async function remove(cycle: CycleView): Promise<void> {
    await api(CYCLE_PATHS.cycle(cycle.id), { method: 'DELETE' });
    cycles.value = cycles.value.filter((c) => c.id !== cycle.id);
  }

  return { cycles, load, add, remove };
});
