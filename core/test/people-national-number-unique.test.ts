import { expect } from 'chai';
import { Person } from '../src/server/entities/index.js';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';

/** Valid numbers from case C12: one before 2000, one under the 2000+ rule. */
const WOJCIK = '90.04.03-073.09';
const BEN_SAID = '03.04.12-123.25';

describe(`One national register number, one dossier (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staffA: TestClient;

  const add = (client: TestClient, familyName: string, nationalRegisterNumber: string) =>
    client.post('/api/people', { givenNames: 'Zofia', familyName, nationalRegisterNumber });

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid' });
    staffA = await a.client('staff');
  });
  after(async () => {
    await test?.close();
  });

  it('should refuse a second person with the same number, naming the field', async () => {
    expect((await add(staffA, 'Wójcik', WOJCIK)).status).to.equal(201);

    const again = await add(staffA, 'Dubbel', '90040307309');

    expect(again.status).to.equal(409);
    expect(again.body.errors).to.deep.equal([
      { field: 'nationalRegisterNumber', message: 'is already in use' },
    ]);
    expect(again.text).to.not.include('Wójcik');
    const count = await test.emFor(a.tenant.id).count(Person, { familyName: 'Dubbel' });
    expect(count).to.equal(0);
  });

  it('should let another organisation register the same person', async () => {
    expect((await add(await b.client('staff'), 'Wójcik', WOJCIK)).status).to.equal(201);
  });

  it('should keep equal numbers unrecognisable across tenants in the database', async () => {
    const fingerprints = await Promise.all([a, b].map(async (fixture) => {
      const em = test.emFor(fixture.tenant.id);
      const person = await em.findOneOrFail(Person, { familyName: 'Wójcik' });
      return person.nationalRegisterNumberFingerprint;
    }));

    expect(fingerprints[0]).to.be.a('string').and.not.equal(fingerprints[1]);
    expect(fingerprints[0]).to.not.include('900403');
  });

  it('should let a person keep their own number and refuse taking another one', async () => {
    const other = await add(staffA, 'Ben Saïd', BEN_SAID);
    const { id, version } = other.body;

    const same = await staffA.patch(`/api/people/${id}`, {
      version, nationalRegisterNumber: BEN_SAID,
    });
    const taken = await staffA.patch(`/api/people/${id}`, {
      version: same.body.version, nationalRegisterNumber: WOJCIK,
    });

    expect(same.status).to.equal(200);
    expect(taken.status).to.equal(409);
    expect(taken.body.errors[0].field).to.equal('nationalRegisterNumber');
  });

  it('should free the number once its person no longer has it', async () => {
    const first = (await staffA.get('/api/people?q=wojcik')).body.items[0];
    const cleared = await staffA.patch(`/api/people/${first.id}`, {
      version: first.version, nationalRegisterNumber: null,
    });

    expect(cleared.status).to.equal(200);
    expect((await add(staffA, 'Wojcik-Nowak', WOJCIK)).status).to.equal(201);
  });
});
