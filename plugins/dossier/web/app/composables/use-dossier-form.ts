import type { ApiError } from '~/utils/api-error';

/**
 * The state of one dossier form: saving, the server's field problems by field path (in the
 * person's language) and a sentence for a failure that names no field. A 409 on a stale
 * version, a 413 (file too large) and a 415 (file type refused) get words of their own.
 */
export function useDossierForm(labelOf: (field: string) => string, idPrefix: string) {
  const { t } = useI18n();
  const problemText = useDossierProblemText();
  const failureText = useFailureText();

  const saving = ref(false);
  const errors = ref<Record<string, string>>({});
  const failure = ref('');

  const inputIdOf = (field: string) => `${idPrefix}-${field.replace(/\./g, '-')}`;
  const summary = computed(() => Object.entries(errors.value).map(([field, message]) => ({
    field, label: field === '(body)' ? t('dossier.wholeForm') : labelOf(field), message,
    target: field === '(body)' ? undefined : inputIdOf(field),
  })));

  function show(error: unknown): void {
    if (!isApiError(error) || isNetworkFailure(error)) {
      failure.value = failureText(error);
      return;
    }
    const own = ownWordsFor(error);
    if (own) {
      failure.value = t(own);
      return;
    }
    errors.value = Object.fromEntries(Object.entries(error.fieldErrors())
      .map(([field, message]) => [field, problemText(message)]));
    if (Object.keys(errors.value).length === 0) failure.value = failureText(error);
  }

  /** Runs `action`; answers its result, or undefined after showing why it failed. */
  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    saving.value = true;
    errors.value = {};
    failure.value = '';
    try {
      return await action();
    } catch (error) {
      show(error);
      return undefined;
    } finally {
      saving.value = false;
    }
  }

  return { saving, errors, failure, summary, inputIdOf, submit };
}

function ownWordsFor(error: ApiError): string | undefined {
  if (error.status === 409 && error.code === 'stale_version') return 'dossier.problems.stale';
  if (error.status === 413) return 'dossier.problems.tooLarge';
  if (error.status === 415) return 'dossier.problems.fileType';
  return undefined;
}
