import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { startTestApp, TestClient, testDatabaseKind, type TestApp } from '../src/testing/index.js';

const INLINE = 'window.__NUXT__={};window.__NUXT__.config={public:{}}';
const SHELL = '<!doctype html><html><head><script type="module" src="/_nuxt/entry.js"></script>' +
  '<script id="payload" type="application/json">{"a":1}</script>' +
  `<script>${INLINE}</script></head><body></body></html>`;

describe(`Security headers (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let webRoot: string;
  let policy: string;

  before(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'dots-shell-'));
    fs.writeFileSync(path.join(webRoot, '200.html'), SHELL);
    test = await startTestApp({ settings: { webRoot } });
    const answer = await new TestClient(test.url).get('/people');
    policy = answer.headers.get('content-security-policy') ?? '';
    expect(answer.headers.get('x-content-type-options')).to.equal('nosniff');
  });
  after(async () => {
    await test?.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  const directive = (name: string) =>
    policy.split(';').find((part) => part.startsWith(`${name} `))?.split(' ').slice(1) ?? [];

  it('should let the page run our files and the shell\'s one inline script only', () => {
    const hash = crypto.createHash('sha256').update(INLINE).digest('base64');

    expect(directive('script-src')).to.deep.equal(["'self'", `'sha256-${hash}'`]);
  });

  it('should let no other site frame DOTS or receive its requests', () => {
    expect(directive('frame-ancestors')).to.deep.equal(["'none'"]);
    expect(directive('connect-src')).to.deep.equal(["'self'"]);
    expect(policy).to.not.include('upgrade-insecure-requests');
  });

  it('should send the same headers on API answers', async () => {
    const answer = await new TestClient(test.url).get('/api/health');

    expect(answer.headers.get('content-security-policy')).to.equal(policy);
  });
});
