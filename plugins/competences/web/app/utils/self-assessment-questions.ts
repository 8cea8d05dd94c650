import type { FrameworkContent, ScoreView } from '@dots/plugin-competences/common';

/** One screen of the self-assessment: an indicator with the words of each level. */
export interface SelfAssessmentQuestion {
  key: string;
  text: string;
  levels: string[];
  competenceName: string;
}

/** The employee's answer: a level, "weet ik niet" (not observed), or nothing yet. */
export interface SelfAnswer {
  value: number | null;
  notObserved: boolean;
}

/** Every indicator of the version, in the framework's order: one question per screen. */
export function selfAssessmentQuestionsOf(content: FrameworkContent): SelfAssessmentQuestion[] {
  return content.groups.flatMap((group) => group.competences.flatMap((competence) =>
    competence.indicators.map((indicator) => ({
      key: indicator.key, text: indicator.text, levels: indicator.levels,
      competenceName: competence.name,
    }))));
}

/** The stored answer of an indicator, or undefined while it has none. */
export function storedSelfAnswer(scores: ScoreView[], key: string): SelfAnswer | undefined {
  const score = scores.find((s) => s.indicatorKey === key);
  if (!score || (score.value === null && !score.notObserved)) return undefined;
  return { value: score.value, notObserved: score.notObserved };
}

export function isSelfAnswered(answer: SelfAnswer | undefined): boolean {
  return !!answer && (answer.value !== null || answer.notObserved);
}

export function sameSelfAnswer(a: SelfAnswer | undefined, b: SelfAnswer | undefined): boolean {
  return a?.value === b?.value && a?.notObserved === b?.notObserved;
}
