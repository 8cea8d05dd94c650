import type { EvolutionPoint, EvolutionView } from '@dots/plugin-competences/common';

/** How many of a competence's indicators the measurement scored: "1 van 2 gescoord". */
export interface ScoredCount {
  scored: number;
  indicators: number;
}

/** One competence on the results screen: the employee's own score and the coach's shared one. */
export interface ResultsRow {
  key: string;
  name: string;
  /** Unrounded means; null when there is no score (shown as "geen score", never 0). */
  self: number | null;
  coach: number | null;
  /** Shown with each mean (docs/competence-rules.md); null when that side has no measurement. */
  selfCount: ScoredCount | null;
  coachCount: ScoredCount | null;
}

/**
 * The latest of each side, per competence, from the evolution's profile; the server gives the
 * coach's side only from measurements the coach shared. Competences nobody scored are left out.
 * The counts come from the evolution's point of the measurement the profile compares.
 */
export function resultsRowsOf(evolution: EvolutionView): ResultsRow[] {
  const competences = new Map(evolution.competences.map((c) => [c.key, c]));
  const { profile } = evolution;

  return profile.competences
    .filter((competence) => competence.self !== null || competence.coach !== null)
    .map((competence) => {
      const line = competences.get(competence.key);
      return {
        key: competence.key, name: line?.name ?? competence.key,
        self: competence.self, coach: competence.coach,
        selfCount: countOf(line?.self, profile.self?.measurementId),
        coachCount: countOf(line?.coach, profile.coach?.measurementId),
      };
    });
}

function countOf(points: EvolutionPoint[] | undefined,
  measurementId: string | undefined): ScoredCount | null {
  const point = points?.find((p) => p.measurementId === measurementId);
  return point ? { scored: point.scored, indicators: point.indicators } : null;
}
