/**
 * Picks the names of the demo people from the public name lists and writes them to
 * core/src/server/seeds/demo-names.json, which the project ships: the server never reads the
 * lists themselves. Run it again only to change the selection, then commit its output:
 *
 *   node --import tsx core/src/scripts/build-demo-names.ts [folder of the name lists]
 *
 * The folder defaults to ../shared/data/names next to the repository. The selection is the same
 * on every run (most frequent first, fixed lists), so the output only changes with this script.
 * Licences and attribution: core/src/server/seeds/demo-names.SOURCES.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DemoNames, PolishFamilyName } from '../server/seeds/demo-names.js';

const root = path.resolve(import.meta.dirname, '../../..');
const source = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/names'));
const output = path.join(root, 'core/src/server/seeds/demo-names.json');

/** Common Turkish family names, as Belgian registers spell them (often without ı or ş). */
const TURKISH_FAMILY = [
  'yilmaz', 'öztürk', 'ozturk', 'özdemir', 'kaya', 'demir', 'sahin', 'çelik', 'celik', 'yildiz',
  'aydin', 'arslan', 'dogan', 'kiliç', 'aslan', 'cetin', 'koç', 'özkan', 'simsek', 'polat',
  'korkmaz', 'erdogan', 'köse', 'yüksel', 'özcan', 'güler', 'dönmez', 'güngör', 'ünal', 'küçük',
  'sönmez', 'karaca', 'keskin', 'bulut', 'yavuz', 'bozkurt', 'kaplan', 'coskun', 'yalçin', 'turan',
];
const TURKISH_MALE = [
  'Mehmet', 'Emre', 'Ahmet', 'Ömer', 'Hüseyin', 'Mustafa', 'Yusuf', 'Burak', 'Furkan', 'Enes',
  'Kerem', 'Süleyman', 'Bünyamin', 'Eyüp', 'Miraç', 'Serkan', 'Murat', 'Hakan', 'Kaan', 'Selim',
];
const TURKISH_FEMALE = [
  'Elif', 'Zeynep', 'Esra', 'Kübra', 'Merve', 'Emine', 'Melike', 'Rabia', 'Sümeyye', 'Beyza',
  'Hatice', 'Derya', 'Gizem', 'Selin', 'Dilara', 'Ebru', 'Özlem', 'Songül', 'Hülya', 'Sibel',
];
const MOROCCAN_MALE = [
  'Mohamed', 'Mohammed', 'Rayan', 'Ilias', 'Hamza', 'Ayoub', 'Youssef', 'Bilal', 'Yassine',
  'Zakaria', 'Anas', 'Omar', 'Amine', 'Soufiane', 'Mehdi', 'Karim', 'Nabil', 'Khalid', 'Rachid',
  'Hicham', 'Younes', 'Driss', 'Mustapha', 'Abdelkader',
];
const MOROCCAN_FEMALE = [
  'Fatima', 'Yasmine', 'Amira', 'Imane', 'Hajar', 'Salma', 'Khadija', 'Malak', 'Ikram', 'Houda',
  'Nadia', 'Samira', 'Loubna', 'Najat', 'Hanane', 'Siham', 'Oumaima', 'Chaimae', 'Nisrine',
  'Latifa',
];
/** Moroccan family names without an El or Ben in front. */
const MOROCCAN_FAMILY_EXTRA = ['bouazza', 'bouziane', 'boulahtari', 'boulakhrif', 'bouazzaoui'];

/**
 * How many family names to take per opening particle, so the demo shows every Flemish habit:
 * "Van den Broeck", "Vanden Berghe", "Vander Elst", "D'Hondt", "De Smet", "Van Damme".
 */
const PARTICLE_QUOTAS: Array<[string, number]> = [
  ['van den ', 8], ['van der ', 6], ['van de ', 4], ['vanden ', 4], ['vander ', 2], ["d'", 4],
  ['de la ', 1], ['de ', 14], ['van ', 10], ['du ', 1], ['ver ', 1],
];

/** Particles written in lower case inside a Belgian family name: "Van den Broeck". */
const INNER_PARTICLES = new Set(['de', 'den', 'der', 'van', 'la', 'le', 'du', 'des', 'ter', 'ten']);

function readJson(file: string): string[] {
  return JSON.parse(fs.readFileSync(path.join(source, file), 'utf8')) as string[];
}

/** Statbel first names of babies born in Belgium 1995–2025, most frequent first. */
function statbelFirstNames(sex: 'F' | 'M'): string[] {
  const text = fs.readFileSync(
    path.join(source, 'statbel/statbel_newborn_firstnames_1995-2025_cumulative.csv'), 'utf8',
  );
  return text.split(/\r?\n/).slice(1).filter(Boolean)
    .map((line) => line.split(','))
    .filter(([rowSex, region]) => rowSex === sex && region === 'VLG')
    .sort((a, b) => Number(a[2]) - Number(b[2]))
    .map((row) => row[3]!);
}

