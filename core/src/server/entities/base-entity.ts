import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

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
