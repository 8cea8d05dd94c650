import type { TenantKind } from '@dots/core';
import type { PlanDeadline } from '../../common/development-plan-view.js';
import { addDays, addMonths } from './calendar-arithmetic.js';

/** A new hire's POP reaches VDAB within one month of the start (domain.md §1.2). */
export const FIRST_MONTH = 1;

/** An updated POP reaches VDAB at the latest 10 days before its evaluation (domain.md §1.2). */
export const DAYS_BEFORE_EVALUATION = 10;

/** LDE makes a POP every year; arbeidszorg evaluates every year (domain.md §1.3, §1.1). */
export const CYCLE_MONTHS = 12;

/** What the rules read about one plan; every date is `YYYY-MM-DD`. */
export interface DeadlineFacts {
  kind: TenantKind;
  today: string;
  /** The person's first working day, when known. */
  personStartDate: string | null;
  periodFrom: string;
  evaluationDate: string | null;
  /** The days the plan's versions were made. */
  versionDates: string[];
  /** The days the plan's versions were handed to an outside body. */
  handOvers: string[];
  /** The days of the plan's review moments. */
  reviewDates: string[];
  /** The first day of the person's next plan, when there is one. */
  nextPlanFrom: string | null;
}

/**
 * The deadlines of a plan under the rules of the tenant's kind. A rule that lacks the date it
 * counts from (no start date, no evaluation date) gives no deadline rather than a guessed one.
 */
export function planDeadlines(facts: DeadlineFacts): PlanDeadline[] {
  if (facts.kind === 'maatwerk') return maatwerkDeadlines(facts);
  if (facts.kind === 'local-services') return ldeYearlyPop(facts);
  if (facts.kind === 'arbeidszorg') return amaYearlyEvaluation(facts);
  return [];
}

/**
 * Maatwerk: the hire's POP handed over within a month of the start, for the plan that was
 * running by then; and an updated POP handed over 10 days before the next evaluation, by a
 * hand-over later than the one that counted for the first month.
 */
function maatwerkDeadlines(facts: DeadlineFacts): PlanDeadline[] {
  const deadlines: PlanDeadline[] = [];
  const handOvers = [...facts.handOvers].sort();
  let counted: string | null = null;

  if (facts.personStartDate) {
    const dueDate = addMonths(facts.personStartDate, FIRST_MONTH);
    if (facts.periodFrom <= dueDate) {
      counted = handOvers[0] ?? null;
      deadlines.push(deadline('maatwerk-pop-first-month', dueDate, counted));
    }
  }

  if (facts.evaluationDate) {
    const dueDate = addDays(facts.evaluationDate, -DAYS_BEFORE_EVALUATION);
    const update = handOvers.find((day) => counted === null || day > counted) ?? null;
    deadlines.push(deadline('maatwerk-pop-before-evaluation', dueDate, update));
  }
  return deadlines;
}

/**
 * LDE: every year a new POP, counted from the plan's start and then from each renewal: a new
 * version of the plan or the start of the person's next plan (which takes the cycle over).
 */
function ldeYearlyPop(facts: DeadlineFacts): PlanDeadline[] {
  const renewals = facts.versionDates.map((date) => ({ date, ends: false }));
  if (facts.nextPlanFrom) renewals.push({ date: facts.nextPlanFrom, ends: true });
  return yearlyCycle('lde-yearly-pop', facts.periodFrom, renewals, null);
}

/**
 * Arbeidszorg: a yearly evaluation, counted from the plan's start and then from each review
 * held (one dated today or earlier); cycles due after the next plan starts are that plan's.
 */
function amaYearlyEvaluation(facts: DeadlineFacts): PlanDeadline[] {
  const held = facts.reviewDates.filter((date) => date <= facts.today);
  const renewals = held.map((date) => ({ date, ends: false }));
  return yearlyCycle('ama-yearly-evaluation', facts.periodFrom, renewals, facts.nextPlanFrom);
}

/**
 * Deadlines of a yearly cycle: due 12 months after the anchor; done by the latest renewal within
 * that year, else by the first one after it (late); the renewal is the next anchor. Ends with
 * the first cycle not done yet, or with a renewal that hands the cycle to another plan.
 */
function yearlyCycle(
  rule: PlanDeadline['rule'],
  start: string,
  renewals: Array<{ date: string; ends: boolean }>,
  stopAfter: string | null,
): PlanDeadline[] {
  const sorted = [...renewals].sort((a, b) => a.date.localeCompare(b.date));
  const deadlines: PlanDeadline[] = [];
  let anchor = start;

  // Each round moves the anchor to a later renewal, so there are at most as many as renewals.
  for (let round = 0; round <= sorted.length; round += 1) {
    const dueDate = addMonths(anchor, CYCLE_MONTHS);
    if (stopAfter !== null && dueDate > stopAfter) break;

    const after = sorted.filter((renewal) => renewal.date > anchor);
    const inTime = after.filter((renewal) => renewal.date <= dueDate);
    const done = inTime.find((renewal) => renewal.ends) ?? inTime.at(-1) ?? after[0];
    deadlines.push(deadline(rule, dueDate, done?.date ?? null));
    if (!done || done.ends) break;
    anchor = done.date;
  }
  return deadlines;
}

function deadline(rule: PlanDeadline['rule'], dueDate: string, doneOn: string | null) {
  return { rule, dueDate, met: doneOn !== null && doneOn <= dueDate, doneOn };
}
