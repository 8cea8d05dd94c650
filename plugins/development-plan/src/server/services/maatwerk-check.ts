import type { MaatwerkCheck, MaatwerkFailure } from '../../common/development-plan-view.js';
import type { PlanContents } from './plan-contents.js';

/** A maatwerk POP needs at least this many improvement actions (domain.md §1.2). */
export const MIN_IMPROVEMENT_ACTIONS = 2;

/**
 * Which rules of the minimum content of a maatwerk POP the plan breaks: every goal names its
 * current and its target level, the goals cover a generic and a technical competence, and there
 * are at least two improvement actions that were not dropped.
 */
export function maatwerkCheck(contents: PlanContents): MaatwerkCheck {
  const { goals } = contents;
  const failures: MaatwerkFailure[] = [];

  if (!goals.length) {
    failures.push({ rule: 'goals', message: 'The plan has no goals.' });
  }

  const withoutCurrent = goals.filter((goal) => !goal.currentLevel).map((goal) => goal.id);
  if (withoutCurrent.length) {
    failures.push({
      rule: 'current-level', goalIds: withoutCurrent,
      message: 'Every goal must name the current level of its competence.',
    });
  }

  const withoutTarget = goals.filter((goal) => !goal.targetLevel).map((goal) => goal.id);
  if (withoutTarget.length) {
    failures.push({
      rule: 'target-level', goalIds: withoutTarget,
      message: 'Every goal must name the target level of its competence.',
    });
  }

  const kinds = new Set(goals.map((goal) => goal.competenceKind));
  if (!kinds.has('generic') || !kinds.has('technical')) {
    failures.push({
      rule: 'competence-kinds',
      message: 'The goals must cover at least one generic and one technical competence.',
    });
  }

  const actions = goals.flatMap((goal) => contents.actionsOf(goal))
    .filter((action) => action.status !== 'dropped');
  if (actions.length < MIN_IMPROVEMENT_ACTIONS) {
    failures.push({
      rule: 'improvement-actions',
      message: `The plan needs at least ${MIN_IMPROVEMENT_ACTIONS} improvement actions ` +
        'that are not dropped.',
    });
  }
  return { passes: !failures.length, failures };
}
