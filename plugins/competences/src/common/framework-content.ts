/**
 * The wording of one framework version. Keys are stable across versions (an edit keeps the key of
 * what it rewords), so a person's scores can be followed over versions; ids of rows are not used
 * here because a version is stored whole.
 */
export interface IndicatorContent {
  key: string;
  /** The observable behaviour, e.g. "Komt op tijd en verwittigt als hij later is". */
  text: string;
  /** What each level of the scale looks like for this indicator, lowest first. */
  levels: string[];
  /** A concept URI when the indicator comes from a published classification. */
  uri?: string | null;
}

export interface CompetenceContent {
  key: string;
  name: string;
  description?: string | null;
  uri?: string | null;
  indicators: IndicatorContent[];
}

export interface GroupContent {
  key: string;
  name: string;
  uri?: string | null;
  competences: CompetenceContent[];
}

export interface FrameworkContent {
  /** The labels of the levels, lowest first; a score is the position, 1-based. */
  scale: string[];
  groups: GroupContent[];
}

/** Where a framework's text comes from, and what its licence asks to be shown with it. */
export interface FrameworkSource {
  ready: string | null;
  attribution: string | null;
  licence: string | null;
}
