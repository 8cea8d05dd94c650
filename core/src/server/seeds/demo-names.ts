import fs from 'node:fs';

export interface PolishFamilyName {
  male: string;
  female: string;
}

/** Given names by sex and family names of one origin. */
export interface NameGroup {
  male: string[];
  female: string[];
  family: string[];
}

/**
 * The names the demo draws from, picked from Statbel and PESEL lists by
 * scripts/build-demo-names.ts (sources and licences in demo-names.SOURCES.md).
 */
export interface DemoNames {
  flemish: {
    male: string[];
    female: string[];
    familyPlain: string[];
    /** "Van den Broeck", "De Smet": names that sort differently by the tenant's choice. */
    familyParticle: string[];
    familyAccented: string[];
  };
  moroccan: NameGroup;
  turkish: NameGroup;
  polish: Omit<NameGroup, 'family'> & { family: PolishFamilyName[] };
}

let cached: DemoNames | undefined;

/** The shipped name file, read once. */
export function demoNames(): DemoNames {
  cached ??= JSON.parse(
    fs.readFileSync(new URL('./demo-names.json', import.meta.url), 'utf8'),
  ) as DemoNames;
  return cached;
}
