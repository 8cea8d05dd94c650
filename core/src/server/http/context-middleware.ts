import type { RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { parse as parseCookies } from 'cookie';
import type { Logger } from 'pino';
import { SESSION_COOKIE, type SessionService } from '../auth/session-service.js';
import type { PermissionService } from '../auth/permission-service.js';
import { TENANT_FILTER } from '../db/tenant-filter.js';
import { HttpRequestContext } from './http-request-context.js';

export interface ContextDependencies {
  orm: MikroORM;
  sessions: SessionService;
  permissions: PermissionService;
  log: Logger;
}

/**
 * Builds the request context: one forked entity manager per request, with the tenant filter set
 * to the signed-in account's tenant. Without a tenant the filter has no value and every query of
 * a tenant-owned entity throws: a route that forgot its access rule fails closed.
 */
export function contextMiddleware(deps: ContextDependencies): RequestHandler {
  return async (req, _res, next) => {
    try {
      const em = deps.orm.em.fork({ clear: true });
      const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
      const session = await deps.sessions.resolve(em, token);
      const account = session?.account;
      const tenant = account?.tenant;

      if (tenant) em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
      const permissions = tenant && account && account.role !== 'platform-admin'
        ? await deps.permissions.permissionsFor(em, tenant, account.role)
        : new Set<string>();

      req.dots = new HttpRequestContext({
        requestId: String(req.id),
        em,
        log: deps.log.child({ requestId: String(req.id), tenantId: tenant?.id }),
        account,
        tenant,
        permissions,
        locale: account?.locale === 'en' ? 'en' : 'nl',
      });
      next();
    } catch (error) {
      next(error);
    }
  };
}
