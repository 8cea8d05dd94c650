import { expect } from 'chai';
import {
  createTenantFixture, readTenantRows, startTestApp, testDatabaseKind, type TenantFixture,
  type TenantRows, type TestApp, type TestClient,
} from '../src/testing/index.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';

const KEYS = 60_000;

/** `{ k00000: 1, k00001: 1, … }`: as many unknown keys as a 1 MB body holds comfortably. */
function unknownKeys(count: number): Record<string, number> {
  const keys = Array.from({ length: count }, (_, n) => `k${String(n).padStart(5, '0')}`);
  return Object.fromEntries(keys.map((key) => [key, 1]));
}

describe(`Size of a problem answer (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;
  let rowsBefore: TenantRows;

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'size-a' });
    b = await createTenantFixture(test, { slug: 'size-b' });
    staff = await a.client('staff');
    rowsBefore = await readTenantRows(test, b.tenant.id);
  });

  after(async () => {
    await test?.close();
  });

  it('should list 50 problems of 60,000 unknown fields and count the rest', async () => {
    const answer = await staff.post('/api/people', {
      givenNames: 'Grote', familyName: 'Vracht', fields: unknownKeys(KEYS),
    });

    expect(answer.status).to.equal(400);
    expect(answer.body.errors).to.have.length(50);
    expect(answer.body.errors[0]).to.deep.equal({
      field: 'fields.k00000', message: 'is not a field you can set here',
    });
    expect(answer.body.moreErrors).to.equal(KEYS - 50);
    expect(answer.text.length, 'bytes in the answer').to.be.lessThan(10_000);
  });

  it('should list every problem and no count when there are at most 50', async () => {
    const answer = await staff.patch('/api/me', unknownKeys(50));

    expect(answer.status).to.equal(400);
    expect(answer.body.errors).to.have.length(50);
    expect(answer.body).to.not.have.property('moreErrors');
  });

  it('should audit the refusal with 50 field names and the count of the rest', async () => {
    const entries = await test.emFor(a.tenant.id).find(AuditEntry, {
      action: 'request.refused', details: { route: 'POST /api/people' },
    });

    expect(entries).to.have.length(1);
    expect(entries[0]!.details?.fields).to.have.length(50);
    expect(entries[0]!.details?.moreFields).to.equal(KEYS - 50);
  });

  it('should have stored nothing in tenant B', async () => {
    expect((await readTenantRows(test, b.tenant.id)).fingerprint())
      .to.equal(rowsBefore.fingerprint());
  });
});
