import type {
  FrameworkLanguage, MeasurementKind, MeasurementStatus, Perspective,
} from './competence-permissions.js';
import type { FrameworkContent, FrameworkSource } from './framework-content.js';

/** A framework as a list shows it. */
export interface FrameworkSummaryView {
  id: string;
  name: string;
  description: string | null;
  language: FrameworkLanguage;
  source: FrameworkSource;
  /** The number of the version an edit or a new measurement uses. */
  currentVersion: number;
  currentVersionId: string;
  updatedAt: string;
}

/** A framework with the wording of its current version. */
export interface FrameworkView extends FrameworkSummaryView {
  content: FrameworkContent;
  /** Whether the current version has measurements: the next edit then makes a new version. */
  measured: boolean;
}

export interface VersionSummaryView {
  id: string;
  frameworkId: string;
  number: number;
  createdAt: string;
  measurements: number;
}

export interface VersionView extends VersionSummaryView {
  content: FrameworkContent;
}

/** One indicator's answer: a level, "not observed", or (in a draft) nothing yet. */
export interface ScoreView {
  indicatorKey: string;
  competenceKey: string;
  value: number | null;
  notObserved: boolean;
  note: string | null;
}

/** A competence's result in one measurement, by the rules of docs/competence-rules.md. */
export interface CompetenceSummary {
  competenceKey: string;
  /** The unrounded mean of the scored indicators; null when none is scored, never 0. */
  mean: number | null;
  scored: number;
  indicators: number;
}

export interface AmendmentView {
  id: string;
  reason: string;
  authorId: string | null;
  createdAt: string;
  changes: Array<{ indicatorKey: string; before: AnswerView; after: AnswerView }>;
}

export interface AnswerView {
  value: number | null;
  notObserved: boolean;
  note: string | null;
}

export interface MeasurementSummaryView {
  id: string;
  personId: string;
  frameworkId: string;
  versionId: string;
  versionNumber: number;
  date: string;
  assessorId: string | null;
  kind: MeasurementKind;
  perspective: Perspective;
  status: MeasurementStatus;
  finalisedAt: string | null;
  /** When the coach showed this final measurement to the employee; null while not shared. */
  sharedAt: string | null;
}

/** A measurement with its scores, the wording it was scored on and its summaries. */
export interface MeasurementView extends MeasurementSummaryView {
  note: string | null;
  scores: ScoreView[];
  competences: CompetenceSummary[];
  content: FrameworkContent;
  amendments: AmendmentView[];
}

/** A framework the employee can assess themselves on, with their open draft on it. */
export interface SelfAssessmentFrameworkView {
  id: string;
  name: string;
  description: string | null;
  language: FrameworkLanguage;
  source: FrameworkSource;
  /** The employee's unsubmitted self-assessment on it: continue that one, do not start anew. */
  openDraftId: string | null;
}

/**
 * `GET /me/self-assessments/:id` and the answers of its writes: the measurement with what its
 * framework is, so the portal shows its source and reads it aloud in its language.
 */
export interface SelfAssessmentView extends MeasurementView {
  framework: Omit<SelfAssessmentFrameworkView, 'openDraftId'>;
}

export interface ListOf<T> {
  items: T[];
}

/** A ready framework a tenant can adopt, with what its source asks to be shown. */
export interface ReadyFrameworkView {
  id: string;
  languages: FrameworkLanguage[];
  name: string;
  description: string;
  source: FrameworkSource;
  competences: number;
}

/** One measurement's score of a competence, as a point of the evolution's line. */
export interface EvolutionPoint {
  date: string;
  measurementId: string;
  /** The unrounded mean of the scored indicators; null when none is scored. */
  mean: number | null;
  scored: number;
  indicators: number;
}

/** One measurement's answer to an indicator, as a point of the evolution's line. */
export interface EvolutionIndicatorPoint {
  date: string;
  measurementId: string;
  value: number | null;
  notObserved: boolean;
}

/** A competence over time: a line for the coach, one for the self-assessment, never merged. */
export interface EvolutionCompetence {
  key: string;
  name: string;
  groupKey: string;
  groupName: string;
  coach: EvolutionPoint[];
  self: EvolutionPoint[];
  indicators: Array<{
    key: string;
    text: string;
    coach: EvolutionIndicatorPoint[];
    self: EvolutionIndicatorPoint[];
  }>;
}

/** Coach and self side by side, with self minus coach; `flagged` when it is 2 levels or more. */
export interface ProfileComparison {
  key: string;
  coach: number | null;
  self: number | null;
  gap: number | null;
  flagged: boolean;
}

/** The latest measurement of each perspective on or before `at`, compared. */
export interface EvolutionProfile {
  at: string;
  coach: { measurementId: string; date: string } | null;
  self: { measurementId: string; date: string } | null;
  competences: Array<ProfileComparison & { indicators: ProfileComparison[] }>;
}

/** A flagged gap: a topic for the next POP conversation, with the reference a goal takes. */
export interface EvolutionGap {
  competenceKey: string;
  indicatorKey: string | null;
  name: string;
  coach: number;
  self: number;
  gap: number;
  flagged: true;
  competenceRef: { uri?: string; label: string };
}

/** `GET /people/:personId/evolution` and `GET /me/evolution`. */
export interface EvolutionView {
  /** The frameworks this person has measurements on that the reader may see. */
  frameworks: Array<{ id: string; name: string }>;
  /**
   * The one shown: the one asked for, else the one measured most recently; with its source, so
   * the results show what the source asks (ESCO's attribution).
   */
  framework: { id: string; name: string; scale: string[]; source: FrameworkSource } | null;
  competences: EvolutionCompetence[];
  profile: EvolutionProfile;
  gaps: EvolutionGap[];
}

/** One perspective's department average of a competence over a period. */
export interface DepartmentAverage {
  /** The mean of the measurements' means; null when no measurement scored the competence. */
  mean: number | null;
  measurements: number;
  people: number;
}

/** `GET /reports/department-averages`. */
export interface DepartmentAveragesView {
  items: Array<{
    competenceKey: string;
    name: string;
    coach: DepartmentAverage;
    self: DepartmentAverage;
  }>;
}
