import express, { type RequestHandler, type Router } from 'express';
import { DotsError } from './errors.js';
import type { RegisteredRoute } from './route-registrar.js';

/**
 * Refuses a body that is not JSON. express.json() skips other content types, so without this a
 * form or text body would reach the route as no body at all and be silently ignored.
 */
export const jsonBodyOnly: RequestHandler = (req, res, next) => {
  const length = req.headers['content-length'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(length ?? 0) > 0;
  if (!hasBody || req.is('application/json')) return next();
  if (res.locals.multipartRoute && req.is('multipart/form-data')) return next();

  next(new DotsError(
    415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.',
  ));
};

/**
 * Marks the requests of routes that read a multipart body themselves (RouteDefinition.multipart),
 * so that jsonBodyOnly lets exactly those through. Mounted before it.
 */
export function multipartRoutes(routes: readonly RegisteredRoute[]): Router {
  const router = express.Router();
  for (const route of routes.filter((r) => r.multipart)) {
    router[route.method](route.fullPath, (_req, res, next) => {
      res.locals.multipartRoute = true;
      next();
    });
  }
  return router;
}
