import { expect } from 'chai';
import {
  addPeople, createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture,
  type TestApp, type TestClient,
} from '../src/testing/index.js';
import { Tenant } from '../src/server/entities/tenant.js';
import { EmployeeType } from '../src/server/entities/list-item.js';
import { foldName, sortKeyOf } from '../src/server/people/name-keys.js';

/** The people of case C14, as [given names, family name]. */
const C14_PEOPLE: Array<[string, string]> = [
  ['Élodie', 'Dubois'], ['Eva', 'Dubois'], ['Zofia', 'Wójcik'], ['Jan', 'Van den Broeck'],
  ['Ilse', 'van der Heyden'], ['Sofie', 'de Smet'], ['Çağla', 'Öztürk'], ['Omar', 'Ozturk'],
  ['Łukasz', 'Brzęczyszczykiewicz'], ['Thị Lan', 'Nguyễn'], ['Lan', 'Nguyen'],
  ['Jürgen', 'Müller'], ['Jurgen', 'Muller'],
];

/** The Belgian order: the particle counts, accents fold, the exact spelling breaks a tie. */
const PARTICLE_ORDER = [
  'Łukasz Brzęczyszczykiewicz', 'Sofie de Smet', 'Élodie Dubois', 'Eva Dubois', 'Jurgen Muller',
  'Jürgen Müller', 'Lan Nguyen', 'Thị Lan Nguyễn', 'Çağla Öztürk', 'Omar Ozturk',
  'Jan Van den Broeck', 'Ilse van der Heyden', 'Zofia Wójcik',
];

/** The main-part order: "Van den Broeck" under B, "de Smet" under S. */
const MAIN_PART_ORDER = [
  'Jan Van den Broeck', 'Łukasz Brzęczyszczykiewicz', 'Élodie Dubois', 'Eva Dubois',
  'Ilse van der Heyden', 'Jurgen Muller', 'Jürgen Müller', 'Lan Nguyen', 'Thị Lan Nguyễn',
  'Çağla Öztürk', 'Omar Ozturk', 'Sofie de Smet', 'Zofia Wójcik',
];

describe('name keys', () => {
  it('should fold accents, case and letters that do not decompose', () => {
    expect(foldName('Łukasz Brzęczyszczykiewicz')).to.equal('lukasz brzeczyszczykiewicz');
    expect(foldName("Çağla  Öztürk-D'Hondt")).to.equal('cagla ozturk dhondt');
  });

  it('should file Van den Broeck under V or under B as the tenant chooses', () => {
    expect(sortKeyOf('Van den Broeck', 'Jan')).to.match(/^van den broeck {2}jan {2}/);
    expect(sortKeyOf('Van den Broeck', 'Jan', 'main-part')).to.match(/^broeck van den {2}jan {2}/);
  });

  it('should order names that fold alike by their exact spelling', () => {
    expect(sortKeyOf('Muller', 'Jurgen') < sortKeyOf('Müller', 'Jürgen')).to.equal(true);
    expect(sortKeyOf('Muller', 'Jurgen') < sortKeyOf('Mullers', 'Anna')).to.equal(true);
  });
});

