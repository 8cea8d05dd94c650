import type { IncomingMessage, ServerResponse } from 'node:http';
import { v7 as uuidv7 } from 'uuid';

/** An id a proxy or client may hand us: short, and nothing that could forge a log line. */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The id of one request: the caller's `X-Request-Id` when it is a plain token, otherwise a new
 * UUID v7. It is echoed in the answer's `X-Request-Id`, so whoever reports a problem can quote
 * the id that every log line of that request carries.
 */
export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTED.test(given) ? given : uuidv7();
  res.setHeader('X-Request-Id', id);
  return id;
}
