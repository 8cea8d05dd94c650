import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { Person } from '../src/server/entities/person.js';
import { Department } from '../src/server/entities/list-item.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
  (body.errors ?? []).map((e) => e.field);
const names = (body: { items: Array<{ name: string }> }) => body.items.map((item) => item.name);

describe(`List administration (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let admin: TestClient;
  let southAdmin: TestClient;

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord', kind: 'maatwerk' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid', kind: 'arbeidszorg' });
    admin = await north.client('admin');
    southAdmin = await south.client('admin');
  });
  after(async () => {
    await test?.close();
  });

  it('should start each tenant with the employee types of its kind', async () => {
    const mine = await admin.get('/api/admin/employee-types');
    expect(mine.status).to.equal(200);
    expect(mine.body.items.map((t: { code: string }) => t.code)).to.include('target-worker');
    const theirs = await southAdmin.get('/api/admin/employee-types');
    const codes = theirs.body.items.map((t: { code: string }) => t.code);
    expect(codes).to.include('ama-participant');
    expect(codes).to.not.include('target-worker');
  });

  for (const path of ['departments', 'teams', 'employee-types']) {
    describe(`/api/admin/${path}`, () => {
      it('should add, rename, move and list items of its own tenant only', async () => {
        const before = (await admin.get(`/api/admin/${path}`)).body.total;
        const a = await admin.post(`/api/admin/${path}`, { name: '  Keuken  ' });
        expect(a.status).to.equal(201);
        expect(a.body).to.include({ name: 'Keuken', active: true, position: before });
        const b = await admin.post(`/api/admin/${path}`, { name: 'Groendienst' });
        expect(b.body.position).to.equal(before + 1);

        const renamed = await admin.patch(`/api/admin/${path}/${a.body.id}`, {
          name: 'Grootkeuken',
        });
        expect(renamed.body.name).to.equal('Grootkeuken');
        await admin.patch(`/api/admin/${path}/${b.body.id}`, { position: 0 });
        const list = await admin.get(`/api/admin/${path}`);
        expect(names(list.body)[0]).to.equal('Groendienst');
        expect(names(list.body)).to.include('Grootkeuken');
        expect(list.body.items.map((i: { position: number }) => i.position))
          .to.deep.equal(list.body.items.map((_: unknown, index: number) => index));

        expect(names((await southAdmin.get(`/api/admin/${path}`)).body))
          .to.not.include('Groendienst');
      });

      it('should refuse an empty, long or duplicate name, and unknown fields', async () => {
        const bodies = [{ name: ' ' }, { name: 'x'.repeat(121) }, {}, { name: 'X', tenantId: 'x' }];
        for (const body of bodies) {
          const answer = await admin.post(`/api/admin/${path}`, body);
          expect(answer.status, JSON.stringify(body)).to.equal(400);
          expect(fieldsOf(answer.body)).to.have.length.greaterThan(0);
        }
        const twice = await admin.post(`/api/admin/${path}`, { name: 'groendienst' });
        expect(twice.status).to.equal(409);
        expect((await southAdmin.post(`/api/admin/${path}`, { name: 'Groendienst' })).status)
          .to.equal(201);
      });

      it('should reorder the list and refuse ids of another tenant', async () => {
        const listed = await admin.get(`/api/admin/${path}`);
        const ids = listed.body.items.map((i: { id: string }) => i.id);
        const reversed = [...ids].reverse();
        expect((await admin.put(`/api/admin/${path}/order`, { ids: reversed })).status)
          .to.equal(200);
        const list = await admin.get(`/api/admin/${path}`);
        expect(list.body.items.map((i: { id: string }) => i.id)).to.deep.equal(reversed);

        const foreign = (await southAdmin.get(`/api/admin/${path}`)).body.items[0].id;
        const refused = await admin.put(`/api/admin/${path}/order`, { ids: [foreign] });
        expect(refused.status).to.equal(400);
        expect(fieldsOf(refused.body)).to.deep.equal(['ids.0']);
        const twice = await admin.put(`/api/admin/${path}/order`, { ids: [ids[0], ids[0]] });
        expect(twice.status).to.equal(400);
      });

      it("should answer 404 for another tenant's item and change nothing", async () => {
        const foreign = (await southAdmin.get(`/api/admin/${path}`)).body.items[0];
        expect((await admin.patch(`/api/admin/${path}/${foreign.id}`, { name: 'Weg' })).status)
          .to.equal(404);
        expect((await admin.delete(`/api/admin/${path}/${foreign.id}`)).status).to.equal(404);
        expect((await southAdmin.get(`/api/admin/${path}`)).body.items[0]).to.deep.equal(foreign);
      });

      it('should delete an unused item', async () => {
        const made = await admin.post(`/api/admin/${path}`, { name: 'Tijdelijk' });
        expect((await admin.delete(`/api/admin/${path}/${made.body.id}`)).status).to.equal(204);
        expect(names((await admin.get(`/api/admin/${path}`)).body)).to.not.include('Tijdelijk');
      });
    });
  }

  describe('an item people point at', () => {
    it('should refuse deleting it with 409, and allow retiring it', async () => {
      const made = await admin.post('/api/admin/departments', { name: 'Atelier hout' });
      const em = test.emFor(north.tenant.id);
      const person = await em.findOneOrFail(Person, north.employeePerson.id);
      person.department = em.getReference(Department, made.body.id);
      await em.flush();

      const refused = await admin.delete(`/api/admin/departments/${made.body.id}`);
      expect(refused.status).to.equal(409);
      expect(refused.body).to.include({ code: 'in_use', people: 1 });
      expect(refused.body.detail).to.match(/active to false/);

      const retired = await admin.patch(`/api/admin/departments/${made.body.id}`, {
        active: false,
      });
      expect(retired.body.active).to.equal(false);
      const active = await admin.get('/api/admin/departments?active=true');
      expect(names(active.body)).to.not.include('Atelier hout');
      const kept = await test.emFor(north.tenant.id).findOneOrFail(Person, north.employeePerson.id);
      expect(kept.department?.id).to.equal(made.body.id);
    });
  });

  describe('access', () => {
    it('should refuse coaches and employees on the admin lists', async () => {
      const coach = await north.client('coach');
      const employee = await north.client('employee');
      for (const client of [coach, employee]) {
        expect((await client.get('/api/admin/departments')).status).to.equal(403);
        expect((await client.post('/api/admin/teams', { name: 'X' })).status).to.equal(403);
      }
    });

    it('should show the active items of all lists to coaches through /api/lists', async () => {
      const coach = await north.client('coach');
      const answer = await coach.get('/api/lists');
      expect(answer.status).to.equal(200);
      expect(names({ items: answer.body.departments })).to.not.include('Atelier hout');
      expect(names({ items: answer.body.teams })).to.include('Groendienst');
      expect(answer.body.employeeTypes.length).to.be.greaterThan(0);
      expect((await (await north.client('employee')).get('/api/lists')).status).to.equal(403);
    });

    it('should give coaches the active custom fields of their own tenant only', async () => {
      const admin = await north.client('admin');
      const shoeSize = {
        key: 'shoeSize', type: 'number', labelNl: 'Schoenmaat', labelEn: 'Shoe size',
      };
      const made = await admin.post('/api/admin/fields', shoeSize);
      const retired = await admin.post('/api/admin/fields', { ...shoeSize, key: 'oldSize' });
      await admin.delete(`/api/admin/fields/${retired.body.id}`);

      const keys = async (fixture: typeof north) =>
        ((await (await fixture.client('coach')).get('/api/lists')).body.fields as
          Array<{ key: string }>).map((field) => field.key);

      expect(made.status).to.equal(201);
      expect(await keys(north)).to.include('shoeSize').and.not.include('oldSize');
      expect(await keys(south)).to.not.include('shoeSize');
    });
  });
});
