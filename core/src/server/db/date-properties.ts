import type { EntityMetadata } from '@mikro-orm/core';

/**
 * Declares every `type: 'datetime'` property as `type: 'Date'`, the same column. MikroORM 6.6.16
 * compares a `'datetime'` property by deep equality, and on SQLite the stored value is a number
 * while the loaded one is a Date: every row read was then written back on the next flush, its
 * `updatedAt` and `version` changed by a mere GET. `'Date'` is compared by value. Called by
 * discovery for each entity, before MikroORM processes it; remove once MikroORM compares both
 * alike.
 */
export function compareDatesByValue(meta: EntityMetadata): void {
  for (const prop of Object.values(meta.properties)) {
    if (prop.type === 'datetime') prop.type = 'Date';
  }
}
