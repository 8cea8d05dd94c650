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
}

/** A measurement with its scores, the wording it was scored on and its summaries. */
export interface MeasurementView extends MeasurementSummaryView {
  note: string | null;
  scores: ScoreView[];
  competences: CompetenceSummary[];
  content: FrameworkContent;
  amendments: AmendmentView[];
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
