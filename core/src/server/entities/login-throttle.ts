import { Entity, Property, type Opt } from '@mikro-orm/core';

/** Failed sign-ins counted per key (`account:<tenant>/<login>` or `address:<ip>`). */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @Property({ type: 'string', length: 400, primary: true })
  key!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'datetime' })
  windowStart: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  blockedUntil?: Date;
}
