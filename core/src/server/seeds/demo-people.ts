import { demoNames } from './demo-names.js';
import { between, pickOne, shuffled } from './seeded-random.js';

/** Where a demo person's name comes from. */
export type DemoOrigin =
  | 'flemish' | 'flemish-particle' | 'flemish-accent' | 'moroccan' | 'turkish' | 'polish';

export interface DemoPerson {
  givenNames: string;
  familyName: string;
  /** The roepnaam, for people with two given names. */
  preferredName?: string;
  gender: 'man' | 'vrouw';
  birthDate: string;
  /** A valid number for that birth date and sex; the seed stores it for some people only. */
  nationalRegisterNumber: string;
  origin: DemoOrigin;
}

/**
 * Forty people, as a Flemish social-economy workplace might have them: mostly Flemish names,
 * many with particles and some with accents, and Moroccan, Turkish and Polish names. The plan is
 * fixed and only the draw is random, so every demo holds each kind of name.
 */
const PLAN: Array<[DemoOrigin, number]> = [
  ['flemish', 16], ['flemish-particle', 9], ['flemish-accent', 3],
  ['moroccan', 5], ['turkish', 4], ['polish', 3],
];

export const DEMO_PEOPLE_COUNT = PLAN.reduce((sum, [, count]) => sum + count, 0);

/** The demo's people in a random but repeatable order, each full name once. */
export function demoPeople(random: () => number): DemoPerson[] {
  const origins = shuffled(random, PLAN.flatMap(([origin, count]) => Array(count).fill(origin)));
  const seen = new Set<string>();

  return origins.map((origin: DemoOrigin) => {
    for (;;) {
      const person = demoPerson(random, origin);
      const key = `${person.givenNames} ${person.familyName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      return person;
    }
  });
}

/** A name alone, for the demo's own staff accounts. */
export function demoStaffName(random: () => number): string {
  const person = demoPerson(random, 'flemish');
  return `${person.preferredName ?? person.givenNames} ${person.familyName}`;
}

function demoPerson(random: () => number, origin: DemoOrigin): DemoPerson {
  const sex = random() < 0.5 ? 'male' : 'female';
  const { given, family } = nameOf(random, origin, sex);
  const second = origin.startsWith('flemish') && random() < 0.15
    ? pickOne(random, demoNames().flemish[sex]) : undefined;

  const year = between(random, 1968, 2006);
  const birthDate = `${year}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`;

  return {
    givenNames: second && second !== given ? `${given} ${second}` : given,
    familyName: family,
    preferredName: second && second !== given ? given : undefined,
    gender: sex === 'male' ? 'man' : 'vrouw',
    birthDate,
    nationalRegisterNumber: nationalNumberFor(birthDate, sex, between(random, 1, 498)),
    origin,
  };
}

/**
 * A rijksregisternummer for a birth date: the sequence is odd for men and even for women, and
 * the check digits are 97 minus the first nine digits modulo 97, with a 2 in front from 2000.
 */
function nationalNumberFor(birthDate: string, sex: 'male' | 'female', draw: number): string {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const sequence = String(sex === 'male' ? draw * 2 - 1 : draw * 2).padStart(3, '0');
  const nine = `${year.slice(2)}${month}${day}${sequence}`;
  const base = Number(Number(year) >= 2000 ? `2${nine}` : nine);
  return `${nine}${String(97 - (base % 97)).padStart(2, '0')}`;
}

/** The list of Flemish family names each Flemish origin draws from. */
const FLEMISH_FAMILY = {
  flemish: 'familyPlain', 'flemish-particle': 'familyParticle', 'flemish-accent': 'familyAccented',
} as const;

function nameOf(
  random: () => number,
  origin: DemoOrigin,
  sex: 'male' | 'female',
): { given: string; family: string } {
  const names = demoNames();
  if (origin === 'polish') {
    const given = pickOne(random, names.polish[sex]);
    return { given, family: pickOne(random, names.polish.family)[sex] };
  }
  if (origin === 'moroccan' || origin === 'turkish') {
    const given = pickOne(random, names[origin][sex]);
    return { given, family: pickOne(random, names[origin].family) };
  }
  const given = pickOne(random, names.flemish[sex]);
  return { given, family: pickOne(random, names.flemish[FLEMISH_FAMILY[origin]]) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
