import type { Perspective } from '../../common/competence-permissions.js';
import { competenceRefOf, gapBetween, isTopicGap } from '../../common/competence-gaps.js';
import { summarise } from '../../common/competence-rules.js';
import type {
  EvolutionCompetence, EvolutionGap, EvolutionProfile, ProfileComparison,
} from '../../common/competence-view.js';
import type {
  CompetenceContent, FrameworkContent, GroupContent, IndicatorContent,
} from '../../common/framework-content.js';

/** A final measurement the reader may see, with its version's wording and its answers. */
export interface VisibleMeasurement {
  id: string;
  date: string;
  perspective: Perspective;
  content: FrameworkContent;
  answers: Map<string, { value: number | null; notObserved: boolean }>;
}

interface Named {
  competence: CompetenceContent;
  group: GroupContent;
}

/**
 * The wording each key reads with: the newest version the key appears in. `versions` newest
 * first; the framework's unmeasured current version may lead, so a renamed competence shows its
 * new name on old points too.
 */
export class EvolutionWording {
  readonly competences = new Map<string, Named>();
  readonly indicators = new Map<string, IndicatorContent>();

  constructor(versions: FrameworkContent[]) {
    for (const content of versions) {
      for (const group of content.groups) {
        for (const competence of group.competences) {
          if (!this.competences.has(competence.key)) {
            this.competences.set(competence.key, { competence, group });
          }
          for (const indicator of competence.indicators) {
            if (!this.indicators.has(indicator.key)) this.indicators.set(indicator.key, indicator);
          }
        }
      }
    }
  }
}

/**
 * The lines of every competence and indicator measured, in the order of the newest measured
 * wording (older keys after). `measurements` oldest first.
 */
export function evolutionLines(measurements: VisibleMeasurement[],
  wording: EvolutionWording): EvolutionCompetence[] {
  const order = keyOrder([...measurements].reverse().map((m) => m.content));

  return [...order].map(([key, indicatorKeys]) => {
    const { competence, group } = wording.competences.get(key)!;
    const pointsOf = (perspective: Perspective) => measurements
      .filter((m) => m.perspective === perspective)
      .flatMap((m) => competencePoint(m, key));
    const indicatorPointsOf = (indicatorKey: string, perspective: Perspective) => measurements
      .filter((m) => m.perspective === perspective && holdsIndicator(m.content, indicatorKey))
      .map((m) => ({
        date: m.date, measurementId: m.id,
        value: m.answers.get(indicatorKey)?.value ?? null,
        notObserved: m.answers.get(indicatorKey)?.notObserved ?? false,
      }));

    return {
      key, name: competence.name, groupKey: group.key, groupName: group.name,
      coach: pointsOf('coach'), self: pointsOf('self'),
      indicators: [...indicatorKeys].map((indicatorKey) => ({
        key: indicatorKey, text: wording.indicators.get(indicatorKey)!.text,
        coach: indicatorPointsOf(indicatorKey, 'coach'),
        self: indicatorPointsOf(indicatorKey, 'self'),
      })),
    };
  });
}

/**
 * The latest coach and the latest self measurement on or before `at`, compared per competence
 * and indicator of `lines`, each perspective by its own mean.
 */
export function evolutionProfile(at: string, measurements: VisibleMeasurement[],
  lines: EvolutionCompetence[]): EvolutionProfile {
  const latest = (perspective: Perspective) => measurements
    .filter((m) => m.perspective === perspective && m.date <= at).at(-1);
  const coach = latest('coach');
  const self = latest('self');
  const coachMeans = coach ? meansOf(coach) : new Map<string, number | null>();
  const selfMeans = self ? meansOf(self) : new Map<string, number | null>();
  const valueOf = (m: VisibleMeasurement | undefined, key: string) =>
    m?.answers.get(key)?.value ?? null;

  return {
    at,
    coach: coach ? { measurementId: coach.id, date: coach.date } : null,
    self: self ? { measurementId: self.id, date: self.date } : null,
    competences: lines.map((line) => ({
      ...compared(line.key, selfMeans.get(line.key) ?? null, coachMeans.get(line.key) ?? null),
      indicators: line.indicators.map((indicator) => compared(
        indicator.key, valueOf(self, indicator.key), valueOf(coach, indicator.key))),
    })),
  };
}

/** The flagged comparisons of a profile, each with the reference a POP goal takes. */
export function evolutionGaps(frameworkId: string, profile: EvolutionProfile,
  wording: EvolutionWording): EvolutionGap[] {
  return profile.competences.flatMap((row) => {
    const { competence } = wording.competences.get(row.key)!;
    const own = row.flagged ? [gapOf(row, row.key, null, competence.name,
      competenceRefOf(frameworkId, competence))] : [];
    const indicators = row.indicators.filter((indicator) => indicator.flagged).map((indicator) => {
      const text = wording.indicators.get(indicator.key)!.text;
      return gapOf(indicator, row.key, indicator.key, text,
        competenceRefOf(frameworkId, competence, text));
    });
    return [...own, ...indicators];
  });
}

function gapOf(row: ProfileComparison, competenceKey: string, indicatorKey: string | null,
  name: string, competenceRef: EvolutionGap['competenceRef']): EvolutionGap {
  return {
    competenceKey, indicatorKey, name, coach: row.coach!, self: row.self!, gap: row.gap!,
    flagged: true, competenceRef,
  };
}

function compared(key: string, self: number | null, coach: number | null): ProfileComparison {
  const gap = gapBetween(self, coach);
  return { key, coach, self, gap, flagged: isTopicGap(gap) };
}

function competencePoint(m: VisibleMeasurement, key: string) {
  const summary = summariesOf(m).find((s) => s.competenceKey === key);
  if (!summary) return [];
  return [{
    date: m.date, measurementId: m.id, mean: summary.mean, scored: summary.scored,
    indicators: summary.indicators,
  }];
}

const summaries = new WeakMap<VisibleMeasurement, ReturnType<typeof summarise>>();

/** A measurement's competence summaries by the rules, computed once per measurement. */
function summariesOf(m: VisibleMeasurement) {
  let found = summaries.get(m);
  if (!found) {
    found = summarise(m.content, [...m.answers].map(([indicatorKey, answer]) => ({
      indicatorKey, perspective: m.perspective, value: answer.value,
    })));
    summaries.set(m, found);
  }
  return found;
}

function meansOf(m: VisibleMeasurement): Map<string, number | null> {
  return new Map(summariesOf(m).map((s) => [s.competenceKey, s.mean]));
}

/** Competence keys with their indicator keys, first seen first, over contents newest first. */
function keyOrder(contents: FrameworkContent[]): Map<string, Set<string>> {
  const order = new Map<string, Set<string>>();
  for (const content of contents) {
    for (const competence of content.groups.flatMap((group) => group.competences)) {
      const indicators = order.get(competence.key) ?? new Set<string>();
      competence.indicators.forEach((indicator) => indicators.add(indicator.key));
      order.set(competence.key, indicators);
    }
  }
  return order;
}

const indicatorKeys = new WeakMap<FrameworkContent, Set<string>>();

/** Whether a version has the indicator; the set is made once per version's content. */
function holdsIndicator(content: FrameworkContent, key: string): boolean {
  let keys = indicatorKeys.get(content);
  if (!keys) {
    keys = new Set(content.groups.flatMap((group) => group.competences)
      .flatMap((competence) => competence.indicators.map((indicator) => indicator.key)));
    indicatorKeys.set(content, keys);
  }
  return keys.has(key);
}
