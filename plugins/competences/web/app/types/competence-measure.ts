import type { MeasurementSummaryView, MeasurementView } from '@dots/plugin-competences/common';

/**
 * Shapes of the Issue 5 contract the person tab reads that src/common does not hold yet
 * (contract.md): the measurement's `sharedAt` and the next measurement due.
 */
export type MeasurementListItem = MeasurementSummaryView & { sharedAt?: string | null };
export type MeasurementDetail = MeasurementView & { sharedAt?: string | null };

/** `GET /people/:personId/due`: one item per cycle that applies to the person. */
export interface DueMeasurement {
  frameworkId: string;
  frameworkName: string;
  cycleId: string;
  intervalMonths: number;
  lastDate: string | null;
  dueDate: string;
  overdue: boolean;
  withSelfAssessment: boolean;
}

/** One indicator's answer as the scoring screen sends it (`PATCH /measurements/:id`). */
export interface AnswerInput {
  indicatorKey: string;
  value: number | null;
  notObserved: boolean;
  note: string | null;
}

/** Where an indicator's answer stands between this screen and the server. */
export type SaveState = 'saving' | 'saved' | 'unsaved' | 'failed';

/** One point of an evolution line, as the chart draws it and its table lists it. */
export interface EvolutionLinePoint {
  perspective: 'coach' | 'self';
  date: string;
  /** Unrounded: the mean of a competence or an indicator's level; null when there is none. */
  value: number | null;
  /** The value as the reader sees it: "2,67 (2 van 3 gescoord)", "niet gezien". */
  text: string;
}
