import zlib from 'node:zlib';
import { expect } from 'chai';
import {
  createTenantFixture, readTenantRows, registeredRoutes, routeLabel, startTestApp,
  testDatabaseKind, type TenantFixture, type TenantRows, type TestApp, type TestClient,
  type TestResponse,
} from '../src/testing/index.js';

const PERSON = JSON.stringify({ givenNames: 'Amira', familyName: 'Gecomprimeerd' });

describe(`Content-Encoding of a body (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;
  let rowsBefore: TenantRows[];

  const send = (body: string | Buffer, encoding: string, path = '/api/people') =>
    staff.request('POST', path, body, {
      'content-type': 'application/json', 'content-encoding': encoding,
    }, false);

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'enc-a' });
    b = await createTenantFixture(test, { slug: 'enc-b' });
    staff = await a.client('staff');
    rowsBefore = [await readTenantRows(test, a.tenant.id), await readTenantRows(test, b.tenant.id)];
  });

  after(async () => {
    await test?.close();
  });

  it('should refuse a plain body that says it is compressed with 400 naming the body', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      expectProblem(await send(PERSON, encoding), 400, encoding);
    }
  });

  it('should refuse it so on every route that takes a body', async () => {
    const problems: string[] = [];
    for (const route of registeredRoutes(test).filter((r) => r.body)) {
      const path = route.fullPath.replace(/:[A-Za-z]+/g, '00000000-0000-7000-8000-000000000000');
      const answer = await staff.request(route.method.toUpperCase(), path, '{}', {
        'content-type': 'application/json', 'content-encoding': 'gzip',
      }, false);
      // The body is read before the route runs, so no access rule or id comes first.
      if (answer.status !== 400) problems.push(`${routeLabel(route)}: ${answer.status}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('should refuse an encoding it does not read with 415', async () => {
    const answer = await send(PERSON, 'compress');

    expectProblem(answer, 415, 'compress');
    expect(answer.body.code).to.equal('unsupported_encoding');
  });

  it('should refuse a gzip body that is cut short with 400', async () => {
    const gzipped = zlib.gzipSync(PERSON);
    expectProblem(await send(gzipped.subarray(0, gzipped.length - 12), 'gzip'), 400, 'cut');
  });

  it('should read a body that really is gzip', async () => {
    const answer = await send(zlib.gzipSync(PERSON), 'gzip');

    expect(answer.status, answer.text).to.equal(201);
    expect(answer.body.familyName).to.equal('Gecomprimeerd');
    const removed = await (await a.client('admin')).delete(`/api/people/${answer.body.id}`);
    expect(removed.status).to.equal(204);
  });

  // Signing in changes an account of A; the gzip person was deleted again.
  it('should have stored nothing in tenant B, nor a person in tenant A', async () => {
    const [rowsA, rowsB] = [
      await readTenantRows(test, a.tenant.id), await readTenantRows(test, b.tenant.id),
    ];
    expect(rowsB.fingerprint()).to.equal(rowsBefore[1]!.fingerprint());
    const skip = ['AuditEntry', 'Account'];
    expect(rowsA.fingerprint(skip)).to.equal(rowsBefore[0]!.fingerprint(skip));
  });
});

function expectProblem(answer: TestResponse, status: number, what: string): void {
  expect(answer.status, `${what}: ${answer.text}`).to.equal(status);
  expect(answer.headers.get('content-type')).to.match(/^application\/problem\+json/);
  if (status === 400) expect(answer.body.errors[0].field).to.equal('(body)');
}
