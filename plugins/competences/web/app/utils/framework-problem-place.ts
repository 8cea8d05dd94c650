/**
 * Where in a framework a problem is, read from the server's field path
 * (`content.groups.1.competences.4.indicators.0.levels.3`) as steps a screen can word:
 * group 2, competence 5, indicator 1, level 4, counted from 1 and with the names the content
 * holds. Pure, so `test/framework-problem-place.test.ts` runs it without a browser.
 */
import type { FrameworkContent } from '@dots/plugin-competences/common';

/** One step of a place: a numbered item (with its name when known) or a field of one. */
export interface PlaceStep {
  /** The word for it: `group`, `competence`, `indicator`, `level`, or a field (`name`, …). */
  kind: string;
  number?: number;
  name?: string;
}

/** The numbered items: the list's name in the path, and what one item of it is called. */
const ITEMS = new Map([
  ['groups', 'group'], ['competences', 'competence'], ['indicators', 'indicator'],
  ['levels', 'level'], ['scale', 'level'],
]);

/** The fields a step can end in, each with a word of its own on the screen. */
const FIELDS = new Set([
  'name', 'description', 'text', 'key', 'uri', 'levels', 'indicators', 'competences', 'groups',
  'scale',
]);

/** The framework's own fields outside its content, as the editor names them. */
const TOP = new Map([['name', 'frameworkName'], ['description', 'frameworkDescription']]);

interface Named { name?: unknown; text?: unknown }

/**
 * The steps of a field path, or null when the path is not one of a framework's (a cell of an
 * imported sheet, `format`, …): that place is best shown as the server wrote it.
 */
export function frameworkProblemPlace(
  path: string, content?: FrameworkContent,
): PlaceStep[] | null {
  const parts = path.split('.');
  const top = TOP.get(path);
  if (top) return [{ kind: top }];
  if (parts[0] !== 'content' || parts.length < 2) return null;

  const steps: PlaceStep[] = [];
  let here: unknown = content;
  const scale = content?.scale ?? [];
  for (let n = 1; n < parts.length; n += 1) {
    const part = parts[n]!;
    const next = parts[n + 1];
    const item = ITEMS.get(part);
    if (item && next !== undefined && /^\d+$/.test(next)) {
      const index = Number(next);
      const found = (here as Record<string, unknown[] | undefined> | undefined)?.[part]?.[index];
      if (part === 'scale') steps.push({ kind: 'scale' });
      steps.push({ kind: item, number: index + 1, ...nameOf(part, found, scale[index]) });
      here = found;
      n += 1;
    } else if (FIELDS.has(part) && next === undefined) {
      steps.push({ kind: part });
    } else {
      return null;
    }
  }
  return steps;
}

/** A group's or competence's name, a level's label; an indicator's text is too long to repeat. */
function nameOf(list: string, item: unknown, label: string | undefined): { name?: string } {
  const name = list === 'levels' || list === 'scale' ? label : (item as Named | undefined)?.name;
  if (list === 'indicators' || typeof name !== 'string' || name.trim() === '') return {};
  return { name: name.trim() };
}

/**
 * An imported file's problem reads `<path>: <message>`; a path of the framework's is split off
 * so that it can be worded. Anything else (a sheet's cell, a whole-file problem) stays whole.
 */
export function splitPlacedMessage(message: string): { path: string; message: string } | null {
  const match = /^([A-Za-z]+(?:\.[A-Za-z0-9]+)*): (.+)$/s.exec(message);
  if (!match || !frameworkProblemPlace(match[1]!)) return null;
  return { path: match[1]!, message: match[2]! };
}
