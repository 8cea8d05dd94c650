import { ValidationError, type FieldProblem } from '@dots/core';
import type { FrameworkContent } from '../../common/framework-content.js';
import type { AnswerBody } from '../routes/measurement-schemas.js';
import { indicatorsOf } from './framework-content-keys.js';

/** An answer checked against the version it is given on. */
export interface CheckedAnswer {
  indicatorKey: string;
  competenceKey: string;
  value: number | null;
  notObserved: boolean;
  note: string | null;
}

/**
 * Checks answers against a version's wording: a known indicator, once; a level of its scale;
 * a score or "not observed", not both. `complete` (an amendment of a final measurement) also
 * refuses an answer with neither. Every problem names `scores.<n>.<field>`, all at once.
 */
export function checkAnswers(
  content: FrameworkContent,
  answers: AnswerBody[],
  options: { complete: boolean },
): CheckedAnswer[] {
  const competenceOf = new Map(indicatorsOf(content).map((i) => [i.key, i.competenceKey]));
  const levels = content.scale.length;
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];

  const checked = answers.map((answer, n) => {
    const at = `scores.${n}`;
    const value = answer.value ?? null;
    const notObserved = answer.notObserved ?? false;

    if (!competenceOf.has(answer.indicatorKey)) {
      problems.push({
        field: `${at}.indicatorKey`, message: 'is not an indicator of this version',
      });
    } else if (seen.has(answer.indicatorKey)) {
      problems.push({ field: `${at}.indicatorKey`, message: 'is answered twice' });
    }
    seen.add(answer.indicatorKey);

    if (value !== null && (value < 1 || value > levels)) {
      problems.push({ field: `${at}.value`, message: `must be a level from 1 to ${levels}` });
    }
    if (value !== null && notObserved) {
      problems.push({ field: `${at}.notObserved`, message: 'cannot go with a score' });
    }
    if (options.complete && value === null && !notObserved) {
      problems.push({ field: `${at}.value`, message: 'give a score or notObserved' });
    }
    return {
      indicatorKey: answer.indicatorKey, competenceKey: competenceOf.get(answer.indicatorKey)!,
      value, notObserved, note: answer.note ?? null,
    };
  });

  if (problems.length) throw new ValidationError(problems);
  return checked;
}

/** Whether an answer says anything: a draft drops the row of one that does not. */
export function isAnswered(answer: { value: number | null; notObserved: boolean }): boolean {
  return answer.value !== null || answer.notObserved;
}
