import { ValidationError } from '@dots/core';
import {
  READY_FRAMEWORKS, type FrameworkLanguage, type ReadyFrameworkId,
} from '../../common/competence-permissions.js';
import type { ReadyFrameworkView } from '../../common/competence-view.js';
import { escoFramework } from './esco-framework.js';
import type { ReadyFramework } from './ready-framework.js';
import { workFloorFramework } from './work-floor-framework.js';

/** A ready framework in a language it comes in; another language is the caller's mistake. */
export function readyFramework(id: ReadyFrameworkId, language: FrameworkLanguage): ReadyFramework {
  const languages: readonly FrameworkLanguage[] = READY_FRAMEWORKS[id];
  if (!languages.includes(language)) {
    throw ValidationError.field('language', `${id} comes in ${languages.join(', ')} only`);
  }
  return id === 'esco-transversal' ? escoFramework() : workFloorFramework(language);
}

/** The catalogue, in the reader's language where a framework has it. */
export function readyFrameworkList(locale: FrameworkLanguage): ReadyFrameworkView[] {
  return (Object.keys(READY_FRAMEWORKS) as ReadyFrameworkId[]).map((id) => {
    const languages = [...READY_FRAMEWORKS[id]] as FrameworkLanguage[];
    const framework = readyFramework(id, languages.includes(locale) ? locale : languages[0]!);
    return {
      id, languages, name: framework.name, description: framework.description,
      source: framework.source,
      competences: framework.content.groups.reduce((n, g) => n + g.competences.length, 0),
    };
  });
}
