import { isDeepStrictEqual } from 'node:util';
import type { FrameworkContent } from '../../common/framework-content.js';
import { withKeys } from './framework-content-keys.js';

/**
 * Whether sent content (already given its keys by `withKeys`) says exactly what a stored
 * version says. Both pass the same normalisation first, so a missing `uri` and a `null` one
 * count as the same, and the order a database gives JSON fields back does not matter.
 */
export function sameContent(stored: FrameworkContent, sent: FrameworkContent): boolean {
  return isDeepStrictEqual(withKeys(stored), withKeys(sent));
}
