import type { EvolutionView } from '@dots/plugin-competences/common';

/** One competence on the results screen: the employee's own score and the coach's shared one. */
export interface ResultsRow {
  key: string;
  name: string;
  /** Unrounded means; null when there is no score (shown as "geen score", never 0). */
  self: number | null;
  coach: number | null;
}

/**
 * The latest of each side, per competence, from the evolution's profile; the server gives the
 * coach's side only from measurements the coach shared. Competences nobody scored are left out.
 */
export function resultsRowsOf(evolution: EvolutionView): ResultsRow[] {
  const names = new Map(evolution.competences.map((c) => [c.key, c.name]));
  return evolution.profile.competences
    .filter((competence) => competence.self !== null || competence.coach !== null)
    .map((competence) => ({
      key: competence.key, name: names.get(competence.key) ?? competence.key,
      self: competence.self, coach: competence.coach,
    }));
}
