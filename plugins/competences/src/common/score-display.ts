/**
 * How a mean is shown: two decimals, half away from zero, in the reader's decimal sign. The one
 * place a score is rounded (docs/competence-rules.md), so screen, report and export agree: 8/3
 * shows 2.67 (2,67 in Dutch). No score reads "geen score" ("no score"), never 0: the same
 * plain words on every screen and in every export.
 */
export function displayScore(mean: number | null, locale: 'nl' | 'en'): string {
  if (mean === null || !Number.isFinite(mean)) return locale === 'nl' ? 'geen score' : 'no score';

  // Scaling by 100 first is exact enough for means of small integers; EPSILON lifts 2.675 etc.
  const rounded = Math.round((mean + Number.EPSILON) * 100) / 100;
  const text = rounded.toFixed(2);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** "2 of 3 scored", in the reader's language. */
export function displayScoredCount(scored: number, indicators: number, locale: 'nl' | 'en') {
  return locale === 'nl'
    ? `${scored} van ${indicators} gescoord`
    : `${scored} of ${indicators} scored`;
}
