/**
 * Gaps between the self-image and the coach's view (docs/competence-rules.md, "Gaps"), shared by
 * the server's evolution and the web app's screens so both flag the same topics.
 */

/** A gap of this many levels or more, either way, is a topic for the next POP conversation. */
export const TOPIC_GAP_LEVELS = 2;

/**
 * Means of a few small integers are not exact in binary (10/3 − 4/3 may land a hair under 2), so
 * the threshold is compared with this much room; no real gap lies that close to it.
 */
const FLOAT_ROOM = 1e-9;

/** Self minus coach, unrounded; null unless both have a score. Never an average of the two. */
export function gapBetween(self: number | null, coach: number | null): number | null {
  if (self === null || coach === null) return null;
  return self - coach;
}

/** Whether a gap is wide enough to talk about: two levels or more, above or below. */
export function isTopicGap(gap: number | null): boolean {
  return gap !== null && Math.abs(gap) >= TOPIC_GAP_LEVELS - FLOAT_ROOM;
}

/** How a POP goal names a competence: the `competenceRefs` shape of the development plan. */
export interface CompetenceRefView {
  uri?: string;
  label: string;
}

/** The development plan keeps a reference's label to this many characters. */
const REF_LABEL_MAX = 200;

/**
 * The reference a gap offers as a POP goal's competence: the concept URI the framework gives the
 * competence (ESCO's, for an ESCO framework), else a DOTS URN of the framework and key. An
 * indicator's gap names its competence, with the indicator's text in the label.
 */
export function competenceRefOf(
  frameworkId: string,
  competence: { key: string; name: string; uri?: string | null },
  indicatorText?: string,
): CompetenceRefView {
  const uri = competence.uri || `urn:dots:competence:${frameworkId}:${competence.key}`;
  const label = indicatorText ? `${competence.name}: ${indicatorText}` : competence.name;
  return { uri, label: clip(label, REF_LABEL_MAX) };
}

/**
 * Cuts text to `max` UTF-16 units, as the development plan's schema counts, with an ellipsis;
 * whole code points only, so no half of an emoji is left.
 */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}
