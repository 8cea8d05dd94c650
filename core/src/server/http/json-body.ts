import type { RequestHandler } from 'express';
import { DotsError } from './errors.js';

/**
 * Refuses a body that is not JSON. express.json() skips other content types, so without this a
 * form or text body would reach the route as no body at all and be silently ignored.
 */
export const jsonBodyOnly: RequestHandler = (req, _res, next) => {
  const length = req.headers['content-length'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(length ?? 0) > 0;
  if (!hasBody || req.is('application/json')) return next();

  next(new DotsError(
    415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.',
  ));
};
