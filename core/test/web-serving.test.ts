import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'chai';
import { startTestApp, TestClient, testDatabaseKind, type TestApp } from '../src/testing/index.js';

const SCRIPT = 'console.log("dots");\n'.repeat(50);

/** A folder shaped like the output of `nuxt generate`, with the compressed copies it writes. */
function fakeWebRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dots-web-'));
  fs.mkdirSync(path.join(root, '_nuxt'));
  fs.writeFileSync(path.join(root, '200.html'), '<!doctype html><title>spa</title>');
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>index</title>');
  const script = path.join(root, '_nuxt/entry.abc123.js');
  fs.writeFileSync(script, SCRIPT);
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT));
  return root;
}

describe(`The web app served next to the API (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let webRoot: string;
  let client: TestClient;

  before(async () => {
    webRoot = fakeWebRoot();
    test = await startTestApp({ settings: { webRoot } });
    client = new TestClient(test.url);
  });
  after(async () => {
    await test?.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  it('should send the brotli copy of a script to a browser that takes it', async () => {
    const answer = await client.get('/_nuxt/entry.abc123.js', { 'accept-encoding': 'gzip, br' });

    expect(answer.status).to.equal(200);
    expect(answer.headers.get('content-encoding')).to.equal('br');
    expect(answer.headers.get('cache-control')).to.include('immutable');
    expect(answer.text).to.equal(SCRIPT);
  });

  it('should send the gzip copy when the browser takes only gzip', async () => {
    const answer = await client.get('/_nuxt/entry.abc123.js', { 'accept-encoding': 'gzip' });

    expect(answer.headers.get('content-encoding')).to.equal('gzip');
    expect(answer.text).to.equal(SCRIPT);
  });

  it('should answer every page of the app with its fallback page', async () => {
    const answer = await client.get('/people/0190a1b2-0000-7000-8000-000000000000');

    expect(answer.status).to.equal(200);
    expect(answer.text).to.include('<title>spa</title>');
  });

  it('should keep answering unknown API paths with problem+json, not the app', async () => {
    const answer = await client.get('/api/no-such-thing');

    expect(answer.status).to.equal(404);
    expect(answer.headers.get('content-type')).to.match(/^application\/problem\+json/);
  });
});
