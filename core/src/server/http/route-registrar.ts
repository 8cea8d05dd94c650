import type { Request, Response } from 'express';
import type { EntityClass } from '@mikro-orm/core';
import type { ZodType, z } from 'zod';
import type { RequestContext } from './request-context.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route. `public`: anyone; `signed-in`: any signed-in account, the platform
 * admin included;
 * `platform-admin`: the platform admin only; otherwise the named permission.
 */
export type RouteAccess = 'public' | 'signed-in' | 'platform-admin' | { permission: string };

type Loaded<P> = { [K in keyof P]: P[K] extends EntityClass<infer E> ? E : never };
type Parsed<S> = S extends ZodType ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  /** Path parameters, already loaded as entities of the signed-in tenant. */
  params: Loaded<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  req: Request;
  res: Response;
}

export interface RouteDefinition<P = {}, Q = undefined, B = undefined> {
  method: HttpMethod;
  /** Relative to the mount, Express syntax: `/people/:id`. */
  path: string;
  summary: string;
  tags?: string[];
  access: RouteAccess;
  /**
   * Path parameters that name a row. The core loads each through the tenant-scoped entity manager
   * before anything else runs and answers 404 for an id of another tenant, or of another person
   * when the account may only see its own dossier.
   */
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The dossier section (DossierSection.id) this route reads or writes. The core answers 404, as
   * for a row that does not exist, to an employee while the tenant hides the section from
   * employees, and to every role the tenant has not named while the section is confidential.
   */
  section?: string;
  /**
   * The handler reads a `multipart/form-data` body (a file upload) from `req` itself. The core
   * lets that content type through to this route only, parses nothing and validates no `body`;
   * every other non-JSON body is still refused with 415 before the route.
   */
  multipart?: boolean;
  /** Status of a successful answer. @default 200, or 204 when the handler returns nothing */
  status?: number;
  handler(ctx: RequestContext, input: RouteInput<P, Q, B>): Promise<unknown>;
}

export interface RegisteredRoute extends RouteDefinition<any, any, any> {
  pluginId: string;
  /** Full path from the root, e.g. `/api/reminders/:id`. */
  fullPath: string;
}

/** Handed to RouteContribution.registerRoutes; see docs/plugins.md. */
export interface RouteRegistrar {
  add<P extends Record<string, EntityClass<any>> = {}, Q extends ZodType | undefined = undefined,
    B extends ZodType | undefined = undefined>(definition: RouteDefinition<P, Q, B>): void;
}
