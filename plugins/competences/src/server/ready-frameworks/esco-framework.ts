import { readFileSync } from 'node:fs';
import type { IndicatorContent } from '../../common/framework-content.js';
import type { EscoData } from './esco-data.js';
import { ESCO_DATA_FILE } from './esco-files.js';
import type { ReadyFramework } from './ready-framework.js';
import { FOUR_LEVELS } from './work-floor-texts.js';

/**
 * ESCO names and describes skills but gives no levels or behaviours, so each skill gets the same
 * two indicators, written here: in familiar tasks, and in new or busy situations. Levels say how
 * much help the person needs, the default scale of this plugin.
 */
const LEVELS = [
  'Laat dit nog niet zien',
  'Laat dit zien met veel hulp van de begeleider',
  'Laat dit zien met wat hulp of een herinnering',
  'Laat dit zelfstandig zien',
];
const INDICATORS = [
  { suffix: 'familiar', text: 'In vertrouwde, dagelijkse taken' },
  { suffix: 'new', text: 'Ook in nieuwe of drukke situaties' },
];

/**
 * The ESCO transversal skills as a framework in Dutch, read from the copy generated into the
 * plugin (`npm run generate:esco`). Each group, competence and indicator keeps its ESCO concept
 * URI; the source carries the acknowledgement ESCO's reuse policy asks for.
 */
export function escoFramework(): ReadyFramework {
  const data = readEscoData();
  return {
    name: 'ESCO transversale vaardigheden en competenties',
    description: `Transversale vaardigheden van ESCO ${data.escoVersion}, met twee ` +
      'indicatoren per vaardigheid die DOTS toevoegt.',
    language: 'nl',
    source: { ready: 'esco-transversal', attribution: data.attribution, licence: data.licence },
    content: {
      scale: FOUR_LEVELS.map((level) => level.nl),
      groups: data.groups.map((group) => ({
        key: group.code,
        name: group.label,
        uri: group.uri,
        competences: group.skills.map((skill) => ({
          key: conceptId(skill.uri),
          name: skill.label,
          description: skill.description,
          uri: skill.uri,
          indicators: INDICATORS.map((indicator): IndicatorContent => ({
            key: `${conceptId(skill.uri)}.${indicator.suffix}`,
            text: indicator.text,
            levels: [...LEVELS],
            uri: skill.uri,
          })),
        })),
      })),
    },
  };
}

export function readEscoData(): EscoData {
  return JSON.parse(readFileSync(ESCO_DATA_FILE, 'utf8')) as EscoData;
}

/** The last segment of an ESCO URI: a UUID for skills. */
function conceptId(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
