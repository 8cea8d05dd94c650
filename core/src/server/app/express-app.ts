import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { pinoHttp } from 'pino-http';
import type { RegisteredRoute } from '../http/route-registrar.js';
import { handlerFor } from '../http/route-handler.js';
import { apiNotFound, problemMiddleware } from '../http/problem-middleware.js';
import { contextMiddleware, type ContextDependencies } from '../http/context-middleware.js';
import { originCheck } from '../http/origin-check.js';
import { docsRouter } from '../http/docs-page.js';
import { requestIdOf } from '../http/request-id.js';
import { jsonBodyOnly, multipartRoutes } from '../http/json-body.js';
import { securityHeaders } from '../http/security-headers.js';
import type { SectionAccess } from '../plugins/section-access.js';
import '../http/express-types.js';

export interface ExpressAppOptions extends ContextDependencies {
  routes: readonly RegisteredRoute[];
  /** Decides, per request, whether a route's dossier section is readable. */
  sections: SectionAccess;
  openApi: () => object;
  webRoot: string;
  /** Answers 503 on every API route while set (a failed migration), except /api/health. */
  unavailable: () => string | undefined;
  health: () => Promise<{ status: number; body: object }>;
}

/** One Express app: the JSON API under /api, the built web app for every other path. */
export function createExpressApp(options: ExpressAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders(options.webRoot));

  app.use(pinoHttp({
    logger: options.log,
    genReqId: requestIdOf,
    // Only the method and path: query strings and bodies may hold personal data.
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
    // A refused request (bad input, no access, a throttled sign-in) is what on-call looks for
    // first, so it shows at the default level; successful ones are detail.
    customLogLevel: (_req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'info' : 'debug';
    },
  }));

  app.get('/api/health', async (_req, res) => {
    const health = await options.health();
    res.status(health.status).json(health.body);
  });
  app.use(docsRouter(options.openApi));

  app.use('/api', (_req, res, next) => {
    const reason = options.unavailable();
    if (!reason) return next();
    res.status(503).type('application/problem+json').json({
      type: 'urn:dots:problem:unavailable', title: 'Service unavailable', status: 503,
      code: 'unavailable', detail: reason,
    });
  });
  app.use(multipartRoutes(options.routes));
  app.use('/api', express.json({ limit: '1mb', strict: false }), jsonBodyOnly, originCheck);
  app.use('/api', contextMiddleware(options));

  const router = express.Router();
  for (const route of options.routes) {
    router[route.method](route.fullPath, handlerFor(route, options.sections));
  }
  app.use(router);
  app.use('/api', apiNotFound);

  serveWebApp(app, options.webRoot);
  app.use(problemMiddleware(options.log));
  return app;
}

/**
 * The generated Nuxt app: the brotli or gzip copy that `nuxt generate` wrote next to each file
 * when the browser takes it, and 200.html for every route of the SPA. Files under `/_nuxt/` carry
 * a content hash in their name, so browsers may keep them for good.
 */
function serveWebApp(app: Express, root: string): void {
  if (!fs.existsSync(root)) return;
  app.use(expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    serveStatic: {
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}_nuxt${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    },
  }));
  app.get('/{*any}', (_req, res) => {
    res.sendFile('200.html', { root });
  });
}
