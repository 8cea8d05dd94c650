import { defineStore } from 'pinia';
import { ref } from 'vue';
import { COMPETENCE_PATHS as PATHS, type EvolutionView } from '@dots/plugin-competences/common';

/**
 * The evolution of the person on screen: per competence and indicator a coach line and a self
 * line, the profile at a date and the gaps between the two (GET /people/:id/evolution).
 */
export const useCompetenceEvolutionStore = defineStore('competences/evolution', () => {
  const api = useApi();
  const view = ref<EvolutionView | null>(null);
  const personId = ref<string>();

  async function load(forPerson: string, query: { frameworkId?: string; at?: string } = {}) {
    if (personId.value !== forPerson) view.value = null;
    personId.value = forPerson;
    view.value = await api<EvolutionView>(PATHS.evolution(forPerson), { query });
  }

  return { view, load };
});
