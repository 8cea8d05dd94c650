import { inject, injectable } from 'inversify';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { LoginThrottle } from '../entities/login-throttle.js';
import { TooManyRequestsError } from '../http/errors.js';

/** How many failures a key may have in a window before it is blocked, and the first block. */
export interface ThrottleRule {
  free: number;
  firstBlockMs: number;
}

/**
 * The kinds of key a sign-in is counted under:
 * - `pair`: one account from one address. Blocks a guesser quickly, but only at that address,
 *   so nobody locks a colleague out by typing wrong passwords from their own desk;
 * - `account`: one account from anywhere. Generous, it only bites when many addresses guess at
 *   one account;
 * - `address`: every login from one address, against spraying many accounts with one password.
 */
export type ThrottleKind = 'pair' | 'account' | 'address';

export interface LoginThrottleOptions {
  rules: Record<ThrottleKind, ThrottleRule>;
  /** Failures older than this are forgotten (once no block is running). */
  windowMs: number;
  /** No block lasts longer, however many failures follow: a lock-out never lasts long. */
  maxBlockMs: number;
  /** The clock, replaceable so tests can let a block run out without waiting. */
  now(): number;
}

/** Injection token of the throttle's options; see core-module.ts. */
export const LoginThrottleOptions = Symbol('LoginThrottleOptions');

/** The policy of a running server; see the kinds above for why each rule is set so. */
export function defaultLoginThrottleOptions(): LoginThrottleOptions {
  return {
    rules: {
      pair: { free: 5, firstBlockMs: 60_000 },
      account: { free: 30, firstBlockMs: 5 * 60_000 },
      address: { free: 30, firstBlockMs: 5 * 60_000 },
    },
    windowMs: 15 * 60_000,
    maxBlockMs: 15 * 60_000,
    now: () => Date.now(),
  };
}

/** One key an attempt is counted under: its kind and the account, login or address. */
export type ThrottleKey = [ThrottleKind, string];

/**
 * Slows down password guessing. Each key counts failures in a window; past its free failures it
 * is blocked, the block doubling with each further failure up to `maxBlockMs`. Attempts during
 * a block are refused before the password is checked and do not extend it.
 */
@injectable()
export class LoginThrottleService {
  @inject(LoginThrottleOptions) private readonly options!: LoginThrottleOptions;

  /** The keys of one attempt: `subject` is the account id, or the login when none matched. */
  keysFor(subject: string, address: string): ThrottleKey[] {
    return [['pair', `${subject}@${address}`], ['account', subject], ['address', address]];
  }

  /** Throws 429 with the time left when any key of the attempt is blocked. */
  async assertAllowed(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
    const now = this.options.now();
    const rows = await em.find(LoginThrottle, { key: { $in: keys.map(keyOf) } });
    const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
    if (until <= now) return;

    const seconds = Math.ceil((until - now) / 1000);
    const minutes = Math.ceil(seconds / 60);
    throw new TooManyRequestsError(
      `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      seconds,
    );
  }

  async recordFailure(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.countFailure(em.fork(), key);
      } catch (error) {
        // Two failures at once both inserted the first row: count this one on the row that won.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        await this.countFailure(em.fork(), key);
      }
    }
  }

  /** A good sign-in forgets the account's failures; the address keeps its count. */
  async recordSuccess(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
    const forgotten = keys.filter(([kind]) => kind !== 'address').map(keyOf);
    await em.nativeDelete(LoginThrottle, { key: { $in: forgotten } });
  }

  private async countFailure(em: EntityManager, [kind, value]: ThrottleKey): Promise<void> {
    const now = new Date(this.options.now());
    const key = keyOf([kind, value]);
    let row = await em.findOne(LoginThrottle, { key });
    if (!row) {
      row = em.create(LoginThrottle, { key, failures: 0, windowStart: now });
      em.persist(row);
    }

    const blockOver = !row.blockedUntil || row.blockedUntil <= now;
    if (blockOver && now.getTime() - row.windowStart.getTime() > this.options.windowMs) {
      row.failures = 0;
      row.windowStart = now;
      row.blockedUntil = null as never; // null clears the column
    }
    row.failures += 1;

    const rule = this.options.rules[kind];
    const over = row.failures - rule.free;
    if (over > 0) {
      const doubled = rule.firstBlockMs * 2 ** Math.min(over - 1, 30);
      const block = Math.min(doubled, this.options.maxBlockMs);
      row.blockedUntil = new Date(now.getTime() + block);
    }
    await em.flush();
  }
}

function keyOf([kind, value]: ThrottleKey): string {
  return `${kind}:${value}`.slice(0, 400);
}
