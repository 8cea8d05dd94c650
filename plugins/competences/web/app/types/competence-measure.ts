import type { ScoreView } from '@dots/plugin-competences/common';

/**
 * Shapes of the scoring and evolution screens themselves; what the API answers is in
 * '@dots/plugin-competences/common'.
 */

/** One indicator's answer as the scoring screen sends it (`PATCH /measurements/:id`). */
export type AnswerInput = Omit<ScoreView, 'competenceKey'>;

/** Where an indicator's answer stands between this screen and the server. */
export type SaveState = 'saving' | 'saved' | 'unsaved' | 'failed';

/** One point of an evolution line, as the chart draws it and its table lists it. */
export interface EvolutionLinePoint {
  perspective: 'coach' | 'self';
  date: string;
  /** Two points of one day are two measurements: this tells them apart. */
  measurementId: string;
  /** Unrounded: the mean of a competence or an indicator's level; null when there is none. */
  value: number | null;
  /** The value as the reader sees it: "2,67 (2 van 3 gescoord)", "niet gezien". */
  text: string;
}
