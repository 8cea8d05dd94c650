import type { NameSortMode } from '../../common/tenant.js';

/** Letters that Unicode decomposition leaves alone, spelled the way a Flemish reader would. */
const TRANSLITERATION: Record<string, string> = {
  ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
};

/** Dutch, French and Arabic particles that may open a family name. */
const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'des', 'del', 'della', 'di', 'da', 'du', 'het', 't', 'ter',
  'ten', 'te', 'in', 'op', 'la', 'le', 'el', 'al', 'ben', 'bin', 'ibn', 'vanden', 'vander', 'd',
]);

/**
 * Lower-case ASCII letters, digits and single spaces only. Both databases order such text the
 * same way (space, then digits, then letters), which no collation setting promises for names
 * with accents: this is what makes the order identical on SQLite and MySQL/MariaDB.
 */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/./gu, (char) => TRANSLITERATION[char] ?? char)
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits leading particles off a family name: "Van den Broeck" → ["van den", "broeck"]. */
export function splitParticles(familyName: string): [string, string] {
  const words = foldName(familyName).split(' ').filter(Boolean);
  let index = 0;
  while (index < words.length - 1 && PARTICLES.has(words[index]!)) index += 1;
  return [words.slice(0, index).join(' '), words.slice(index).join(' ')];
}

/**
 * The key people are sorted on. `particle` (the Belgian habit, default) files "Van den Broeck"
 * under V; `main-part` files it under B, as in the Netherlands.
 */
export function sortKeyOf(familyName: string, givenNames: string, mode: NameSortMode = 'particle'): string {
  const given = foldName(givenNames);
  if (mode === 'particle') return `${foldName(familyName)}  ${given}`.trim();

  const [particles, main] = splitParticles(familyName);
  return `${main} ${particles}  ${given}`.replace(/ {3,}/g, '  ').trim();
}

/** Everything a person may be searched by, folded like a query is. */
export function searchTextOf(parts: Array<string | undefined | null>): string {
  return parts.filter(Boolean).map((p) => foldName(p!)).join(' ');
}
