import { displayScore, displayScoredCount } from '@dots/plugin-competences/common';

/** How a score reads in the person's language: "2,67" or "geen score", never 0. */
export function useScoreText() {
  const { locale } = useI18n();
  const lang = () => (locale.value === 'en' ? 'en' : 'nl');
  return {
    score: (mean: number | null) => displayScore(mean, lang()),
    count: (scored: number, indicators: number) =>
      displayScoredCount(scored, indicators, lang()),
  };
}
