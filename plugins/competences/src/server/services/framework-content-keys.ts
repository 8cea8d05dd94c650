import { randomUUID } from 'node:crypto';
import type { FrameworkContent } from '../../common/framework-content.js';
import type { FrameworkContentBody } from '../routes/framework-schemas.js';

/**
 * The content as stored: every item has a key. A key the caller sends is kept, so an edit that
 * rewords an indicator keeps following the same indicator; a new item gets a new key.
 */
export function withKeys(content: FrameworkContentBody): FrameworkContent {
  return {
    scale: content.scale,
    groups: content.groups.map((group) => ({
      key: group.key ?? randomUUID(),
      name: group.name,
      uri: group.uri ?? null,
      competences: group.competences.map((competence) => ({
        key: competence.key ?? randomUUID(),
        name: competence.name,
        description: competence.description ?? null,
        uri: competence.uri ?? null,
        indicators: competence.indicators.map((indicator) => ({
          key: indicator.key ?? randomUUID(),
          text: indicator.text,
          levels: indicator.levels,
          uri: indicator.uri ?? null,
        })),
      })),
    })),
  };
}

/** Every indicator of a content with the key of its competence. */
export function indicatorsOf(content: FrameworkContent) {
  return content.groups.flatMap((group) => group.competences).flatMap((competence) =>
    competence.indicators.map((indicator) => ({ ...indicator, competenceKey: competence.key })));
}
