/**
 * The dossier server's own field messages in the person's language; anything else goes to the
 * core's translation (use-problem-text), which shows unknown messages as the server wrote them.
 */
const KNOWN: Array<[RegExp, string]> = [
  [/^must be a phone number/, 'phone'],
  [/^must be an e-mail address$/, 'email'],
  [/^must be a country code/, 'country'],
  [/^must be a language code/, 'language'],
  [/^must be a time as HH:MM$/, 'time'],
  [/^must not be before validFrom$/, 'endBeforeStart'],
  [/^is planned twice in the same week$/, 'dayTwice'],
  [/^must differ from start$/, 'sameStartEnd'],
  [/^must be shorter than the day$/, 'breakTooLong'],
  [/^is only for alternating schedules/, 'weekBOnly'],
  [/^must name at least one working day$/, 'noDays'],
  [/^must be 1 or more$/, 'atLeastOne'],
  [/^must be 99 or less$/, 'atMost99'],
  [/^must be a whole number$/, 'wholeNumber'],
  [/^not a colleague of this organisation$/, 'notColleague'],
  [/^must not be negative$/, 'negative'],
];

export function useDossierProblemText() {
  const { t } = useI18n();
  const coreText = useProblemText();
  return (message: string): string => {
    const known = KNOWN.find(([pattern]) => pattern.test(message));
    return known ? t(`dossier.problems.${known[1]}`) : coreText(message);
  };
}
