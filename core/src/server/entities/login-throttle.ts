import { Entity, Property, type Opt } from '@mikro-orm/core';

/** Failed sign-ins counted per key (`account:<tenant>/<login>` or `address:<ip>`). */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @Property({ type: 'string', length: 400, primary: true })
  key!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'Date' })
  windowStart: Opt<Date> = new Date();

  @Property({ type: 'Date', nullable: true })
  blockedUntil?: Date;
}
