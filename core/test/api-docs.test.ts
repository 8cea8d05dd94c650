import { expect } from 'chai';
import { z } from 'zod';
import {
  pathParamsOf, registeredRoutes, routeLabel, startTestApp, testDatabaseKind, TestClient,
  walkSchemaOf, type TestApp,
} from '../src/testing/index.js';
import type { RegisteredRoute } from '../src/server/http/route-registrar.js';

interface Operation {
  summary?: string;
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> };
  responses?: Record<string, unknown>;
}

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
}

describe(`API documentation (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let client: TestClient;
  let document: OpenApiDocument;

  before(async () => {
    test = await startTestApp();
    client = new TestClient(test.url);
    document = (await client.get<OpenApiDocument>('/api/docs/openapi.json')).body;
  });

  after(async () => {
    await test?.close();
  });

  describe('GET /api/docs', () => {
    it('should answer a readable page that loads nothing from the internet', async () => {
      const page = await client.get('/api/docs');

      expect(page.status).to.equal(200);
      expect(page.headers.get('content-type')).to.match(/^text\/html/);
      expect(page.text).to.match(/<title>[^<]+<\/title>/);
      expect(page.text).to.not.match(/(src|href)=["'](https?:)?\/\//);
    });

    it('should serve every script and style the page names from the package', async () => {
      const page = await client.get('/api/docs');
      const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);

      expect(assets.some((asset) => asset.endsWith('swagger-ui-bundle.js'))).to.equal(true);
      for (const asset of assets) {
        const answer = await client.get(asset);
        expect(answer.status, asset).to.equal(200);
        expect(answer.headers.get('content-type'), asset).to.match(/javascript|css/);
        expect(answer.text, asset).to.not.be.empty;
      }
    });
  });

  describe('GET /api/docs/openapi.json', () => {
    it('should be an OpenAPI 3.1 document', () => {
      expect(document.openapi).to.equal('3.1.0');
      expect(document.info.title).to.be.a('string').and.not.be.empty;
    });

    it('should list every registered route with its method, and nothing else', () => {
      const listed = Object.entries(document.paths)
        .flatMap(([path, operations]) => Object.keys(operations).map((m) => `${m} ${path}`))
        .sort();
      const registered = registeredRoutes(test)
        .map((r) => `${r.method} ${openApiPathOf(r)}`).sort();

      expect(listed).to.deep.equal(registered);
    });

    it('should describe each route: summary, path parameters and answers', () => {
      for (const route of registeredRoutes(test)) {
        const operation = operationOf(document, route);
        const inPath = (operation.parameters ?? [])
          .filter((p) => p.in === 'path').map((p) => p.name);

        expect(operation.summary, routeLabel(route)).to.be.a('string').and.not.be.empty;
        expect(inPath, routeLabel(route)).to.deep.equal(pathParamsOf(route));
        expect(operation.responses, routeLabel(route)).to.have.property('default');
      }
    });

    it('should give each body the fields of its zod schema', () => {
      for (const route of registeredRoutes(test).filter((r) => r.body)) {
        const content = operationOf(document, route).requestBody?.content;
        const schema = content?.['application/json']?.schema;
        const fields = fieldsOfZod(route.body);

        expect(schema, routeLabel(route)).to.be.an('object').that.is.not.empty;
        if (fields) {
          expect(Object.keys(schema!.properties ?? {}), routeLabel(route)).to.have.members(fields);
          expect(schema!.additionalProperties, `${routeLabel(route)} is not strict`)
            .to.equal(false);
        }
      }
    });

    it('should list the query parameters of each zod query schema', () => {
      for (const route of registeredRoutes(test).filter((r) => r.query)) {
        const inQuery = (operationOf(document, route).parameters ?? [])
          .filter((p) => p.in === 'query').map((p) => p.name);

        expect(inQuery, routeLabel(route)).to.have.members(
          Object.keys(walkSchemaOf(route.query).properties ?? {}),
        );
      }
    });
  });

  describe('GET /api/health', () => {
    it('should answer 200 when the database answers', async () => {
      const answer = await client.get('/api/health');

      expect(answer.status).to.equal(200);
      expect(answer.body).to.deep.include({ status: 'ok', database: testDatabaseKind() });
    });
  });
});

function openApiPathOf(route: RegisteredRoute): string {
  return route.fullPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function operationOf(document: OpenApiDocument, route: RegisteredRoute): Operation {
  const operation = document.paths[openApiPathOf(route)]?.[route.method];
  if (!operation) throw new Error(`${routeLabel(route)} is not in the document`);
  return operation;
}

/** The field names of an object schema, straight from zod; undefined for other schemas. */
function fieldsOfZod(schema: unknown): string[] | undefined {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}
