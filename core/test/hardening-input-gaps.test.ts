import { expect } from 'chai';
import {
  createTenantFixture, readTenantRows, startTestApp, testDatabaseKind, type TenantFixture,
  type TenantRows, type TestApp, type TestClient, type TestResponse,
} from '../src/testing/index.js';
import { mergeFieldValues } from '../src/server/fields/field-values.js';
import { ValidationError } from '../src/server/http/errors.js';

const PERSON = { givenNames: 'Noor', familyName: 'Grensgeval' };

describe('mergeFieldValues', () => {
  it('should refuse a __proto__ key like any unknown field', () => {
    const written = JSON.parse('{"__proto__": {"isAdmin": true}}') as Record<string, unknown>;
    const failure = (() => {
      try {
        mergeFieldValues([], {}, written);
      } catch (error) {
        return error;
      }
    })();

    expect(failure).to.be.instanceOf(ValidationError);
    expect((failure as ValidationError).errors).to.deep.equal([
      { field: 'fields.__proto__', message: 'is not a field you can set here' },
    ]);
  });
});

describe(`Input gaps (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let admin: TestClient;
  let rowsBefore: TenantRows;

  const refusal = (answer: TestResponse) => {
    expect(answer.status, answer.text).to.equal(400);
    return answer.body.errors as Array<{ field: string; message: string }>;
  };

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'gap-a' });
    b = await createTenantFixture(test, { slug: 'gap-b' });
    admin = await a.client('admin');
    rowsBefore = await readTenantRows(test, b.tenant.id);
  });

  after(async () => {
    await test?.close();
  });

  describe('a __proto__ key', () => {
    it('should be refused in fields with 400 naming fields.__proto__', async () => {
      const body = `{"givenNames":"Noor","familyName":"Grensgeval",` +
        `"fields":{"__proto__":{"polluted":true}}}`;
      const errors = refusal(await admin.raw('POST', '/api/people', body));

      expect(errors).to.deep.equal([
        { field: 'fields.__proto__', message: 'is not a field you can set here' },
      ]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('should be refused anywhere in a body, naming where', async () => {
      const body = '{"displayName":"Admin","__proto__":{"role":"platform-admin"}}';
      const errors = refusal(await admin.raw('PATCH', '/api/me', body));

      expect(errors.map((e) => e.field)).to.deep.equal(['__proto__']);
    });
  });

  describe('the audit period', () => {
    it('should refuse a to before from with 400 naming query.to', async () => {
      for (const query of [
        'from=2026-12-05&to=2026-12-01',
        'from=2026-12-01T10:00:00%2B01:00&to=2026-12-01T09:59:59%2B01:00',
        'from=2026-12-02&to=2026-12-01T22:59:59Z',
      ]) {
        const errors = refusal(await admin.get(`/api/admin/audit?${query}`));
        expect(errors, query).to.deep.equal([
          { field: 'query.to', message: 'must not be before from' },
        ]);
      }
    });

    it('should take a period of one day, or one moment', async () => {
      for (const query of [
        'from=2026-12-01&to=2026-12-01',
        'from=2026-12-01T10:00:00%2B01:00&to=2026-12-01T10:00:00%2B01:00',
        'from=2026-12-01&to=2026-12-01T00:30:00%2B01:00',
      ]) {
        expect((await admin.get(`/api/admin/audit?${query}`)).status, query).to.equal(200);
      }
    });
  });

  describe('the dates of a person', () => {
    it('should refuse a start before the birth with 400 naming startDate', async () => {
      const errors = refusal(await admin.post('/api/people', {
        ...PERSON, birthDate: '1990-05-17', startDate: '1990-05-16',
      }));
      expect(errors).to.deep.equal([
        { field: 'startDate', message: 'must not be before the birth date (1990-05-17)' },
      ]);
    });

    it('should name birthDate when a change moves it after the start', async () => {
      const created = await admin.post('/api/people', {
        ...PERSON, birthDate: '1990-05-17', startDate: '2020-01-06',
      });
      expect(created.status).to.equal(201);

      const errors = refusal(await admin.patch(`/api/people/${created.body.id}`, {
        birthDate: '2021-01-01', version: created.body.version,
      }));
      expect(errors).to.deep.equal([
        { field: 'birthDate', message: 'must not be after the start date (2020-01-06)' },
      ]);
      const changed = await admin.patch(`/api/people/${created.body.id}`, {
        preferredName: 'Nora', version: created.body.version,
      });
      expect(changed.status, 'an unrelated change').to.equal(200);
      await admin.delete(`/api/people/${created.body.id}`);
    });

    it('should refuse an end before the birth when there is no start', async () => {
      const errors = refusal(await admin.post('/api/people', {
        ...PERSON, birthDate: '1990-05-17', endDate: '1989-01-01',
      }));
      expect(errors.map((e) => e.field)).to.deep.equal(['endDate']);
    });

    it('should refuse a birth date before 1900-01-01, naming birthDate', async () => {
      const tooEarly = await admin.post('/api/people', { ...PERSON, birthDate: '1899-12-31' });
      const errors = refusal(tooEarly);
      expect(errors).to.deep.equal([
        { field: 'birthDate', message: 'must not be before 1900-01-01' },
      ]);

      const oldest = await admin.post('/api/people', { ...PERSON, birthDate: '1900-01-01' });
      expect(oldest.status).to.equal(201);
      await admin.delete(`/api/people/${oldest.body.id}`);
    });

    it('should report a date that is no date once, not also as in the future', async () => {
      for (const field of ['birthDate', 'startDate', 'endDate']) {
        const errors = refusal(await admin.post('/api/people', { ...PERSON, [field]: '26-01-01' }));
        expect(errors, field).to.deep.equal([
          { field, message: 'must be a real date as YYYY-MM-DD' },
        ]);
      }
    });
  });

  // In a suite of its own: mocha runs a suite's own tests before those of its inner suites.
  describe('afterwards', () => {
    it('should have stored no person in tenant A and changed nothing in tenant B', async () => {
      const people = await admin.get(`/api/people?q=${PERSON.familyName}`);
      expect(people.body.total).to.equal(0);
      expect((await readTenantRows(test, b.tenant.id)).fingerprint()).to.equal(
        rowsBefore.fingerprint(),
      );
    });
  });
});
