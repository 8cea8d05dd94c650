import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  DOSSIER_PATHS, type ConversationTypeView,
} from '@dots/plugin-dossier/common';

/** The conversation types: the built-in ones and the tenant's own, read once per visit. */
export const useDossierConversationTypesStore = defineStore('dossier/conversation-types', () => {
  const api = useApi();
  const types = ref<ConversationTypeView[]>([]);
  let loading: Promise<void> | undefined;

  function ensure(): Promise<void> {
    loading ??= api<ConversationTypeView[]>(DOSSIER_PATHS.conversationTypes)
      .then((answer) => {
        types.value = answer;
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  }

  return { types, ensure };
});
