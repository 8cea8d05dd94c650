import type { NameSortMode } from '../../common/tenant.js';

/**
 * Letters that Unicode decomposition leaves alone, spelled the way a Flemish reader would; and
 * the Greek final sigma, which is the same letter as σ (lower-casing writes it at a word's end).
 */
const TRANSLITERATION: Record<string, string> = {
  ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
  ə: 'e', ς: 'σ',
};

/** Dutch, French and Arabic particles that may open a family name. */
const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'des', 'del', 'della', 'di', 'da', 'du', 'het', 't', 'ter',
  'ten', 'te', 'in', 'op', 'la', 'le', 'el', 'al', 'ben', 'bin', 'ibn', 'vanden', 'vander', 'd',
]);

/**
 * Apostrophes join the parts of a name ("D'Hondt" is found as "dhondt"), and so does the Arabic
 * tatweel, which only stretches a word in writing.
 */
const JOINERS = /['’`ʼ\u0640]/gu;

/**
 * Lower-case letters and digits of every script, without accents or other marks, Latin letters
 * as ASCII, and single spaces between the words: "Çağla Öztürk-D'Hondt" → "cagla ozturk dhondt",
 * "Μαρία Παπαδοπούλου" → "μαρια παπαδοπουλου". Search text and queries are folded so; the sort
 * keys are this text as ASCII (see sortKeyOf). Anything else (punctuation, symbols, emoji,
 * direction marks) separates words and folds away.
 */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/./gu, (char) => TRANSLITERATION[char] ?? char)
    .replace(JOINERS, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
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
  return `${asciiKeyOf(folded.trim())}  ${spelling}`.slice(0, SORT_KEY_LENGTH);
}

/** Added to a code point so that it always takes four base-36 digits, the first never `0`. */
const NON_LATIN_OFFSET = 36 ** 3;

/**
 * Folded text as lower-case ASCII letters, digits and spaces, which both databases order the same
 * way (space, then digits, then letters), as no collation setting promises for other letters.
 * a–y, digits and spaces stay; `z` becomes `z0`; every other letter or digit (Cyrillic, Greek,
 * Arabic, …) becomes `z` and the four base-36 digits of its code point plus NON_LATIN_OFFSET, so
 * `z1000` and up. No code is the beginning of another and the codes are in the order of what
 * they stand for, so Latin names keep their order, and a letter of another script sorts after
 * every Latin letter, by code point (for the Russian and Greek alphabets, their own order).
 */
function asciiKeyOf(folded: string): string {
  return Array.from(folded, (char) => {
    if (char === 'z') return 'z0';
    if (/^[a-y0-9 ]$/.test(char)) return char;
    return `z${(char.codePointAt(0)! + NON_LATIN_OFFSET).toString(36)}`;
  }).join('');
}
