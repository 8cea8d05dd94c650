import express, { type Router } from 'express';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `/api/docs`: a readable page (Swagger UI, served from our own files) over the OpenAPI JSON. */
export function docsRouter(document: () => object): Router {
  const router = express.Router();
  const assets = require('swagger-ui-dist').getAbsoluteFSPath() as string;

  router.get('/api/docs/openapi.json', (_req, res) => {
    res.json(document());
  });
  router.use('/api/docs/assets', express.static(assets, { index: false }));
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('js').send(
      "window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#docs' });",
    );
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(PAGE);
  });
  return router;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>DOTS API</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;
