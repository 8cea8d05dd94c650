import type { FrameworkLanguage } from '../../common/competence-permissions.js';
import type { FrameworkContent } from '../../common/framework-content.js';
import type { ReadyFramework } from './ready-framework.js';
import { FOUR_LEVELS, WORK_FLOOR_GROUPS } from './work-floor-texts.js';

/** The generic work-floor framework in one language; keys are the same in both. */
export function workFloorFramework(language: FrameworkLanguage): ReadyFramework {
  const content: FrameworkContent = {
    scale: FOUR_LEVELS.map((level) => level[language]),
    groups: WORK_FLOOR_GROUPS.map((group) => ({
      key: group.key,
      name: group.name[language],
      competences: group.competences.map((competence) => ({
        key: competence.key,
        name: competence.name[language],
        indicators: competence.indicators.map((indicator) => ({
          key: indicator.key,
          text: indicator.text[language],
          levels: indicator.levels.map((level) => level[language]),
        })),
      })),
    })),
  };

  return {
    name: language === 'nl' ? 'Arbeidsattitudes op de werkvloer' : 'Work-floor attitudes',
    description: language === 'nl'
      ? 'Algemene arbeidsattitudes en sociale vaardigheden, met twee waarneembare ' +
        'indicatoren per competentie.'
      : 'General work attitudes and social skills, with two observable indicators per ' +
        'competence.',
    language,
    source: { ready: 'work-floor', attribution: null, licence: null },
    content,
  };
}
