import crypto from 'node:crypto';
import { inject, injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
import { Account } from '../entities/account.js';
import { Session } from '../entities/session.js';
import type { Settings } from '../config/settings.js';
import { TYPES } from '../tokens.js';

export const SESSION_COOKIE = 'dots_session';

/**
 * Server-side sessions: the cookie carries a random token, the database its hash. A session ends
 * after `sessionIdleMinutes` without requests or `sessionAbsoluteHours` after sign-in.
 */
@injectable()
export class SessionService {
  @inject(TYPES.Settings) private readonly settings!: Settings;

  async create(em: EntityManager, account: Account): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url');
    const now = new Date();
    const session = em.create(Session, {
      tokenHash: hashOf(token),
      account,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.settings.sessionAbsoluteHours * 3600_000),
    });
    em.persist(session);
    await em.flush();
    return token;
  }

  /** The active account of a token, or undefined when the session ended or never existed. */
  async resolve(em: EntityManager, token: string | undefined): Promise<Session | undefined> {
    if (!token || token.length > 100) return undefined;

    // No tenant is known before the session is: the token hash alone finds the one row.
    const session = await em.findOne(Session, { tokenHash: hashOf(token) }, {
      populate: ['account', 'account.tenant'], filters: false,
    });
    if (!session) return undefined;

    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.settings.sessionIdleMinutes * 60_000;
    const ended = now > session.expiresAt.getTime() || now > idleLimit;
    if (ended || !session.account.active || session.account.tenant?.active === false) {
      await em.nativeDelete(Session, { tokenHash: session.tokenHash });
      return undefined;
    }

    // Write at most once a minute: every request reading is cheap, every request writing is not.
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await em.nativeUpdate(
        Session,
        { tokenHash: session.tokenHash },
        { lastSeenAt: new Date(now) },
      );
    }
    return session;
  }

  async revoke(em: EntityManager, token: string): Promise<void> {
    await em.nativeDelete(Session, { tokenHash: hashOf(token) });
  }

  /** Ends every session of an account, except the one making the request when given. */
  async revokeAll(em: EntityManager, accountId: string, exceptToken?: string): Promise<void> {
    const where = exceptToken
      ? { account: accountId, tokenHash: { $ne: hashOf(exceptToken) } }
      : { account: accountId };
    await em.nativeDelete(Session, where);
  }

  cookieOptions(secure: boolean) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure,
      path: '/',
      maxAge: this.settings.sessionAbsoluteHours * 3600_000,
    };
  }
}

function hashOf(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
