import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** An id as the server writes them: a UUID in lower case (uuid's `v7` writes lower case). */
const ENTITY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Whether `value` can be the id of a row. Lower case only: MySQL/MariaDB would find a row by its
 * id in upper case (its collation ignores case) where SQLite would not.
 */
export function isEntityId(value: string): boolean {
  return ENTITY_ID.test(value);
}

/**
 * Every row has a UUID v7 id: ids leak nothing about counts, sort by creation time,
 * and can be made by a client (the coach layout writes offline with its own ids).
 */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id: Opt<string> = uuidv7();

  @Property({ type: 'Date' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
