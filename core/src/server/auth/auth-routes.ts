import { inject, injectable } from 'inversify';
import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import { parse as parseCookies } from 'cookie';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { Account } from '../entities/account.js';
import { Tenant } from '../entities/tenant.js';
import { UnauthorizedError, ValidationError } from '../http/errors.js';
import { NavigationService } from '../plugins/navigation-service.js';
import type { DotsPluginDefinition } from '../plugins/plugin-definition.js';
import { TYPES } from '../tokens.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { PasswordService } from './password-service.js';
import { SESSION_COOKIE, SessionService } from './session-service.js';
import { LoginThrottleService } from './login-throttle-service.js';
import { loginBody, mePatchBody, passwordChangeBody } from './auth-schemas.js';
import { accountView, sessionView } from './session-view.js';

const WRONG = 'The organisation, login or password is not right.';

@injectable()
export class AuthRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(PasswordService) private readonly passwords!: PasswordService;
  @inject(SessionService) private readonly sessions!: SessionService;
  @inject(LoginThrottleService) private readonly throttle!: LoginThrottleService;
  @inject(NavigationService) private readonly navigation!: NavigationService;
  @inject(TYPES.Plugins) private readonly plugins!: DotsPluginDefinition[];

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'post', path: '/auth/login', summary: 'Sign in', tags: ['auth'], access: 'public',
      body: loginBody,
      handler: async (ctx, { body, req, res }) => {
        const login = body.login.toLowerCase();
        const account = await this.findAccount(ctx.em, body.tenant, login);
        // Counted per account when one matched, so its username and e-mail share one count.
        const subject = account?.id ?? `${body.tenant?.toLowerCase() ?? ''}/${login}`;
        const keys = this.throttle.keysFor(subject, req.ip ?? 'unknown');
        await this.throttle.assertAllowed(ctx.em, keys);

        const valid = account
          ? await this.passwords.verify(account.passwordHash, body.password)
          : await this.passwords.verifyNothing(body.password);
        if (!account || !valid) {
          await this.throttle.recordFailure(ctx.em, keys);
          throw new UnauthorizedError(WRONG, 'bad_credentials');
        }

        await this.throttle.recordSuccess(ctx.em, keys);
        account.lastSignInAt = new Date();
        const token = await this.sessions.create(ctx.em, account);
        res.cookie(SESSION_COOKIE, token, this.sessions.cookieOptions(req.secure));
        ctx.audit({
          action: 'account.sign-in', subjectType: 'account', subjectId: account.id,
          tenantId: account.tenant?.id,
        });
        return { account: accountView(account) };
      },
    });

    routes.add({
      method: 'post', path: '/auth/logout', summary: 'Sign out', tags: ['auth'], access: 'public',
      handler: async (ctx, { req, res }) => {
        const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
        if (token) await this.sessions.revoke(ctx.em, token);
        res.clearCookie(SESSION_COOKIE, { path: '/' });
        return undefined;
      },
    });

    routes.add({
      method: 'get', path: '/session', summary: 'Who is signed in, and what they may do',
      tags: ['auth'], access: 'signed-in',
      handler: async (ctx) =>
        sessionView(ctx, this.plugins, {
          navigation: this.navigation.navigationFor(ctx),
          dossierSections: this.navigation.sectionsFor(ctx),
        }),
    });

    routes.add({
      method: 'patch', path: '/me', summary: 'Change your own name or language', tags: ['auth'],
      access: 'signed-in', body: mePatchBody,
      handler: async (ctx, { body }) => {
        const account = ctx.requireAccount();
        ctx.em.assign(account, body);
        ctx.audit({
          action: 'account.update-own', subjectType: 'account', subjectId: account.id,
          details: { fields: Object.keys(body) },
        });
        return accountView(account);
      },
    });

    routes.add({
      method: 'post', path: '/me/password',
      summary: 'Change your own password; ends your other sessions',
      tags: ['auth'], access: 'signed-in', body: passwordChangeBody,
      handler: async (ctx, { body, req }) => this.changeOwnPassword(ctx, body, req),
    });
  }

  /**
   * Asks for the current password, and counts a wrong one like a failed sign-in: someone at an
   * unattended, signed-in screen must not get to guess it without limit.
   */
  private async changeOwnPassword(
    ctx: RequestContext,
    body: { currentPassword: string; newPassword: string },
    req: Request,
  ): Promise<undefined> {
    const account = ctx.requireAccount();
    const keys = this.throttle.keysFor(account.id, req.ip ?? 'unknown');
    await this.throttle.assertAllowed(ctx.em, keys);
    if (!(await this.passwords.verify(account.passwordHash, body.currentPassword))) {
      await this.throttle.recordFailure(ctx.em, keys);
      throw ValidationError.field('currentPassword', 'is not your current password');
    }

    account.passwordHash = await this.passwords.hash(body.newPassword);
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    await this.sessions.revokeAll(ctx.em, account.id, token);
    ctx.audit({ action: 'account.password-change', subjectType: 'account', subjectId: account.id });
    return undefined;
  }

  private async findAccount(em: EntityManager, tenantSlug: string | undefined, login: string) {
    if (!tenantSlug) {
      return em.findOne(Account, {
        tenant: null, role: 'platform-admin', active: true,
        $or: [{ username: login }, { email: login }],
      });
    }
    const tenant = await em.findOne(Tenant, { slug: tenantSlug.toLowerCase(), active: true });
    if (!tenant) return null;
    // From here the sign-in acts inside that tenant, like any request of its accounts.
    em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
    return em.findOne(Account, {
      tenant, active: true, $or: [{ username: login }, { email: login }],
    }, { populate: ['tenant', 'person'] });
  }
}
