import type { FrameworkContent, ScoreView } from '@dots/plugin-competences/common';
import type { AnswerInput } from '../types/competence-measure';

/** The competence an indicator belongs to, in the wording the measurement was scored on. */
export function competenceKeyOf(content: FrameworkContent, indicatorKey: string): string {
  for (const group of content.groups) {
    for (const competence of group.competences) {
      if (competence.indicators.some((indicator) => indicator.key === indicatorKey)) {
        return competence.key;
      }
    }
  }
  return '';
}

/** Whether an answer holds a level or "not observed": what finalising asks of every indicator. */
export function isAnswered(answer: Pick<AnswerInput, 'value' | 'notObserved'> | undefined) {
  return !!answer && (answer.value !== null || answer.notObserved);
}

/**
 * The scores with the answers given here laid over them: what the screen shows while some
 * answers have not reached the server. An answer with nothing in it drops its row, as the
 * server does.
 */
export function withAnswers(content: FrameworkContent, scores: ScoreView[],
  answers: Iterable<AnswerInput>): ScoreView[] {
  const byKey = new Map(scores.map((score) => [score.indicatorKey, score]));
  for (const answer of answers) {
    if (!isAnswered(answer) && !answer.note) {
      byKey.delete(answer.indicatorKey);
      continue;
    }
    byKey.set(answer.indicatorKey, {
      ...answer, competenceKey: competenceKeyOf(content, answer.indicatorKey),
    });
  }
  return [...byKey.values()];
}

/** The stored answer of an indicator as the form edits it. */
export function answerOf(scores: ScoreView[], indicatorKey: string): AnswerInput {
  const score = scores.find((candidate) => candidate.indicatorKey === indicatorKey);
  return {
    indicatorKey,
    value: score?.value ?? null,
    notObserved: score?.notObserved ?? false,
    note: score?.note ?? null,
  };
}
