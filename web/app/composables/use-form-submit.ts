/**
 * The state of one form or action: busy, the server's problems by field and a sentence for a
 * failure that names no field. `submit` answers true when the change was stored.
 */
export function useFormSubmit() {
  const fieldErrorsOf = useFieldErrors();
  const failureText = useFailureText();

  const busy = ref(false);
  const errors = ref<Record<string, string>>({});
  const failure = ref('');

  async function submit(action: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
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
      busy.value = false;
    }
  }

  return { busy, errors, failure, submit };
}
