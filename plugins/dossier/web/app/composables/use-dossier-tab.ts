/**
 * The loading state of one dossier tab: it fetches when shown and again when the person
 * changes, and a fetch that fails says so in `failure` rather than leaving the tab blank.
 * `removeRow` deletes one row (the caller asks for confirmation first) and loads the rest again.
 */
export function useDossierTab(personId: () => string, fetch: () => Promise<void>) {
  const { t } = useI18n();
  const api = useApi();
  const failureText = useFailureText();

  const loaded = ref(false);
  const failure = ref('');

  async function load() {
    failure.value = '';
    try {
      await fetch();
    } catch {
      failure.value = t('form.loadFailed');
    } finally {
      loaded.value = true;
    }
  }
  watch(personId, load, { immediate: true });

  async function removeRow(path: string) {
    failure.value = '';
    try {
      await api(path, { method: 'DELETE' });
      await load();
    } catch (error) {
      failure.value = failureText(error);
    }
  }

  return { loaded, failure, load, removeRow };
}
