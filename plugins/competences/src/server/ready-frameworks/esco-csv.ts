import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  ESCO_ATTRIBUTION, ESCO_LICENCE, type EscoData, type EscoGroup,
} from './esco-data.js';

type Row = Record<string, string>;

/** The ESCO release whose transversal collection has Dutch labels and descriptions. */
const VERSION = 'v1.0.8';
const SKILLS_FILE = 'transversalSkillsCollection_nl.csv';
const HIERARCHY_FILE = 'skillsHierarchy_nl.csv';

/**
 * Reads ESCO's transversal skills collection and its skills hierarchy (`esco_nl/v1.0.8` of the
 * shared data, see its SOURCES.md) into groups of skills. A skill goes to the top group (level 1)
 * of the first of its broader concepts that the hierarchy holds; knowledge concepts are left out,
 * since a framework scores what people do. v1.2.0's T1–T6 tree would be the newer grouping, but
 * it has no leaf skills to put in it. ESCO ends some descriptions with a line break and a
 * no-break space: texts are trimmed here, so the ready data, its export and that export's import
 * hold the same text.
 */
export function readEscoTransversal(escoFolder: string): EscoData {
  const folder = path.join(escoFolder, VERSION);
  const skills = readCsv(path.join(folder, SKILLS_FILE));
  const topGroupOf = topGroupIndex(readCsv(path.join(folder, HIERARCHY_FILE)));
  const groups = new Map<string, EscoGroup>();

  for (const skill of skills.filter((row) => row.skillType === 'skill/competence')) {
    const top = splitList(skill.broaderConceptUri).map((uri) => topGroupOf.get(uri))
      .find((group) => group !== undefined);
    if (!top) throw new Error(`ESCO skill ${skill.conceptUri} has no group in the hierarchy`);

    const group = groups.get(top.code) ?? { ...top, skills: [] };
    groups.set(top.code, group);
    group.skills.push({
      uri: skill.conceptUri!, label: skill.preferredLabel!.trim(),
      description: skill.description!.trim(),
    });
  }

  const sorted = [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const group of sorted) group.skills.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return {
    escoVersion: VERSION, attribution: ESCO_ATTRIBUTION, licence: ESCO_LICENCE, groups: sorted,
  };
}

/** The hierarchy leaves trailing cells of upper-level rows out, hence the relaxed count. */
function readCsv(file: string): Row[] {
  return parse(readFileSync(file, 'utf8'), {
    columns: true, skip_empty_lines: true, bom: true, relax_column_count: true,
  });
}

/** Every concept URI of the hierarchy, mapped to the level-1 group above it. */
function topGroupIndex(rows: Row[]): Map<string, Omit<EscoGroup, 'skills'>> {
  const index = new Map<string, Omit<EscoGroup, 'skills'>>();
  for (const row of rows) {
    if (!row['Level 1 URI']) continue;

    const top = {
      code: row['Level 1 code']!, uri: row['Level 1 URI']!,
      label: row['Level 1 preferred term']!.trim(),
    };
    for (const level of [1, 2, 3]) {
      const uri = row[`Level ${level} URI`];
      if (uri && !index.has(uri)) index.set(uri, top);
    }
  }
  return index;
}

/** ESCO separates the values of a list cell with ` | `. */
function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((value) => value.trim()).filter(Boolean);
}
