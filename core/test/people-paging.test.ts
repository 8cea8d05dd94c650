import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { Department, EmployeeType, Team } from '../src/server/entities/list-item.js';
import { PERSON_SORTS } from '../src/common/people.js';

const PEETERS = [
  'Anke', 'Bart', 'Cor', 'Dirk', 'Els', 'Freya', 'Geert', 'Hilde', 'Ivo', 'Joke', 'Koen', 'Lotte',
];

describe(`People paging (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;
  let typeId: string;
  const created: string[] = [];

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord', name: 'Atelier Noord vzw' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid', name: 'Kringloop Zuid vzw' });
    staff = await a.client('staff');

    const em = test.emFor(a.tenant.id);
    const department = em.create(Department, { name: 'Atelier', position: 1 });
    const other = em.create(Department, { name: 'Keuken', position: 0 });
    const team = em.create(Team, { name: 'Ploeg 1' });
    await em.flush();
    typeId = (await em.findOneOrFail(EmployeeType, { position: 0 })).id;

    // Shuffled, so an order by creation time would not pass for the right one.
    const people = [
      ...PEETERS.map((givenNames) => ({
        givenNames, familyName: 'Peeters', departmentId: department.id, startDate: '2024-01-08',
        birthDate: '1990-01-01', teamId: team.id,
      })),
      { givenNames: 'Sara', familyName: 'Aerts', departmentId: other.id, startDate: '2023-05-02' },
      { givenNames: 'Tom', familyName: 'Wouters', status: 'paused' },
      {
        givenNames: 'Ann', familyName: 'Maes', departmentId: department.id, endDate: '2026-01-31',
        status: 'candidate',
      },
    ].sort((x, y) => (x.givenNames.charCodeAt(1) % 5) - (y.givenNames.charCodeAt(1) % 5));
    for (const person of people) {
      const answer = await staff.post('/api/people', { ...person, employeeTypeId: typeId });
      expect(answer.status, answer.text).to.equal(201);
      created.push(answer.body.id);
    }
    // Tenant B holds Peeters too, who must never fill a page of tenant A.
    const staffB = await b.client('staff');
    for (const givenNames of PEETERS) {
      await staffB.post('/api/people', { givenNames, familyName: 'Peeters' });
    }
  });
  after(async () => {
    await test?.close();
  });

  /** Three pages of five, as the web app would fetch them. */
  const walk = async (sort: string): Promise<string[]> => {
    const ids: string[] = [];
    for (const offset of [0, 5, 10]) {
      const query = `type=${typeId}&sort=${sort}&limit=5&offset=${offset}`;
      const page = await staff.get(`/api/people?${query}`);
      expect(page.status, sort).to.equal(200);
      expect(page.body.total, sort).to.equal(15);
      expect(page.body.items, sort).to.have.length(5);
      ids.push(...page.body.items.map((p: { id: string }) => p.id));
    }
    return ids;
  };

  for (const sort of PERSON_SORTS.flatMap((s) => [s, `-${s}`])) {
    it(`should give every person once, in one order, sorted on ${sort}`, async () => {
      const first = await walk(sort);
      expect([...first].sort()).to.deep.equal([...created].sort());
      for (let run = 0; run < 4; run += 1) expect(await walk(sort)).to.deep.equal(first);
    });
  }

  it('should order the twelve Peeters by given name within the family name', async () => {
    const page = await staff.get(`/api/people?type=${typeId}&limit=15`);
    const names = page.body.items.map((p: any) => `${p.givenNames} ${p.familyName}`);
    expect(names).to.deep.equal([
      'Sara Aerts', 'Ann Maes', ...PEETERS.map((given) => `${given} Peeters`), 'Tom Wouters',
    ]);
  });

  it('should put the list order of departments first and people without one last', async () => {
    const page = await staff.get(`/api/people?type=${typeId}&limit=15&sort=department`);
    const names = page.body.items.map((p: any) => p.givenNames);
    expect(names[0]).to.equal('Sara');
    expect(names.slice(1, 14)).to.deep.equal(['Ann', ...PEETERS]);
    expect(names[14]).to.equal('Tom');
  });

  it('should sort status in its lifecycle order on both databases', async () => {
    // Text order would put `active` before `candidate`; MySQL's enum order would not.
    const page = await staff.get(`/api/people?type=${typeId}&limit=15&sort=status`);
    const names = page.body.items.map((p: any) => p.givenNames);
    expect(names[0]).to.equal('Ann');
    expect(names[14]).to.equal('Tom');
  });
});
