import type { RequestHandler } from 'express';
import { ForbiddenError } from './errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses unsafe requests whose Origin is another site: with a cookie session, this is the
 * defence against cross-site request forgery (SameSite covers most browsers; this covers the rest).
 * Requests without Origin (curl, server-to-server) carry no browser cookie risk and pass.
 *
 * The host is Express's `req.host`: X-Forwarded-Host counts only when the request came through
 * a proxy the app trusts ('trust proxy'); from anyone else it is a header they chose, and would
 * let a forged page name its own host.
 */
export const originCheck: RequestHandler = (req, _res, next) => {
  const origin = req.headers.origin;
  if (SAFE.has(req.method) || !origin) return next();

  const host = req.host;
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  if (originHost && originHost === host) return next();
  next(new ForbiddenError('This request came from another site and was refused.', 'bad_origin'));
};