/** "van den broeck" → "Van den Broeck", "d'hondt" → "D'Hondt", "el amrani" → "El Amrani". */
function capitalizeFamilyName(name: string): string {
  const words = name.split(' ');
  return words.map((word, index) => {
    const inner = index > 0 && index < words.length - 1 && INNER_PARTICLES.has(word);
    return inner ? word : word.split('-').map(capitalizeWord).join('-');
  }).join(' ');
}

function capitalizeWord(word: string): string {
  const upper = word.charAt(0).toUpperCase() + word.slice(1);
  if (!/^[DTO]'./.test(upper)) return upper;
  return upper.slice(0, 2) + upper.charAt(2).toUpperCase() + upper.slice(3);
}

function present(names: string[], pool: string[]): string[] {
  const available = new Set(pool);
  return names.filter((name) => available.has(name));
}

function flemishFamily(all: string[], foreign: Set<string>) {
  const flemish = all.slice(0, 4000).filter((name) => !foreign.has(name));
  const particle = PARTICLE_QUOTAS.flatMap(([start, quota]) =>
    flemish.filter((name) => particleOf(name) === start).slice(0, quota));
  // Turkish letters (ö, ü, ğ, ı, ş) mark a Turkish name here, not a Flemish accent.
  const accented = flemish
    .filter((n) => /[^\x00-\x7f]/.test(n) && !/[öüğış]/.test(n) && !particle.includes(n))
    .slice(0, 25);
  const taken = new Set([...particle, ...accented]);
  const plain = flemish.filter((n) => !taken.has(n) && /^[a-z]+$/.test(n)).slice(0, 120);
  return {
    familyPlain: plain.map(capitalizeFamilyName),
    familyParticle: particle.map(capitalizeFamilyName),
    familyAccented: accented.map(capitalizeFamilyName),
  };
}

/** The opening particle of a family name, longest first; undefined when there is none. */
function particleOf(name: string): string | undefined {
  return PARTICLE_QUOTAS.map(([start]) => start).find((start) => name.startsWith(start));
}

/** Polish family names in both forms, "Kowalski" and "Kowalska", from the PESEL lists. */
function polishFamily(): PolishFamilyName[] {
  const female = new Set(readJson('zxcvbn_pl_femaleLastnames.json'));
  return readJson('zxcvbn_pl_maleLastnames.json').slice(0, 80)
    .map((male) => ({ male, female: male.replace(/(sk|ck|dzk)i$/, '$1a') }))
    .filter((pair) => female.has(pair.female))
    .slice(0, 30)
    .map((pair) => ({
      male: capitalizeFamilyName(pair.male), female: capitalizeFamilyName(pair.female),
    }));
}

function build(): DemoNames {
  const belgianFamily = readJson('zxcvbn_nl-be_lastnames.json');
  const moroccanFamily = [
    ...belgianFamily.filter((n) => /^(el|ben) /.test(n)).slice(0, 25),
    ...present(MOROCCAN_FAMILY_EXTRA, belgianFamily),
  ];
  const turkishFamily = present(TURKISH_FAMILY, belgianFamily);
  const foreign = new Set([...moroccanFamily, ...turkishFamily]);
  const male = statbelFirstNames('M');
  const female = statbelFirstNames('F');
  const foreignGiven = new Set([
    ...TURKISH_MALE, ...TURKISH_FEMALE, ...MOROCCAN_MALE, ...MOROCCAN_FEMALE,
  ]);
  const cap = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

  return {
    flemish: {
      ...flemishFamily(belgianFamily, foreign),
      male: male.filter((n) => !foreignGiven.has(n)).slice(0, 70),
      female: female.filter((n) => !foreignGiven.has(n)).slice(0, 70),
    },
    moroccan: {
      family: moroccanFamily.map(capitalizeFamilyName),
      male: present(MOROCCAN_MALE, male),
      female: present(MOROCCAN_FEMALE, female),
    },
    turkish: {
      family: turkishFamily.map(capitalizeFamilyName),
      male: present(TURKISH_MALE, male),
      female: present(TURKISH_FEMALE, female),
    },
    polish: {
      family: polishFamily(),
      male: readJson('zxcvbn_pl_maleFirstnames.json').slice(0, 25).map(cap),
      female: readJson('zxcvbn_pl_femaleFirstnames.json').slice(0, 25).map(cap),
    },
  };
}

const names = build();
fs.writeFileSync(output, `${JSON.stringify(names, null, 2)}\n`);
const count = Object.values(names).flatMap((group) => Object.values(group)).flat().length;
process.stdout.write(`Wrote ${path.relative(root, output)}: ${count} names.\n`);