describe(`Names of people (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;
  let typeId: string;

  /** Only the C14 people carry this employee type, so the fixture's own person stays out. */
  const names = async (query: string) => {
    const answer = await staff.get(`/api/people?type=${typeId}&limit=200&${query}`);
    expect(answer.status, query).to.equal(200);
    return answer.body.items.map((p: any) => `${p.givenNames} ${p.familyName}`);
  };

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord', name: 'Atelier Noord vzw' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid', name: 'Kringloop Zuid vzw' });
    staff = await a.client('staff');
    typeId = (await test.emFor(a.tenant.id).findOneOrFail(EmployeeType, { position: 0 })).id;

    // Reversed, so that an order by creation would show itself.
    await addPeople(staff, [...C14_PEOPLE].reverse(), { employeeTypeId: typeId });
    // The same names in tenant B, which must never show in tenant A.
    await addPeople(await b.client('staff'), C14_PEOPLE);
  });
  after(async () => {
    await test?.close();
  });

  it('should sort on family name the Belgian way by default', async () => {
    expect(await names('sort=familyName')).to.deep.equal(PARTICLE_ORDER);
    expect(await names('')).to.deep.equal(PARTICLE_ORDER);
  });

  it('should reverse that order exactly with -familyName', async () => {
    expect(await names('sort=-familyName')).to.deep.equal([...PARTICLE_ORDER].reverse());
  });

  it('should sort on the main part when the tenant chooses so, without recomputing', async () => {
    await setNameSort(test, a.tenant.id, 'main-part');
    try {
      expect(await names('sort=familyName')).to.deep.equal(MAIN_PART_ORDER);
    } finally {
      await setNameSort(test, a.tenant.id, 'particle');
    }
    expect(await names('sort=familyName')).to.deep.equal(PARTICLE_ORDER);
  });

  it('should sort on given names, accents folded', async () => {
    const order = await names('sort=givenNames');
    expect(order.slice(0, 4)).to.deep.equal([
      'Çağla Öztürk', 'Élodie Dubois', 'Eva Dubois', 'Ilse van der Heyden',
    ]);
  });

  it('should find names ignoring case and accents, only in the own tenant', async () => {
    const cases: Array<[string, string[]]> = [
      ['ozturk', ['Çağla Öztürk', 'Omar Ozturk']],
      ['OZTÜRK', ['Çağla Öztürk', 'Omar Ozturk']],
      ['broeck', ['Jan Van den Broeck']],
      ['van den', ['Jan Van den Broeck']],
      ['nguyen', ['Lan Nguyen', 'Thị Lan Nguyễn']],
      ['Nguyễn', ['Lan Nguyen', 'Thị Lan Nguyễn']],
      ['müller', ['Jurgen Muller', 'Jürgen Müller']],
      ['lukasz brz', ['Łukasz Brzęczyszczykiewicz']],
      // Wildcards of LIKE are plain characters here (folded away), never patterns.
      ['d_bois', []],
      ['%ubois', ['Élodie Dubois', 'Eva Dubois']],
    ];
    for (const [q, expected] of cases) {
      expect(await names(`q=${encodeURIComponent(q)}`), q).to.deep.equal(expected);
      // Without the type filter too: tenant B's namesakes never count.
      const all = await staff.get(`/api/people?q=${encodeURIComponent(q)}`);
      expect(all.body.total, q).to.equal(expected.length);
    }
  });

  it('should keep "Müller" and "Muller" as two people', async () => {
    const muller = await names('q=muller');
    expect(muller).to.deep.equal(['Jurgen Muller', 'Jürgen Müller']);
  });

  it('should store a 120-character name byte for byte, in NFC', async () => {
    const typed = `${'𝒜'}Caf${'e\u0301'}-${'q\u0303'}${'x'.repeat(112)}`;
    const stored = typed.normalize('NFC');
    expect([...stored].length).to.equal(120);

    const created = await staff.post('/api/people', { givenNames: 'Anna', familyName: typed });
    expect(created.status).to.equal(201);
    expect(Buffer.from(created.body.familyName).equals(Buffer.from(stored))).to.equal(true);

    const read = await staff.get(`/api/people/${created.body.id}`);
    expect(Buffer.from(read.body.familyName).equals(Buffer.from(stored))).to.equal(true);
    const [row] = await test.em().getConnection().execute(
      'select family_name as familyName from person where id = ?', [created.body.id],
    );
    expect(Buffer.from(row.familyName).equals(Buffer.from(stored))).to.equal(true);
  });

  it('should count characters, not bytes: 120 four-byte letters fit', async () => {
    const familyName = '𝒜'.repeat(120);
    const created = await staff.post('/api/people', { givenNames: 'B', familyName });
    expect(created.status).to.equal(201);
    expect(created.body.familyName).to.equal('𝒜'.repeat(120));
  });

  it('should refuse a 121-character name, naming the field, and store nothing', async () => {
    const before = (await staff.get('/api/people')).body.total;
    for (const body of [
      { givenNames: 'Anna', familyName: `${'𝒜'}${'y'.repeat(120)}` },
      { givenNames: 'x'.repeat(121), familyName: 'Claes' },
      { givenNames: 'Anna', familyName: 'Claes', preferredName: 'z'.repeat(121) },
    ]) {
      const answer = await staff.post('/api/people', body);
      expect(answer.status).to.equal(400);
      expect(answer.body.errors[0].message).to.equal('must be at most 120 characters');
    }
    expect((await staff.get('/api/people')).body.total).to.equal(before);
  });
});

async function setNameSort(test: TestApp, tenantId: string, nameSort: 'particle' | 'main-part') {
  const em = test.em();
  const tenant = await em.findOneOrFail(Tenant, tenantId);
  tenant.settings = { ...tenant.settings, nameSort };
  await em.flush();
}
