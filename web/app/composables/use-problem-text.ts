import type { ApiError } from '~/utils/api-error';

/**
 * The server words its field problems in English ("is required"). The common ones are shown in
 * the person's language; anything else is shown as the server wrote it, which beats hiding it.
 */
const KNOWN: Array<[RegExp, string]> = [
  [/^is required$/, 'required'],
  [/^must not be empty$/, 'required'],
  [/^must be (a real )?date as YYYY-MM-DD$/, 'date'],
  [/^must not be in the future$/, 'future'],
  [/^must be a number$/, 'number'],
  [/^must be one of/, 'choice'],
  [/^must be at most (\d+) characters$/, 'tooLong'],
  [/^is not a field you can set here$/, 'unknownField'],
  [/^is not an e-mail address$/, 'email'],
  [/^must be at least (\d+) characters$/, 'tooShort'],
  [/^must not be before the start date/, 'endBeforeStart'],
  [/^must be 11 digits/, 'nationalNumberFormat'],
  [/check digits do not match$/, 'nationalNumberCheck'],
  [/^is not valid: /, 'nationalNumber'],
];

export function useProblemText() {
  const { t } = useI18n();
  return (message: string): string => {
    for (const [pattern, key] of KNOWN) {
      const match = pattern.exec(message);
      if (match) return t(`problems.${key}`, { count: match[1] ?? '' });
    }
    return message;
  };
}

/** The field problems of a failed call by field path, each in the person's language. */
export function useFieldErrors() {
  const text = useProblemText();
  return (error: ApiError): Record<string, string> => Object.fromEntries(
    Object.entries(error.fieldErrors()).map(([field, message]) => [field, text(message)]));
}

/**
 * The sentence for an action that failed: no answer from the server in the plain words of the
 * sign-in page, anything else under `key` ("Dat is niet gelukt: …") with the server's detail.
 */
export function useFailureText() {
  const { t } = useI18n();
  return (error: unknown, key = 'form.failed'): string => {
    if (isNetworkFailure(error)) return t('network.unreachable');
    return t(key, { detail: isApiError(error) ? error.message : String(error) });
  };
}
