import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  COMPETENCE_PATHS, type FrameworkContent, type FrameworkLanguage, type FrameworkSummaryView,
  type FrameworkView, type ListOf, type ReadyFrameworkId, type ReadyFrameworkView,
  type VersionSummaryView, type VersionView,
} from '@dots/plugin-competences/common';

export interface FrameworkChange {
  name?: string;
  description?: string | null;
  content?: FrameworkContent;
}

/**
 * The organisation's competence frameworks: the list, the ready ones to adopt, and one
 * framework with its versions. The server decides versioning; the store keeps what it answered.
 */
export const useCompetenceFrameworksStore = defineStore('competences/frameworks', () => {
  const api = useApi();
  const list = ref<FrameworkSummaryView[]>([]);
  const ready = ref<ReadyFrameworkView[]>([]);

  async function loadList(): Promise<void> {
    list.value = (await api<ListOf<FrameworkSummaryView>>(COMPETENCE_PATHS.frameworks)).items;
  }

  /** Only accounts that may adopt ask: the catalogue route needs `competences.manage`. */
  async function loadReady(): Promise<void> {
    ready.value = (await api<ListOf<ReadyFrameworkView>>(COMPETENCE_PATHS.readyFrameworks)).items;
  }

  async function adopt(id: ReadyFrameworkId, language: FrameworkLanguage) {
    const body = { ready: id, language };
    const adopted = await api<FrameworkView>(COMPETENCE_PATHS.adopt, { method: 'POST', body });
    await loadList();
    return adopted;
  }

  function get(id: string): Promise<FrameworkView> {
    return api<FrameworkView>(COMPETENCE_PATHS.framework(id));
  }

  async function versions(id: string): Promise<VersionSummaryView[]> {
    return (await api<ListOf<VersionSummaryView>>(COMPETENCE_PATHS.versions(id))).items;
  }

  function version(id: string): Promise<VersionView> {
    return api<VersionView>(COMPETENCE_PATHS.version(id));
  }

  function update(id: string, change: FrameworkChange): Promise<FrameworkView> {
    return api<FrameworkView>(COMPETENCE_PATHS.framework(id), { method: 'PATCH', body: change });
  }

  async function remove(id: string): Promise<void> {
    await api(COMPETENCE_PATHS.framework(id), { method: 'DELETE' });
    list.value = list.value.filter((framework) => framework.id !== id);
  }

  /** A JSON or XLSX file as a new framework, or as the next version of `frameworkId`. */
  async function importFile(file: File, frameworkId?: string): Promise<FrameworkView> {
    const form = new FormData();
    form.append('file', file);
    if (frameworkId) form.append('frameworkId', frameworkId);
    const made = await api<FrameworkView>(COMPETENCE_PATHS.importFramework, {
      method: 'POST', body: form,
    });
    await loadList();
    return made;
  }

  return {
    list, ready, loadList, loadReady, adopt, get, versions, version, update, remove, importFile,
  };
});
