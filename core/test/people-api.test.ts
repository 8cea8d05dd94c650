import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';
import { Department } from '../src/server/entities/list-item.js';
import { Person } from '../src/server/entities/person.js';

const MIA = { givenNames: 'Mia', familyName: 'Claes' };

const PERSON_KEYS = [
  'id', 'givenNames', 'familyName', 'preferredName', 'birthDate', 'gender',
  'nationalRegisterNumber', 'departmentId', 'teamId', 'employeeTypeId', 'startDate', 'endDate',
  'status', 'fields', 'version',
];

describe(`PeopleRoutes (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;
  let departmentA: Department;
  let departmentB: Department;

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord', name: 'Atelier Noord vzw' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid', name: 'Kringloop Zuid vzw' });
    staff = await a.client('staff');
    departmentA = await addDepartment(test, a, 'Atelier');
    departmentB = await addDepartment(test, b, 'Winkel');
  });
  after(async () => {
    await test?.close();
  });

  const create = async (body: object) => {
    const answer = await staff.post('/api/people', { ...MIA, ...body });
    expect(answer.status, answer.text).to.equal(201);
    return answer.body;
  };

  describe('POST /api/people', () => {
    it('should answer exactly the documented keys, with calendar dates', async () => {
      const person = await create({
        preferredName: 'Mimi', birthDate: '1990-04-03', gender: 'v', startDate: '2024-09-01',
        endDate: '2025-08-31', status: 'candidate', departmentId: departmentA.id,
      });
      expect(Object.keys(person).sort()).to.deep.equal([...PERSON_KEYS].sort());
      expect(person).to.include({
        givenNames: 'Mia', familyName: 'Claes', preferredName: 'Mimi', birthDate: '1990-04-03',
        gender: 'v', startDate: '2024-09-01', endDate: '2025-08-31', status: 'candidate',
        departmentId: departmentA.id, teamId: null, nationalRegisterNumber: null, version: 1,
      });

      const read = await staff.get(`/api/people/${person.id}`);
      expect(read.body).to.deep.equal(person);
    });

    it('should refuse a department of another tenant as unknown, naming departmentId', async () => {
      const answer = await staff.post('/api/people', {
        givenNames: 'Mia', familyName: 'Claes', departmentId: departmentB.id,
      });
      expect(answer.status).to.equal(400);
      expect(answer.body.errors).to.deep.equal([
        { field: 'departmentId', message: 'does not name a department of this organisation' },
      ]);
    });

    it('should refuse fields the form never shows: tenant, id, version', async () => {
      const answer = await staff.post('/api/people', {
        givenNames: 'Mia', familyName: 'Claes', tenantId: b.tenant.id, id: 'x', version: 9,
      });
      expect(answer.status).to.equal(400);
      expect(answer.body.errors.map((e: any) => e.field).sort()).to.deep.equal(
        ['id', 'tenantId', 'version'],
      );
    });
  });

  describe('bad input', () => {
    const badBodies: Array<[string, object, string]> = [
      ['missing given names', { givenNames: undefined }, 'givenNames'],
      ['empty family name', { familyName: '   ' }, 'familyName'],
      ['oversized family name', { familyName: 'x'.repeat(121) }, 'familyName'],
      ['oversized gender', { gender: 'g'.repeat(61) }, 'gender'],
      ['a number for a name', { givenNames: 42 }, 'givenNames'],
      ['a number for a date', { birthDate: 19900403 }, 'birthDate'],
      ['an impossible date', { startDate: '2025-02-29' }, 'startDate'],
      ['a day-first date', { startDate: '03/04/2025' }, 'startDate'],
      ['a future birth date', { birthDate: '2999-01-01' }, 'birthDate'],
      ['an unknown status', { status: 'gone' }, 'status'],
      ['an unknown custom field', { fields: { shoeSize: 42 } }, 'fields.shoeSize'],
      ['fields that are not an object', { fields: ['a'] }, 'fields'],
      ['an invalid national number', { nationalRegisterNumber: '90.04.03-073.10' },
        'nationalRegisterNumber'],
      ['an end before the start', { startDate: '2025-03-01', endDate: '2025-02-28' }, 'endDate'],
      ['a line break in a name', { givenNames: 'Mia\nClaes' }, 'givenNames'],
      ['an unknown department', { departmentId: '01900000-0000-7000-8000-000000000000' },
        'departmentId'],
    ];

    it('should answer 400 naming the field on create, and store nothing', async () => {
      const before = await countPeople(test, a);
      for (const [what, body, field] of badBodies) {
        const answer = await staff.post('/api/people', { ...MIA, ...body });
        expect(answer.status, what).to.equal(400);
        expect(answer.headers.get('content-type'), what).to.match(/application\/problem\+json/);
        expect(answer.body.errors.map((e: any) => e.field), what).to.include(field);
      }
      expect(await countPeople(test, a)).to.equal(before);
    });

    it('should answer 400 naming the field on change, and change nothing', async () => {
      const person = await create({ startDate: '2025-01-01' });
      for (const [what, body, field] of badBodies) {
        if (what === 'missing given names') continue; // a change may leave names out
        const answer = await staff.patch(`/api/people/${person.id}`, { version: 1, ...body });
        expect(answer.status, what).to.equal(400);
        expect(answer.body.errors.map((e: any) => e.field), what).to.include(field);
      }
      const after = await staff.get(`/api/people/${person.id}`);
      expect(after.body).to.deep.equal(person);
    });

    it('should answer 400 for malformed JSON, naming the body', async () => {
      const answer = await staff.raw('POST', '/api/people', '{"givenNames": "Mia",');
      expect(answer.status).to.equal(400);
      expect(answer.body.errors).to.deep.equal([{ field: '(body)', message: 'is not valid JSON' }]);
    });

    it('should answer 400 for a bad list query, naming the parameter', async () => {
      const queries = [
        ['limit=0', 'query.limit'], ['limit=201', 'query.limit'], ['sort=age', 'query.sort'],
        ['offset=x', 'query.offset'], ['status=gone', 'query.status'],
        ['colour=red', 'query.colour'],
        ['q=a&q=b', 'query.q'], [`q=${'a'.repeat(101)}`, 'query.q'],
      ];
      for (const [query, field] of queries) {
        const answer = await staff.get(`/api/people?${query}`);
        expect(answer.status, query).to.equal(400);
        expect(answer.body.errors.map((e: any) => e.field), query).to.include(field);
      }
    });
  });

  describe('PATCH /api/people/:id', () => {
    it('should refuse a nested department as unknown and write nothing (C20)', async () => {
      const person = await create({});
      const departments = await countDepartments(test);
      const answer = await staff.patch(`/api/people/${person.id}`, {
        version: 1, familyName: 'Claes-Peeters',
        department: { id: departmentB.id, name: 'X' },
      });
      expect(answer.status).to.equal(400);
      expect(answer.body.errors).to.deep.equal([
        { field: 'department', message: 'is not a field you can set here' },
      ]);

      const after = await staff.get(`/api/people/${person.id}`);
      expect(after.body).to.include({ familyName: 'Claes', departmentId: null, version: 1 });
      expect(await countDepartments(test)).to.equal(departments);
      const winkel = await test.emFor(b.tenant.id).findOneOrFail(Department, departmentB.id);
      expect(winkel.name).to.equal('Winkel');
    });

    it('should refuse a lost update: 428 without version, 409 when stale (C17)', async () => {
      const person = await create({});
      const staff2 = await a.client('staff');
      const [seen1, seen2] = [
        await staff.get(`/api/people/${person.id}`), await staff2.get(`/api/people/${person.id}`),
      ];
      expect(seen1.body.version).to.equal(1);
      expect(seen2.body.version).to.equal(1);

      const first = await staff2.patch(`/api/people/${person.id}`, {
        version: 1, preferredName: 'Mimi',
      });
      expect(first.status).to.equal(200);
      expect(first.body.version).to.equal(2);

      const stale = await staff.patch(`/api/people/${person.id}`, {
        version: 1, familyName: 'Van den Broeck',
      });
      expect(stale.status).to.equal(409);
      expect(stale.body).to.include({ code: 'stale_version', currentVersion: 2 });

      const missing = await staff.patch(`/api/people/${person.id}`, {
        familyName: 'Van den Broeck',
      });
      expect(missing.status).to.equal(428);
      expect(missing.headers.get('content-type')).to.match(/application\/problem\+json/);
      expect(missing.body.code).to.equal('version_required');

      const stored = await staff.get(`/api/people/${person.id}`);
      expect(stored.body).to.include({ preferredName: 'Mimi', familyName: 'Claes', version: 2 });
    });

    it('should raise the version by one per change, and not for a read or no change', async () => {
      const person = await create({});
      await staff.get(`/api/people/${person.id}`);
      await staff.get('/api/people?q=claes');
      const same = await staff.patch(`/api/people/${person.id}`, {
        version: 1, familyName: 'Claes',
      });
      expect(same.body.version).to.equal(1);

      const changed = await staff.patch(`/api/people/${person.id}`, {
        version: 1, familyName: 'Peeters', gender: 'm', departmentId: departmentA.id,
      });
      expect(changed.body).to.include({
        familyName: 'Peeters', departmentId: departmentA.id, version: 2,
      });
      const cleared = await staff.patch(`/api/people/${person.id}`, {
        version: 2, gender: null, departmentId: null, preferredName: '',
      });
      expect(cleared.body).to.include({ gender: null, departmentId: null, version: 3 });
    });

    it('should keep the end date after the start date when only one of them changes', async () => {
      const person = await create({ startDate: '2025-01-01', endDate: '2025-06-30' });
      const answer = await staff.patch(`/api/people/${person.id}`, {
        version: 1, startDate: '2025-07-01',
      });
      expect(answer.status).to.equal(400);
      expect(answer.body.errors[0].field).to.equal('endDate');
    });
  });

  describe('audit', () => {
    it('should record reads and changes with field names, never values', async () => {
      const person = await create({ gender: 'v' });
      await staff.get(`/api/people/${person.id}`);
      await staff.patch(`/api/people/${person.id}`, { version: 1, preferredName: 'Zonnestraal' });

      const entries = await test.emFor(a.tenant.id).find(
        AuditEntry, { personId: person.id }, { orderBy: { at: 'asc', id: 'asc' } },
      );
      expect(entries.map((e) => e.action)).to.deep.equal([
        'person.create', 'person.read', 'person.update',
      ]);
      expect(entries.every((e) => e.accountId === a.accounts.staff.id)).to.equal(true);
      expect(entries[0]!.details).to.deep.equal({ fields: ['givenNames', 'familyName', 'gender'] });
      expect(entries[2]!.details).to.deep.equal({ fields: ['preferredName'] });
      expect(JSON.stringify(entries.map((e) => e.details))).not.to.include('Zonnestraal');
    });
  });

  describe('DELETE /api/people/:id', () => {
    it('should delete a person for the admin only, and audit it', async () => {
      const person = await create({});
      expect((await staff.delete(`/api/people/${person.id}`)).status).to.equal(403);
      const admin = await a.client('admin');
      expect((await admin.delete(`/api/people/${person.id}`)).status).to.equal(204);

      expect((await staff.get(`/api/people/${person.id}`)).status).to.equal(404);
      const deleted = await test.emFor(a.tenant.id).find(AuditEntry, {
        personId: person.id, action: 'person.delete',
      });
      expect(deleted).to.have.length(1);
    });

    it('should refuse 409 while an account signs in for the person', async () => {
      const admin = await a.client('admin');
      const answer = await admin.delete(`/api/people/${a.employeePerson.id}`);
      expect(answer.status).to.equal(409);
      expect(answer.body.code).to.equal('person_has_account');
      expect((await staff.get(`/api/people/${a.employeePerson.id}`)).status).to.equal(200);
    });
  });
});

async function addDepartment(test: TestApp, fixture: TenantFixture, name: string) {
  const em = test.emFor(fixture.tenant.id);
  const department = em.create(Department, { name });
  await em.flush();
  return department;
}

function countPeople(test: TestApp, fixture: TenantFixture): Promise<number> {
  return test.emFor(fixture.tenant.id).count(Person, {});
}

function countDepartments(test: TestApp): Promise<number> {
  return test.em().count(Department, {}, { filters: false });
}
