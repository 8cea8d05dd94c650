import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, TEST_PASSWORD, type TenantFixture,
  type TestApp,
} from '../src/testing/index.js';

describe(`POST /api/me/password (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord' });
  });
  after(async () => {
    await test?.close();
  });

  const change = (currentPassword: string) => ({
    currentPassword, newPassword: 'een-nieuw-wachtwoord-2026',
  });

  it('should stop guessing the current password like a sign-in is stopped', async () => {
    const coach = await a.client('coach');
    const answers: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      answers.push((await coach.post('/api/me/password', change(`fout-${attempt}`))).status);
    }
    const right = await coach.post('/api/me/password', change(TEST_PASSWORD));

    expect(answers).to.deep.equal([400, 400, 400, 400, 400, 400]);
    expect(right.status).to.equal(429);
    expect(right.headers.get('retry-after')).to.match(/^\d+$/);
  });

  it('should change the password of an account that was not guessing', async () => {
    const staff = await a.client('staff');

    const changed = await staff.post('/api/me/password', change(TEST_PASSWORD));

    expect(changed.status).to.equal(204);
    expect((await staff.get('/api/session')).status).to.equal(200);
  });
});
