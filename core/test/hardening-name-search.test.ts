import { expect } from 'chai';
import {
  addPeople, createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture,
  type TestApp, type TestClient,
} from '../src/testing/index.js';
import { EmployeeType } from '../src/server/entities/list-item.js';
import { foldName, givenNameSortKeyOf, sortKeyOf } from '../src/server/people/name-keys.js';

/** People named in Latin, Greek, Cyrillic and Arabic script, as [given names, family name]. */
const PEOPLE: Array<[string, string]> = [
  ['Дмитрий', 'Иванов'], ['محمد', 'العلوي'], ['Jan', 'Zuidema'], ['Νίκος', 'Παπαδόπουλος'],
  ['Мария', 'Абрамова'], ['Anna', 'Zzyzx'], ['Ελένη', 'Αθανασίου'], ['Omar', 'Azzouzi'],
  ['Eva', 'Peeters'],
];

/** Latin first, even "Zzyzx"; then the other scripts by code point: Greek, Cyrillic, Arabic. */
const FAMILY_ORDER = [
  'Omar Azzouzi', 'Eva Peeters', 'Jan Zuidema', 'Anna Zzyzx', 'Ελένη Αθανασίου',
  'Νίκος Παπαδόπουλος', 'Мария Абрамова', 'Дмитрий Иванов', 'محمد العلوي',
];
const GIVEN_ORDER = [
  'Anna Zzyzx', 'Eva Peeters', 'Jan Zuidema', 'Omar Azzouzi', 'Ελένη Αθανασίου',
  'Νίκος Παπαδόπουλος', 'Дмитрий Иванов', 'Мария Абрамова', 'محمد العلوي',
];

describe('name keys of every script', () => {
  it('should keep letters of every script in the folded text, without marks', () => {
    expect(foldName('Νίκος ΠΑΠΑΔΌΠΟΥΛΟΣ')).to.equal('νικοσ παπαδοπουλοσ');
    // Й and Ё lose their marks like É does: a search need not know them.
    expect(foldName('Дмитрий Ёлкин')).to.equal('дмитрии елкин');
    expect(foldName('مُحَمَّد العـلوي')).to.equal('محمد العلوي');
    expect(foldName('🙂 \u202e !! ')).to.equal('');
  });

  it('should make sort keys of ASCII letters, digits and spaces only', () => {
    for (const [given, family] of PEOPLE) {
      expect(sortKeyOf(family, given)).to.match(/^[a-z0-9 ]+$/);
      expect(sortKeyOf(family, given, 'main-part')).to.match(/^[a-z0-9 ]+$/);
      expect(givenNameSortKeyOf(family, given)).to.match(/^[a-z0-9 ]+$/);
    }
  });

  it('should sort a letter of another script after every Latin one', () => {
    expect(sortKeyOf('Zzzz', 'Zz') < sortKeyOf('Αθανασίου', 'Ελένη')).to.equal(true);
    expect(sortKeyOf('Zz9', 'A') < sortKeyOf('Zzα', 'A')).to.equal(true);
    expect(sortKeyOf('Za', 'A') < sortKeyOf('Zb', 'A')).to.equal(true);
    expect(sortKeyOf('Z', 'A') < sortKeyOf('Za', 'A')).to.equal(true);
  });
});

describe(`People named in other scripts (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;
  let typeId: string;

  /** Only these people carry this employee type, so the fixture's own person stays out. */
  const names = async (query: string) => {
    const answer = await staff.get(`/api/people?type=${typeId}&limit=200&${query}`);
    expect(answer.status, query).to.equal(200);
    return answer.body.items.map((p: any) => `${p.givenNames} ${p.familyName}`);
  };
  const search = (q: string) => names(`q=${encodeURIComponent(q)}`);

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'script-a' });
    b = await createTenantFixture(test, { slug: 'script-b' });
    staff = await a.client('staff');
    typeId = (await test.emFor(a.tenant.id).findOneOrFail(EmployeeType, { position: 0 })).id;

    await addPeople(staff, PEOPLE, { employeeTypeId: typeId });
    await addPeople(await b.client('staff'), PEOPLE);
  });

  after(async () => {
    await test?.close();
  });

  it('should find a person by part of a name in Arabic, Cyrillic or Greek', async () => {
    const cases: Array<[string, string[]]> = [
      ['محمد', ['محمد العلوي']],
      ['علو', ['محمد العلوي']],
      ['иван', ['Дмитрий Иванов']],
      ['ДМИТ', ['Дмитрий Иванов']],
      ['ова', ['Мария Абрамова']],
      ['νικο', ['Νίκος Παπαδόπουλος']],
      ['ΠΑΠΑΔΌΠΟΥΛΟΣ', ['Νίκος Παπαδόπουλος']],
      // A final sigma and a medial one are the same letter.
      ['λος', ['Νίκος Παπαδόπουλος']],
      ['λοσ', ['Νίκος Παπαδόπουλος']],
      ['zzy', ['Anna Zzyzx']],
    ];
    for (const [q, expected] of cases) {
      expect(await search(q), q).to.deep.equal(expected);
      // Without the type filter too: tenant B's namesakes never count.
      const all = await staff.get(`/api/people?q=${encodeURIComponent(q)}`);
      expect(all.body.total, q).to.equal(expected.length);
    }
  });

  it('should tell apart letters the MySQL collation weighs alike', async () => {
    // utf8mb4_unicode_ci takes katakana for hiragana; SQLite does not, so neither may search.
    const katakana = await staff.post('/api/people', { givenNames: 'カタオカ', familyName: 'Baa' });
    const hiragana = await staff.post('/api/people', { givenNames: 'かたおか', familyName: 'Baa' });
    try {
      const found = await staff.get(`/api/people?q=${encodeURIComponent('かた')}`);
      expect(found.body.items.map((p: any) => p.id)).to.deep.equal([hiragana.body.id]);
    } finally {
      const admin = await a.client('admin');
      for (const created of [katakana, hiragana]) {
        await admin.delete(`/api/people/${created.body.id}`);
      }
    }
  });

  it('should find nobody for a query without a letter or digit', async () => {
    // U+202E itself is refused by the input guard (hardening-control-characters.test.ts).
    for (const q of ['🙂', '\u2067', '  ', '!?', '\u200b']) {
      const answer = await staff.get(`/api/people?q=${encodeURIComponent(q)}`);
      expect(answer.status, JSON.stringify(q)).to.equal(200);
      expect(answer.body, JSON.stringify(q)).to.deep.equal({ items: [], total: 0 });
    }
  });

  it('should list everyone for an empty q, as an empty search box sends it', async () => {
    expect(await names('q=')).to.have.length(PEOPLE.length);
  });

  it('should sort Latin names first, then the other scripts, the same way each time', async () => {
    expect(await names('sort=familyName')).to.deep.equal(FAMILY_ORDER);
    expect(await names('sort=-familyName')).to.deep.equal([...FAMILY_ORDER].reverse());
  });

  it('should sort on given names in the same way', async () => {
    expect(await names('sort=givenNames')).to.deep.equal(GIVEN_ORDER);
    expect(await names('sort=-givenNames')).to.deep.equal([...GIVEN_ORDER].reverse());
  });

  it('should page through them without overlap', async () => {
    const pages = [];
    for (let offset = 0; offset < PEOPLE.length; offset += 4) {
      const page = await staff.get(`/api/people?type=${typeId}&limit=4&offset=${offset}`);
      pages.push(...page.body.items.map((p: any) => `${p.givenNames} ${p.familyName}`));
    }
    expect(pages).to.deep.equal(FAMILY_ORDER);
  });
});
