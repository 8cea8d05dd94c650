import { inject, injectable } from 'inversify';
import { parse as parseCookies } from 'cookie';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { Account } from '../entities/account.js';
import { Person } from '../entities/person.js';
import { ConflictError, ForbiddenError, ValidationError } from '../http/errors.js';
import { PERMISSIONS } from '../../common/permissions.js';
import type { Role } from '../../common/roles.js';
import { AccountService } from '../accounts/account-service.js';
import { accountView } from '../auth/session-view.js';
import { SESSION_COOKIE } from '../auth/session-service.js';
import {
  accountListQuery, createAccountBody, patchAccountBody, setPasswordBody,
} from './account-schemas.js';

/**
 * `/api/admin/accounts`. Holders of `accounts.manage` manage every account of the tenant; holders
 * of `accounts.reset-code` only (staff, by default) see employee accounts and reset their
 * sign-in codes. Only an admin gives the admin role or touches an admin's account, so a
 * permission handed to staff can never be turned into admin rights.
 */
@injectable()
export class AccountAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(AccountService) private readonly accounts!: AccountService;

  registerRoutes(routes: RouteRegistrar): void {
    const manage = { permission: PERMISSIONS.accountsManage };
    const tags = ['admin'];
    const params = { id: Account };

    routes.add({
      method: 'get', path: '/admin/accounts',
      summary: 'List accounts (employee accounts only, for holders of accounts.reset-code)',
      tags, access: 'signed-in', query: accountListQuery,
      handler: async (ctx, { query }) => {
        const onlyEmployees = this.requireScope(ctx) === 'employees';
        if (onlyEmployees && query.role && query.role !== 'employee') {
          return { items: [], total: 0 };
        }
        const filter = onlyEmployees ? { ...query, role: 'employee' as const } : query;
        const items = await this.accounts.list(ctx.em, ctx.tenantId(), filter);
        return { items: items.map(accountView), total: items.length };
      },
    });
    routes.add({
      method: 'get', path: '/admin/accounts/:id', summary: 'One account', tags,
      access: 'signed-in', params,
      handler: async (ctx, { params: { id: account } }) => {
        if (this.requireScope(ctx) === 'employees' && account.role !== 'employee') {
          throw new ForbiddenError('You may only see employee accounts.');
        }
        return accountView(account);
      },
    });
    routes.add({
      method: 'post', path: '/admin/accounts',
      summary: 'Make an account; an employee account without password gets a code, shown once',
      tags, access: manage, body: createAccountBody, status: 201,
      handler: async (ctx, { body }) => {
        await this.assertMayGiveRole(ctx, body.role);
        if (body.role !== 'employee' && !body.password) {
          throw ValidationError.field(
            'password', 'is required (only employees get a generated code)',
          );
        }
        const person = body.personId ? await this.personOf(ctx, body.personId) : undefined;
        const code = body.password ? undefined : this.accounts.generateCode();

        const account = await this.accounts.create(ctx.em, {
          tenant: ctx.tenant, role: body.role, displayName: body.displayName,
          username: body.username, email: body.email, password: body.password ?? code!, person,
          locale: body.locale,
        });
        ctx.audit({
          action: 'account.create', subjectType: 'account', subjectId: account.id,
          personId: person?.id, details: { role: account.role },
        });
        return { account: accountView(account), ...(code ? { code } : {}) };
      },
    });
    routes.add({
      method: 'patch', path: '/admin/accounts/:id',
      summary: 'Change an account; deactivating ends its sessions at once', tags, access: manage,
      params, body: patchAccountBody,
      handler: async (ctx, { params: { id: account }, body }) => {
        if (account.role === 'admin') await this.assertMayGiveRole(ctx, 'admin', account);
        if (body.role) await this.assertMayGiveRole(ctx, body.role, account);
        assertNotOwnAccess(ctx, account, body);

        const changed = await this.accounts.update(ctx.em, account, body);
        if (changed.length > 0) {
          ctx.audit({
            action: body.active === false && changed.includes('active') ? 'account.deactivate'
              : 'account.update',
            subjectType: 'account', subjectId: account.id, personId: account.person?.id,
            details: {
              fields: changed, ...(changed.includes('role') ? { role: account.role } : {}),
            },
          });
        }
        return accountView(account);
      },
    });
    routes.add({
      method: 'post', path: '/admin/accounts/:id/password',
      summary: "Set an account's password; ends its other sessions", tags, access: manage, params,
      body: setPasswordBody,
      handler: async (ctx, { params: { id: account }, body, req }) => {
        if (account.role === 'admin') await this.assertMayGiveRole(ctx, 'admin', account);
        const own = account.id === ctx.requireAccount().id;
        const token = own ? parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] : undefined;
        await this.accounts.setPassword(ctx.em, account, body.password, token);
        ctx.audit({
          action: 'account.password-set', subjectType: 'account', subjectId: account.id,
          personId: account.person?.id,
        });
        return undefined;
      },
    });
    routes.add({
      method: 'post', path: '/admin/accounts/:id/reset-code',
      summary: "Give an employee a new sign-in code, shown once; ends the employee's sessions",
      tags, access: 'signed-in', params,
      handler: async (ctx, { params: { id: account } }) => {
        const scope = this.requireScope(ctx);
        if (account.role !== 'employee') {
          if (scope === 'employees') {
            await this.refuse(ctx, account, 'You may only reset the sign-in codes of employees.');
          }
          throw new ConflictError(
            'A sign-in code is for employee accounts; set a password for this one instead.',
            'not_employee',
          );
        }
        const code = await this.accounts.resetCode(ctx.em, account);
        ctx.audit({
          action: 'account.reset-code', subjectType: 'account', subjectId: account.id,
          personId: account.person?.id,
        });
        return { account: accountView(account), code };
      },
    });
  }

  /** `all` with accounts.manage, `employees` with accounts.reset-code only; 403 without either. */
  private requireScope(ctx: RequestContext): 'all' | 'employees' {
    if (ctx.can(PERMISSIONS.accountsManage)) return 'all';
    if (ctx.can(PERMISSIONS.accountsResetCode)) return 'employees';
    throw new ForbiddenError(
      `Your role does not have the permission '${PERMISSIONS.accountsResetCode}'.`,
    );
  }

  private async assertMayGiveRole(ctx: RequestContext, role: Role, account?: Account) {
    if (role !== 'admin' || ctx.role === 'admin') return;
    await this.refuse(
      ctx, account, 'Only an admin gives the admin role or changes an admin account.',
    );
  }

  /** Refuses with 403 and keeps the attempt in the audit, which a plain error would roll back. */
  private async refuse(
    ctx: RequestContext,
    account: Account | undefined,
    reason: string,
  ): Promise<never> {
    ctx.audit({
      action: 'account.refused', subjectType: 'account', subjectId: account?.id,
      details: { reason },
    });
    await ctx.em.flush();
    throw new ForbiddenError(reason);
  }

  private async personOf(ctx: RequestContext, personId: string): Promise<Person> {
    const person = await ctx.em.findOne(Person, { id: personId });
    if (!person) throw ValidationError.field('personId', 'no person with this id exists here');
    return person;
  }
}

/** Nobody takes away their own access: another admin must do that, so one always remains. */
function assertNotOwnAccess(
  ctx: RequestContext,
  account: Account,
  body: { active?: boolean; role?: Role },
): void {
  if (account.id !== ctx.account?.id) return;
  if (body.active === false || (body.role !== undefined && body.role !== account.role)) {
    throw new ConflictError(
      'You cannot deactivate your own account or change its role. Ask another admin.',
      'own_account',
    );
  }
}
