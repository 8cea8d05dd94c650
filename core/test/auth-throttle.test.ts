import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, TestClient, TEST_PASSWORD,
  type TenantFixture, type TestApp,
} from '../src/testing/index.js';
import {
  LoginThrottleOptions, type LoginThrottleOptions as ThrottleOptions,
} from '../src/server/auth/login-throttle-service.js';

describe(`Sign-in throttling (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let options: ThrottleOptions;
  let now: number;

  /** A sign-in from `address` (the server trusts X-Forwarded-For from its loopback proxy). */
  const attempt = (fixture: TenantFixture, login: string, password: string, address: string) =>
    new TestClient(test.url).post(
      '/api/auth/login', { tenant: fixture.slug, login, password }, { 'x-forwarded-for': address },
    );

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });

    // A small policy and a clock of our own, so a block runs out without waiting.
    options = test.app.container.get<ThrottleOptions>(LoginThrottleOptions);
    now = Date.parse('2026-03-02T09:00:00Z');
    options.now = () => now;
    options.rules = {
      pair: { free: 3, firstBlockMs: 60_000 },
      account: { free: 8, firstBlockMs: 60_000 },
      address: { free: 6, firstBlockMs: 60_000 },
    };
  });
  after(async () => {
    await test?.close();
  });

  it('should block an account after repeated failures, even with the right password', async () => {
    const address = '10.0.1.1';
    for (let i = 0; i < 4; i += 1) {
      expect((await attempt(north, 'coach', 'fout-wachtwoord', address)).status).to.equal(401);
    }
    const blocked = await attempt(north, 'coach', TEST_PASSWORD, address);
    expect(blocked.status).to.equal(429);
    expect(blocked.headers.get('content-type')).to.match(/application\/problem\+json/);
    expect(blocked.body.detail).to.match(/Try again in 1 minute/);
    expect(Number(blocked.headers.get('retry-after'))).to.be.within(1, 60);
  });

  it('should count the username and the e-mail address of one account together', async () => {
    const admin = await north.client('admin');
    await admin.patch(`/api/admin/accounts/${north.accounts.staff.id}`, {
      email: 'staff@noord.be',
    });
    const address = '10.0.1.2';
    for (const login of ['staff', 'staff@noord.be', 'staff', 'STAFF@noord.be']) {
      expect((await attempt(north, login, 'fout-wachtwoord', address)).status).to.equal(401);
    }
    expect((await attempt(north, 'staff@noord.be', TEST_PASSWORD, address)).status).to.equal(429);
  });

  it('should let the person sign in from another address meanwhile', async () => {
    expect((await attempt(north, 'coach', TEST_PASSWORD, '10.0.9.9')).status).to.equal(200);
  });

  it('should let the block run out', async () => {
    now += 61_000;
    expect((await attempt(north, 'coach', TEST_PASSWORD, '10.0.1.1')).status).to.equal(200);
  });

  it('should never block for longer than the longest block', async () => {
    const rule = options.rules.pair;
    options.rules.pair = { free: 3, firstBlockMs: 4 * options.maxBlockMs };
    try {
      for (let i = 0; i < 4; i += 1) await attempt(south, 'staff', 'fout-wachtwoord', '10.0.5.1');
      const blocked = await attempt(south, 'staff', TEST_PASSWORD, '10.0.5.1');
      expect(blocked.status).to.equal(429);
      const seconds = Number(blocked.headers.get('retry-after'));
      expect(seconds).to.be.within(options.maxBlockMs / 1000 - 1, options.maxBlockMs / 1000);
      now += options.maxBlockMs + 1000;
      expect((await attempt(south, 'staff', TEST_PASSWORD, '10.0.5.1')).status).to.equal(200);
    } finally {
      options.rules.pair = rule;
    }
  });

  it('should let another account sign in from the address until the address limit', async () => {
    const address = '10.0.2.1';
    for (let i = 0; i < 3; i += 1) {
      expect((await attempt(north, 'admin', 'fout-wachtwoord', address)).status).to.equal(401);
    }
    expect((await attempt(north, 'employee', TEST_PASSWORD, address)).status).to.equal(200);
    for (let i = 0; i < 4; i += 1) {
      expect((await attempt(south, `nobody-${i}`, 'fout-wachtwoord', address)).status)
        .to.equal(401);
    }
    // Seven failures from one address: past its six free ones, every account is refused there.
    expect((await attempt(south, 'coach', TEST_PASSWORD, address)).status).to.equal(429);
    expect((await attempt(south, 'coach', TEST_PASSWORD, '10.0.2.2')).status).to.equal(200);
  });

  it('should block one account guessed at from many addresses', async () => {
    for (let i = 0; i < 9; i += 1) {
      const answer = await attempt(south, 'admin', 'fout-wachtwoord', `10.0.3.${i}`);
      expect(answer.status).to.equal(401);
    }
    expect((await attempt(south, 'admin', TEST_PASSWORD, '10.0.3.200')).status).to.equal(429);
    now += options.maxBlockMs + 1000;
    expect((await attempt(south, 'admin', TEST_PASSWORD, '10.0.3.200')).status).to.equal(200);
  });

  it('should answer an unknown login exactly like a wrong password', async () => {
    const address = '10.0.4.1';
    const unknown = await attempt(north, 'niemand', 'fout-wachtwoord', address);
    const wrong = await attempt(north, 'coach', 'fout-wachtwoord', address);
    expect(unknown.status).to.equal(401);
    expect(unknown.body).to.deep.include({ code: wrong.body.code, detail: wrong.body.detail });
  });
});
