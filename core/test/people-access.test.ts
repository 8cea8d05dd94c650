import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { FieldDefinition } from '../src/server/entities/field-definition.js';
import { Department } from '../src/server/entities/list-item.js';

describe(`People access by role and tenant (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staffA: TestClient;
  let staffB: TestClient;
  let colleague: { id: string; version: number };
  let personB: { id: string; version: number };

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord', name: 'Atelier Noord vzw' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid', name: 'Kringloop Zuid vzw' });
    staffA = await a.client('staff');
    staffB = await b.client('staff');

    const em = test.emFor(a.tenant.id);
    em.create(FieldDefinition, { key: 'shoeSize', type: 'number', labelNl: 'Schoenmaat',
      labelEn: 'Shoe size', visibleToEmployee: true });
    em.create(FieldDefinition, { key: 'health', type: 'text', labelNl: 'Gezondheid',
      labelEn: 'Health', visibleToEmployee: false });
    await em.flush();

    colleague = (await staffA.post('/api/people', {
      givenNames: 'Jan', familyName: 'Van den Broeck', nationalRegisterNumber: '90.04.03-073.09',
    })).body;
    const own = await staffA.patch(`/api/people/${a.employeePerson.id}`, {
      version: 1, nationalRegisterNumber: '90041306409',
      fields: { shoeSize: 39, health: 'private' },
    });
    expect(own.status, own.text).to.equal(200);
    const namesake = { givenNames: 'Jan', familyName: 'Van den Broeck' };
    personB = (await staffB.post('/api/people', namesake)).body;
  });
  after(async () => {
    await test?.close();
  });

  describe('an employee', () => {
    let employee: TestClient;
    before(async () => {
      employee = await a.client('employee');
    });

    it('should not list or search people', async () => {
      expect((await employee.get('/api/people')).status).to.equal(403);
      expect((await employee.get('/api/people?q=broeck')).status).to.equal(403);
    });

    it('should get 404 for a colleague, exactly as for an id that does not exist', async () => {
      const other = await employee.get(`/api/people/${colleague.id}`);
      const none = await employee.get('/api/people/01900000-0000-7000-8000-000000000000');
      expect(other.status).to.equal(404);
      expect(other.body.detail).to.equal(none.body.detail);
    });

    it('should read the own dossier, masked, with only fields meant for employees', async () => {
      const own = await employee.get(`/api/people/${a.employeePerson.id}`);
      expect(own.status).to.equal(200);
      expect(own.body.nationalRegisterNumber).to.equal('••.••.••-•••.09');
      expect(own.body.fields).to.deep.equal({ shoeSize: 39 });
    });

    it('should change or delete no one, not even the own dossier', async () => {
      for (const id of [a.employeePerson.id, colleague.id]) {
        expect((await employee.patch(`/api/people/${id}`, { version: 2, givenNames: 'X' })).status)
          .to.equal(403);
        expect((await employee.delete(`/api/people/${id}`)).status).to.equal(403);
      }
      expect((await employee.post('/api/people', { givenNames: 'X', familyName: 'Y' })).status)
        .to.equal(403);
      const own = await staffA.get(`/api/people/${a.employeePerson.id}`);
      expect(own.body).to.include({ givenNames: 'Eline', version: 2 });
    });
  });

  describe('a coach', () => {
    it('should list and read people with the number masked, and change nothing', async () => {
      const coach = await a.client('coach');
      const list = await coach.get('/api/people?q=broeck');
      expect(list.body.items.map((p: any) => p.id)).to.deep.equal([colleague.id]);
      const read = await coach.get(`/api/people/${colleague.id}`);
      expect(read.body.nationalRegisterNumber).to.equal('••.••.••-•••.09');
      expect(read.body.fields).to.deep.equal({});
      expect((await coach.post('/api/people', { givenNames: 'X', familyName: 'Y' })).status)
        .to.equal(403);
      expect((await coach.patch(`/api/people/${colleague.id}`, { version: 1 })).status)
        .to.equal(403);
    });
  });

  describe('staff', () => {
    it('should see the whole number on the detail only, never in the list', async () => {
      const read = await staffA.get(`/api/people/${colleague.id}`);
      expect(read.body.nationalRegisterNumber).to.equal('90.04.03-073.09');
      const list = await staffA.get('/api/people');
      const numbers = list.body.items.map((p: any) => p.nationalRegisterNumber);
      expect(numbers.filter(Boolean)).to.deep.equal(['••.••.••-•••.09', '••.••.••-•••.09']);
    });

    it('should see the fields employees do not see', async () => {
      const own = await staffA.get(`/api/people/${a.employeePerson.id}`);
      expect(own.body.fields).to.deep.equal({ shoeSize: 39, health: 'private' });
    });
  });

  describe('another tenant', () => {
    it('should never show its people in a list, a search or a total', async () => {
      const ids = async (client: TestClient, query: string) => {
        const answer = await client.get(`/api/people?${query}`);
        return { ids: answer.body.items.map((p: any) => p.id), total: answer.body.total };
      };
      expect(await ids(staffA, 'q=broeck')).to.deep.equal({ ids: [colleague.id], total: 1 });
      expect(await ids(staffB, 'q=broeck')).to.deep.equal({ ids: [personB.id], total: 1 });
      expect(await ids(staffA, 'limit=200')).to.deep.equal({
        ids: [colleague.id, a.employeePerson.id], total: 2,
      });
      expect((await ids(staffA, `q=${encodeURIComponent(b.slug)}`)).total).to.equal(0);
    });

    it('should answer 404 for its ids on every person route and change nothing', async () => {
      const admin = await a.client('admin');
      expect((await admin.get(`/api/people/${personB.id}`)).status).to.equal(404);
      const change = { version: 1, givenNames: 'X' };
      expect((await admin.patch(`/api/people/${personB.id}`, change)).status).to.equal(404);
      expect((await admin.delete(`/api/people/${personB.id}`)).status).to.equal(404);

      const stored = await staffB.get(`/api/people/${personB.id}`);
      expect(stored.body).to.deep.equal(personB);
    });

    it('should not let a filter on its department reach its people', async () => {
      const em = test.emFor(b.tenant.id);
      const department = em.create(Department, { name: 'Winkel' });
      await em.flush();
      const moved = await staffB.patch(`/api/people/${personB.id}`, {
        version: 1, departmentId: department.id,
      });
      expect(moved.status).to.equal(200);
      personB = moved.body;

      const answer = await staffA.get(`/api/people?department=${department.id}`);
      expect(answer.body).to.deep.equal({ items: [], total: 0 });
      const own = await staffB.get(`/api/people?department=${department.id}`);
      expect(own.body.total).to.equal(1);
    });
  });
});
