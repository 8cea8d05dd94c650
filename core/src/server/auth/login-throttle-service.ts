import { injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
import { LoginThrottle } from '../entities/login-throttle.js';
import { TooManyRequestsError } from '../http/errors.js';

const WINDOW_MS = 15 * 60_000;
const MAX_BLOCK_MS = 15 * 60_000;

/** Free failures before a key is blocked, and how the block grows. */
const POLICY = {
  account: { free: 5, firstBlockMs: 60_000 },
  address: { free: 20, firstBlockMs: 5 * 60_000 },
} as const;

export type ThrottleKind = keyof typeof POLICY;

/**
 * Slows down password guessing per account and per address. A block doubles with each further
 * failure but never passes 15 minutes, so nobody can lock a colleague out for long by typing
 * wrong passwords on purpose; a successful sign-in clears the account's count.
 */
@injectable()
export class LoginThrottleService {
  async assertAllowed(em: EntityManager, keys: Array<[ThrottleKind, string]>): Promise<void> {
    const now = Date.now();
    for (const [kind, value] of keys) {
      const row = await em.findOne(LoginThrottle, { key: `${kind}:${value}` });
      const until = row?.blockedUntil?.getTime() ?? 0;
      if (until > now) {
        const minutes = Math.ceil((until - now) / 60_000);
        throw new TooManyRequestsError(
          `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          Math.ceil((until - now) / 1000),
        );
      }
    }
  }

  async recordFailure(em: EntityManager, keys: Array<[ThrottleKind, string]>): Promise<void> {
    const now = new Date();
    for (const [kind, value] of keys) {
      const key = `${kind}:${value}`;
      let row = await em.findOne(LoginThrottle, { key });
      if (!row) {
        row = em.create(LoginThrottle, { key, failures: 0, windowStart: now });
        em.persist(row);
      }
      const blockOver = !row.blockedUntil || row.blockedUntil <= now;
      if (now.getTime() - row.windowStart.getTime() > WINDOW_MS && blockOver) {
        row.failures = 0;
        row.windowStart = now;
        row.blockedUntil = undefined;
      }
      row.failures += 1;

      const over = row.failures - POLICY[kind].free;
      if (over > 0) {
        const block = Math.min(POLICY[kind].firstBlockMs * 2 ** (over - 1), MAX_BLOCK_MS);
        row.blockedUntil = new Date(now.getTime() + block);
      }
    }
    await em.flush();
  }

  async recordSuccess(em: EntityManager, accountKey: string): Promise<void> {
    await em.nativeDelete(LoginThrottle, { key: `account:${accountKey}` });
  }
}
