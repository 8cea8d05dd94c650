import type { RequestContext } from './request-context.js';

declare global {
  // Express is typed through this namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by the context middleware on every /api request. */
      dots: RequestContext;
      id: string | number | object;
    }
  }
}

export {};
