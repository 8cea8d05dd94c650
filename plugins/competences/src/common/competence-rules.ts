import type { Perspective } from './competence-permissions.js';
import type { CompetenceSummary } from './competence-view.js';
import type { FrameworkContent } from './framework-content.js';

/** One indicator's answer in one measurement, of one perspective. */
export interface RuleAnswer {
  indicatorKey: string;
  perspective: Perspective;
  /** A level of the scale, or null: not observed, or not answered yet. */
  value: number | null;
}

/**
 * The rules of docs/competence-rules.md, for server, reports and screens alike:
 * - a competence's score is the mean of its scored indicators; "not observed" (and, in a
 *   draft, not answered) is left out of numerator and denominator, and the count is kept;
 * - none scored means no score (null), never 0;
 * - self and coach are never averaged together: answers of both perspectives refused;
 * - nothing is rounded here; displayScore rounds for the eye only.
 */
export function summarise(content: FrameworkContent, answers: RuleAnswer[]): CompetenceSummary[] {
  assertOnePerspective(answers);
  const byIndicator = new Map(answers.map((answer) => [answer.indicatorKey, answer.value]));

  return content.groups.flatMap((group) => group.competences).map((competence) => {
    const keys = competence.indicators.map((indicator) => indicator.key);
    return { competenceKey: competence.key, ...meanOf(keys.map((k) => byIndicator.get(k))) };
  });
}

/** The mean of the values that are numbers, with how many there were out of how many. */
export function meanOf(values: Array<number | null | undefined>) {
  const scored = values.filter((value): value is number => typeof value === 'number');
  const mean = scored.length ? scored.reduce((sum, v) => sum + v, 0) / scored.length : null;
  return { mean, scored: scored.length, indicators: values.length };
}

/**
 * How far the self-image lies from the coach's view (self minus coach), when both have a
 * score; null otherwise. The two are compared, never combined.
 */
export function gapOf(self: CompetenceSummary, coach: CompetenceSummary): number | null {
  if (self.mean === null || coach.mean === null) return null;
  return self.mean - coach.mean;
}

function assertOnePerspective(answers: RuleAnswer[]): void {
  const perspectives = new Set(answers.map((answer) => answer.perspective));
  if (perspectives.size > 1) {
    throw new Error('Self and coach scores are never averaged together: summarise each apart.');
  }
}
