import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * The form of every id: a UUID. Either case, because a client may make the id of a row it
 * writes offline (a reminder) and z.uuid() accepts capitals.
 */
const ENTITY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be the id of a row at all; anything else names nothing. */
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
