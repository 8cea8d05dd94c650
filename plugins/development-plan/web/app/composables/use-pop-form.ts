/**
 * The state of one POP form: saving, the server's problems by field and a sentence for a
 * failure that names no field. `submit` answers true when the change was stored.
 */
export function usePopForm() {
  const fieldErrorsOf = useFieldErrors();
  const failureText = useFailureText();

  const saving = ref(false);
  const errors = ref<Record<string, string>>({});
  const failure = ref('');

  async function submit(action: () => Promise<unknown>): Promise<boolean> {
    saving.value = true;
    errors.value = {};
    failure.value = '';
    try {
      await action();
      return true;
    } catch (error) {
      if (isApiError(error) && !isNetworkFailure(error)) errors.value = fieldErrorsOf(error);
      if (Object.keys(errors.value).length === 0) failure.value = failureText(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  return { saving, errors, failure, submit };
}
