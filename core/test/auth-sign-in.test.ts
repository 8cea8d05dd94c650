import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, TestClient, TEST_PASSWORD,
  type TenantFixture, type TestApp,
} from '../src/testing/index.js';
import { AccountService } from '../src/server/accounts/account-service.js';

describe(`Sign-in and sessions (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;

  const login = (body: Record<string, unknown>) =>
    new TestClient(test.url).post('/api/auth/login', body);

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });

    const em = test.em();
    await test.app.container.get(AccountService).create(em, {
      role: 'platform-admin', displayName: 'Platform', username: 'platform',
      password: TEST_PASSWORD,
    });
    await em.flush();
  });
  after(async () => {
    await test?.close();
  });

  it('should sign in by username or by e-mail address, ignoring case', async () => {
    const admin = await north.client('admin');
    await admin.patch(`/api/admin/accounts/${north.accounts.coach.id}`, {
      email: 'coach@noord.be',
    });

    expect((await login({ tenant: north.slug, login: 'Coach', password: TEST_PASSWORD })).status)
      .to.equal(200);
    const byMail = await login({
      tenant: 'ATELIER-NOORD', login: 'COACH@noord.be', password: TEST_PASSWORD,
    });
    expect(byMail.status).to.equal(200);
    expect(byMail.body.account.id).to.equal(north.accounts.coach.id);
  });

  it("should not sign in to one tenant with another tenant's account", async () => {
    await (await north.client('admin')).patch(`/api/admin/accounts/${north.accounts.staff.id}`, {
      username: 'sarah',
    });
    const answer = await login({ tenant: south.slug, login: 'sarah', password: TEST_PASSWORD });
    expect(answer.status).to.equal(401);
    expect(answer.body.code).to.equal('bad_credentials');
  });

  it('should sign in the platform admin without a tenant, and only so', async () => {
    const platform = new TestClient(test.url);
    expect((await platform.post('/api/auth/login', {
      login: 'platform', password: TEST_PASSWORD,
    })).status)
      .to.equal(200);
    const session = await platform.get('/api/session');
    expect(session.body.account.role).to.equal('platform-admin');
    expect(session.body.tenant).to.equal(null);

    expect((await login({ tenant: north.slug, login: 'platform', password: TEST_PASSWORD })).status)
      .to.equal(401);
    expect((await login({ login: 'admin', password: TEST_PASSWORD })).status).to.equal(401);
  });

  it('should end the other sessions on a password change, and keep this one', async () => {
    const here = await north.client('admin');
    const elsewhere = await north.client('admin');
    const answer = await here.post('/api/me/password', {
      currentPassword: TEST_PASSWORD, newPassword: 'een-nieuw-wachtwoord',
    });
    expect(answer.status).to.equal(204);
    expect((await here.get('/api/session')).status).to.equal(200);
    expect((await elsewhere.get('/api/session')).status).to.equal(401);
    expect((await login({ tenant: north.slug, login: 'admin', password: TEST_PASSWORD })).status)
      .to.equal(401);
    const renewed = await login({
      tenant: north.slug, login: 'admin', password: 'een-nieuw-wachtwoord',
    });
    expect(renewed.status)
      .to.equal(200);
  });

  it('should answer 401 on the next request of a deactivated account', async () => {
    const coach = await south.client('coach');
    const admin = await south.client('admin');
    expect((await admin.patch(`/api/admin/accounts/${south.accounts.coach.id}`, {
      active: false,
    })).status)
      .to.equal(200);
    const next = await coach.get('/api/lists');
    expect(next.status).to.equal(401);
    expect(next.headers.get('content-type')).to.match(/application\/problem\+json/);
  });

  it('should end the sessions of a tenant the platform admin deactivates', async () => {
    const staff = await south.client('staff');
    const platform = await new TestClient(test.url).signIn(undefined, 'platform', TEST_PASSWORD);
    const off = await platform.patch(`/api/platform/tenants/${south.tenant.id}`, { active: false });
    expect(off.status).to.equal(200);
    expect((await staff.get('/api/session')).status).to.equal(401);
    expect((await login({ tenant: south.slug, login: 'staff', password: TEST_PASSWORD })).status)
      .to.equal(401);
    expect((await (await north.client('coach')).get('/api/session')).status).to.equal(200);
  });
});
