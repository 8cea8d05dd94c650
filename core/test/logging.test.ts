import { expect } from 'chai';
import {
  captureLog, createScratchDatabase, createTenantFixture, registeredRoutes, startAppOn,
  TEST_PASSWORD, testDatabaseKind, TestClient, type CapturedLog, type ScratchDatabase,
  type TestApp, type TestResponse,
} from '../src/testing/index.js';

/** Born 17 May 1990, sequence 123: check digits 97 - (900517123 mod 97) = 31. */
const NATIONAL_NUMBER = { formatted: '90.05.17-123.31', digits: '90051712331' };
const PERSON = { givenNames: 'Zeynep', familyName: 'Logboekmans' };
const WRONG_PASSWORD = 'not-the-password-4711';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe(`Request logging (${testDatabaseKind()})`, () => {
  let database: ScratchDatabase;
  let log: CapturedLog;
  let test: TestApp;
  /** Every answer of the requests that carried personal data, to match them with log lines. */
  const answers: TestResponse[] = [];

  before(async () => {
    database = createScratchDatabase();
    log = captureLog('trace');
    test = await startAppOn(database, { logger: log.logger });
    const fixture = await createTenantFixture(test, { slug: 'log-a' });

    const client = new TestClient(test.url);
    const signIn = (login: string, password: string) =>
      client.post('/api/auth/login', { tenant: 'log-a', login, password });
    answers.push(await signIn('staff', WRONG_PASSWORD), await signIn('admin', TEST_PASSWORD));
    if (registeredRoutes(test).some((r) => r.method === 'post' && r.fullPath === '/api/people')) {
      answers.push(...await workWithAPerson(client));
    }
    answers.push(await (await fixture.client('staff')).get('/api/session'));
  });

  after(async () => {
    await test?.close();
    await database?.drop();
  });

  it('should have served the requests it logs', () => {
    const people = answers.length > 3 ? [201, 200, 200, 200, 400] : [];
    expect(answers.map((answer) => answer.status)).to.deep.equal([401, 200, ...people, 200]);
  });

  it('should write no password to the log', () => {
    expect(log.text()).to.not.include(TEST_PASSWORD);
    expect(log.text()).to.not.include(WRONG_PASSWORD);
  });

  it('should write no national register number and no name of a person', () => {
    const text = log.text();
    const secrets = [
      NATIONAL_NUMBER.formatted, NATIONAL_NUMBER.digits, PERSON.givenNames, PERSON.familyName,
    ];
    for (const secret of secrets) {
      expect(text, `the log holds ${secret}`).to.not.include(secret);
    }
  });

  it('should give every request line the id the answer carries', () => {
    const requestIds = log.lines().filter((line) => line.req).map(requestIdOf);
    const logged = new Set(requestIds);

    expect(requestIds.length).to.be.greaterThan(0);
    expect(requestIds.every((id) => typeof id === 'string' && id.length > 0)).to.equal(true);
    for (const answer of answers) expect(logged).to.include(answer.headers.get('x-request-id'));
  });

  describe('X-Request-Id', () => {
    it('should be a fresh UUID v7 on every answer, an error answer too', async () => {
      const client = new TestClient(test.url);
      const ids = [
        (await client.get('/api/health')).headers.get('x-request-id'),
        (await client.get('/api/session')).headers.get('x-request-id'),
        (await client.get('/api/no-such-route')).headers.get('x-request-id'),
      ];

      for (const id of ids) expect(id).to.match(UUID_V7);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('should echo the id a proxy sent, and log the request under it', async () => {
      const given = { 'x-request-id': 'lb-7f3a.0001' };
      const answer = await new TestClient(test.url).get('/api/health', given);

      expect(answer.headers.get('x-request-id')).to.equal('lb-7f3a.0001');
      expect(log.lines().map(requestIdOf)).to.include('lb-7f3a.0001');
    });

    it('should replace an id that is too long or holds other characters', async () => {
      for (const given of ['x'.repeat(65), 'id with spaces', 'id"}{"forged":1']) {
        const answer = await new TestClient(test.url).get('/api/health', { 'x-request-id': given });
        expect(answer.headers.get('x-request-id')).to.match(UUID_V7);
      }
    });
  });
});

function requestIdOf(line: Record<string, unknown>): unknown {
  return (line.req as { id?: unknown } | undefined)?.id;
}

/** Creates, finds, reads and changes a person, and sends a wrong national number. */
async function workWithAPerson(client: TestClient): Promise<TestResponse[]> {
  const created = await client.post('/api/people', {
    ...PERSON, birthDate: '1990-05-17', nationalRegisterNumber: NATIONAL_NUMBER.formatted,
  });
  if (created.status !== 201) throw new Error(`creating failed: ${created.status} ${created.text}`);
  const id = created.body.id as string;

  return [
    created,
    await client.get(`/api/people?q=${encodeURIComponent(PERSON.familyName)}`),
    await client.get(`/api/people/${id}`),
    await client.patch(`/api/people/${id}`, {
      preferredName: PERSON.givenNames, version: created.body.version,
    }),
    await client.post('/api/people', { ...PERSON, nationalRegisterNumber: '90.05.17-123.32' }),
  ];
}
