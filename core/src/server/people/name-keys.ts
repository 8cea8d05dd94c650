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

/** Longest sort key and search text the person table keeps (its column lengths). */
export const SORT_KEY_LENGTH = 400;
export const SEARCH_TEXT_LENGTH = 500;

/**
 * The key people are sorted on. `particle` (the Belgian habit, default) files "Van den Broeck"
 * under V; `main-part` files it under B, as in the Netherlands. Names that fold to the same
 * letters ("Muller" and "Müller") are then ordered by their exact spelling, so the order never
 * depends on which row a database happens to return first.
 */
export function sortKeyOf(
  familyName: string,
  givenNames: string,
  mode: NameSortMode = 'particle',
): string {
  const given = foldName(givenNames);
  const spelling = spellingKeyOf(`${familyName} ${givenNames}`);
  if (mode === 'particle') return clip(`${foldName(familyName)}  ${given}`, spelling);

  const [particles, main] = splitParticles(familyName);
  return clip(`${main} ${particles}  ${given}`.replace(/ {3,}/g, '  '), spelling);
}

/** The key for sorting on given names first: "Jan Van den Broeck" under J. */
export function givenNameSortKeyOf(familyName: string, givenNames: string): string {
  const spelling = spellingKeyOf(`${givenNames} ${familyName}`);
  return clip(`${foldName(givenNames)}  ${foldName(familyName)}`, spelling);
}

/** Everything a person may be searched by, folded like a query is. */
export function searchTextOf(parts: Array<string | undefined | null>): string {
  const text = parts.filter(Boolean).map((p) => foldName(p!)).join(' ');
  return [...text].slice(0, SEARCH_TEXT_LENGTH).join('');
}

/**
 * The exact spelling as fixed-width base-36 code points: ASCII digits and letters only, so both
 * databases order it the same, and "u" (0039) comes before "ü" (0070).
 */
function spellingKeyOf(name: string): string {
  const codes = Array.from(name.normalize('NFC'), (char) => char.codePointAt(0)!.toString(36));
  return codes.map((code) => code.padStart(4, '0')).join('');
}

/**
 * Two spaces separate the parts of a key: a space sorts before every letter and digit, so a
 * shorter name still comes first, and the spelling only decides between equal folded names.
 * Keys are derived data, so cutting a very long one to the column length loses no information.
 */
function clip(folded: string, spelling: string): string {
  return `${folded.trim()}  ${spelling}`.slice(0, SORT_KEY_LENGTH);
}
