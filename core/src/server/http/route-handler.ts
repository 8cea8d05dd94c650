import type { NextFunction, Request, Response } from 'express';
import type { ZodType } from 'zod';
import type { RegisteredRoute } from './route-registrar.js';
import type { RequestContext } from './request-context.js';
import { ForbiddenError, NotFoundError, UnauthorizedError } from './errors.js';
import { validationErrorOf } from './zod-problems.js';
import { loadParam } from './param-loader.js';
import { auditRefusal } from './refusal-audit.js';
import { assertCleanInput, assertCleanPathParams } from './input-text-guard.js';
import { assertSectionReadable } from './section-guard.js';
import type { SectionAccess } from '../plugins/section-access.js';

/**
 * The one pipeline every route runs through, in this order: plugin enabled for the tenant (404),
 * access (401/403), path rows loaded in tenant scope (404), the route's dossier section readable
 * by this account (404), no control characters in the query or body (400), query and body
 * validated (400), handler, flush, answer.
 */
export function handlerFor(route: RegisteredRoute, sections: SectionAccess) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const ctx = req.dots;
      assertPluginEnabled(route, ctx);
      assertAccess(route, ctx);

      const params = await loadParams(route, ctx, req.params as Record<string, string>);
      assertSectionReadable(route, ctx, sections);
      assertCleanInput(req.query, req.body);
      const query = parse(route.query, req.query, 'query');
      const body = parse(route.body, req.body ?? {}, '');

      const result = await route.handler(ctx, { params, query, body, req, res });
      await ctx.em.flush();

      if (res.headersSent) return;
      if (result === undefined) {
        res.status(204).end();
        return;
      }
      res.status(route.status ?? 200).json(result);
    } catch (error) {
      await auditRefusal(req.dots, route, error);
      next(error);
    }
  };
}

function assertPluginEnabled(route: RegisteredRoute, ctx: RequestContext): void {
  if (route.pluginId === 'core' || !ctx.tenant) return;
  if (!ctx.tenant.enabledPlugins.includes(route.pluginId)) throw new NotFoundError('route');
}

function assertAccess(route: RegisteredRoute, ctx: RequestContext): void {
  const access = route.access;
  if (access === 'public') return;
  if (!ctx.account) throw new UnauthorizedError();

  if (access === 'platform-admin') {
    if (ctx.role !== 'platform-admin') {
      throw new ForbiddenError('Only the platform admin may do this.');
    }
    return;
  }
  if (access === 'signed-in') return;
  if (!ctx.tenant) {
    throw new ForbiddenError('This needs an account of an organisation.', 'tenant_required');
  }
  if (route.pluginId !== 'core' && !ctx.tenant.enabledPlugins.includes(route.pluginId)) {
    throw new NotFoundError('route');
  }
  if (!ctx.can(access.permission)) {
    throw new ForbiddenError(`Your role does not have the permission '${access.permission}'.`);
  }
}

async function loadParams(
  route: RegisteredRoute,
  ctx: RequestContext,
  raw: Record<string, string>,
): Promise<Record<string, object>> {
  const declared = route.params ?? {};
  const readByRoute = Object.entries(raw).filter(([name]) => !(name in declared));
  assertCleanPathParams(readByRoute.map(([, value]) => value));

  const loaded: Record<string, object> = {};
  for (const [name, entity] of Object.entries(declared)) {
    loaded[name] = await loadParam(ctx, entity as never, raw[name] ?? '');
  }
  return loaded;
}

function parse(schema: ZodType | undefined, value: unknown, prefix: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw validationErrorOf(result.error, prefix);
  return result.data;
}
