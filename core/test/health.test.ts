import { expect } from 'chai';
import {
  startTestApp,
  TestClient,
  createTenantFixture,
  testDatabaseKind,
  type TestApp,
} from '../src/testing/index.js';

describe(`server start (${testDatabaseKind()})`, () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp();
  });
  after(async () => {
    await test?.close();
  });

  it('should answer health with the database it uses', async () => {
    const answer = await new TestClient(test.url).get('/api/health');
    expect(answer.status).to.equal(200);
    expect(answer.body.database).to.equal(testDatabaseKind());
  });

  it('should sign in a tenant account and describe its session', async () => {
    const fixture = await createTenantFixture(test, { slug: 'atelier-noord' });
    const client = await fixture.client('staff');
    const session = await client.get('/api/session');
    expect(session.status).to.equal(200);
    expect(session.body.account.role).to.equal('staff');
    expect(session.body.tenant.slug).to.equal('atelier-noord');
  });
});
