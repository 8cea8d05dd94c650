import { expect } from 'chai';
import { ContainerModule, injectable } from 'inversify';
import type { Request } from 'express';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TestApp, type TestClient,
} from '../src/testing/index.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import { RouteContribution } from '../src/server/plugins/extension-points.js';
import type { RouteRegistrar } from '../src/server/http/route-registrar.js';

/** The raw body, as a handler of a `multipart` route reads it itself. */
async function rawBody(req: Request): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

@injectable()
class UploadRoutes {
  readonly pluginId = 'test-upload';

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'post', path: '/upload', summary: 'Reads its own body', access: 'signed-in',
      multipart: true, status: 201,
      handler: async (_ctx, { req }) => ({ received: (await rawBody(req)).includes('hallo') }),
    });
    routes.add({
      method: 'post', path: '/plain', summary: 'JSON only', access: 'signed-in', status: 201,
      handler: async () => ({ ok: true }),
    });
  }
}

const uploadPlugin = definePlugin({
  id: 'test-upload', version: '0.0.0', labelNl: 'Upload', labelEn: 'Upload',
  module: new ContainerModule((options) => {
    bindContribution(options, UploadRoutes, [RouteContribution]);
  }),
});

describe(`Routes that read a multipart body themselves (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let client: TestClient;

  before(async () => {
    test = await startTestApp({ plugins: [uploadPlugin] });
    const tenant = await createTenantFixture(test, { slug: 'upload' });
    client = await tenant.client('staff');
  });
  after(async () => {
    await test?.close();
  });

  const form = () => {
    const data = new FormData();
    data.append('file', new Blob(['hallo']), 'a.txt');
    return data;
  };

  it('should hand a multipart body to a multipart route unread', async () => {
    const answer = await client.request('POST', '/api/test-upload/upload', form(), {}, false);

    expect(answer.status, answer.text).to.equal(201);
    expect(answer.body).to.deep.equal({ received: true });
  });

  it('should still refuse a multipart body on every other route with 415', async () => {
    const answer = await client.request('POST', '/api/test-upload/plain', form(), {}, false);

    expect(answer.status).to.equal(415);
    expect(answer.body.code).to.equal('unsupported_media_type');
  });

  it('should document the multipart body in the OpenAPI document', async () => {
    const document = await client.get('/api/docs/openapi.json');
    const body = document.body.paths['/api/test-upload/upload'].post.requestBody;

    expect(body.content['multipart/form-data'].schema.required).to.deep.equal(['file']);
  });

  it('should still refuse a form body on the multipart route with 415', async () => {
    const answer = await client.raw('POST', '/api/test-upload/upload', 'a=b',
      'application/x-www-form-urlencoded');

    expect(answer.status).to.equal(415);
  });
});
