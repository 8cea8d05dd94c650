import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import {
  createTenantFixture, readTenantRows, startTestApp, TEST_PASSWORD, testDatabaseKind,
  TestClient, type TenantFixture, type TenantRows, type TestApp,
} from '../src/testing/index.js';

/** An address of the documentation range: a client on the internet, not a proxy we trust. */
const REMOTE_CLIENT = '203.0.113.7';
const EVIL = { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' };

describe(`Origin check (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let remote: http.Server;
  /** The same app, but every request seems to come from REMOTE_CLIENT. */
  let remoteUrl: string;
  let rowsBefore: TenantRows[];

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'origin-a' });
    b = await createTenantFixture(test, { slug: 'origin-b' });
    remote = http.createServer((req, res) => {
      Object.defineProperty(req.socket, 'remoteAddress', {
        value: REMOTE_CLIENT, configurable: true,
      });
      test.app.express(req, res);
    });
    await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
    remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
    rowsBefore = await bothTenants();
  });

  after(async () => {
    remote?.closeAllConnections();
    await new Promise((resolve) => remote?.close(resolve));
    await test?.close();
  });

  const bothTenants = async () =>
    [await readTenantRows(test, a.tenant.id), await readTenantRows(test, b.tenant.id)];

  it('should refuse another site that names itself in X-Forwarded-Host', async () => {
    const client = await new TestClient(remoteUrl).signIn('origin-a', 'staff', TEST_PASSWORD);
    const answer = await client.patch('/api/me', { displayName: 'Forged' }, EVIL);

    expect(answer.status).to.equal(403);
    expect(answer.body.code).to.equal('bad_origin');
  });

  it('should refuse it on a sign-in too', async () => {
    const answer = await new TestClient(remoteUrl).post('/api/auth/login', {
      tenant: 'origin-a', login: 'staff', password: TEST_PASSWORD,
    }, EVIL);

    expect(answer.status).to.equal(403);
    expect(answer.headers.get('set-cookie')).to.equal(null);
  });

  it('should let the own site through from that client', async () => {
    const client = await new TestClient(remoteUrl).signIn('origin-a', 'coach', TEST_PASSWORD);
    const answer = await client.patch('/api/me', { locale: 'en' });

    expect(answer.status, answer.text).to.equal(200);
    await client.patch('/api/me', { locale: 'nl' });
  });

  it('should take X-Forwarded-Host from a proxy it trusts (loopback)', async () => {
    const client = new TestClient(test.url);
    const answer = await client.post('/api/auth/logout', undefined, {
      origin: 'https://dots.example', 'x-forwarded-host': 'dots.example',
    });

    expect(answer.status).to.equal(204);
  });

  it('should have changed no name in either tenant', async () => {
    const [rowsA, rowsB] = await bothTenants();
    const names = (rows: TenantRows) => rows.of('Account').map((row) => row.display_name);

    expect(names(rowsA!)).to.deep.equal(names(rowsBefore[0]!));
    expect(names(rowsB!)).to.deep.equal(names(rowsBefore[1]!));
    expect(names(rowsA!)).to.not.include('Forged');
  });
});
