import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { Person } from '../src/server/entities/person.js';
import { Tenant } from '../src/server/entities/tenant.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
  (body.errors ?? []).map((e) => e.field);

const colour = {
  key: 'favouriteColour', type: 'choice', labelNl: 'Lievelingskleur', labelEn: 'Favourite colour',
  options: [
    { value: 'red', labelNl: 'Rood', labelEn: 'Red' },
    { value: 'blue', labelNl: 'Blauw', labelEn: 'Blue' },
  ],
};

describe(`Field administration (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let north: TenantFixture;
  let south: TenantFixture;
  let admin: TestClient;
  let southAdmin: TestClient;

  before(async () => {
    test = await startTestApp();
    north = await createTenantFixture(test, { slug: 'atelier-noord' });
    south = await createTenantFixture(test, { slug: 'atelier-zuid' });
    admin = await north.client('admin');
    southAdmin = await south.client('admin');
  });
  after(async () => {
    await test?.close();
  });

  describe('/api/admin/fields', () => {
    it('should add a field and list it for its own tenant only', async () => {
      const made = await admin.post('/api/admin/fields', colour);
      expect(made.status).to.equal(201);
      expect(made.body)
        .to.include({ key: 'favouriteColour', type: 'choice', active: true, required: false });

      const mine = await admin.get('/api/admin/fields');
      expect(mine.body.items.map((f: { key: string }) => f.key)).to.include('favouriteColour');
      const theirs = await southAdmin.get('/api/admin/fields');
      expect(theirs.body.items.map((f: { key: string }) => f.key))
        .to.not.include('favouriteColour');
    });

    it('should take lower camel and kebab keys and refuse others, naming the key', async () => {
      expect((await admin.post('/api/admin/fields', { ...text, key: 'shoe-size' })).status)
        .to.equal(201);
      for (const key of ['Shoe size', 'ShoeSize', '1size', 'shoe_size', 'shoe--size', 'constructor',
        'birthDate', '', 'a'.repeat(61)]) {
        const answer = await admin.post('/api/admin/fields', { ...text, key });
        expect(answer.status, key).to.equal(400);
        expect(new Set(fieldsOf(answer.body)), key).to.deep.equal(new Set(['key']));
      }
    });

    it('should refuse a key the tenant already has, but not one another tenant has', async () => {
      const twice = await admin.post('/api/admin/fields', { ...colour, labelEn: 'Colour' });
      expect(twice.status).to.equal(409);
      expect(twice.body.field).to.equal('key');
      expect((await southAdmin.post('/api/admin/fields', colour)).status).to.equal(201);
    });

    it('should refuse a choice without options, and options on a text field', async () => {
      const bare = await admin.post('/api/admin/fields', { ...colour, key: 'size', options: [] });
      expect(bare.status).to.equal(400);
      expect(fieldsOf(bare.body)).to.deep.equal(['options']);
      const multi = await admin.post('/api/admin/fields', {
        ...colour, key: 'sizes', type: 'multi-choice', options: undefined,
      });
      expect(multi.status).to.equal(400);
      const textual = await admin.post('/api/admin/fields', {
        ...text, key: 'remark', options: colour.options,
      });
      expect(textual.status).to.equal(400);
      const twin = await admin.post('/api/admin/fields', {
        ...colour, key: 'twin', options: [colour.options[0], colour.options[0]],
      });
      expect(twin.status).to.equal(400);
      expect(fieldsOf(twin.body)).to.deep.equal(['options']);
    });

    it('should change labels and flags but never the key or the type', async () => {
      const id = await idOf(admin, 'favouriteColour');
      const changed = await admin.patch(`/api/admin/fields/${id}`, {
        labelEn: 'Colour', required: true, visibleToEmployee: true,
      });
      expect(changed.status).to.equal(200);
      expect(changed.body)
        .to.include({ labelEn: 'Colour', required: true, visibleToEmployee: true });

      for (const body of [{ key: 'colour' }, { type: 'text' }, { tenantId: south.tenant.id }]) {
        const answer = await admin.patch(`/api/admin/fields/${id}`, body);
        expect(answer.status).to.equal(400);
        expect(fieldsOf(answer.body)).to.deep.equal(Object.keys(body));
      }
      const audit = await test.emFor(north.tenant.id).find(AuditEntry, {
        action: 'field.update', subjectId: id,
      });
      expect(audit).to.have.length(1);
    });

    it('should refuse taking away an option people chose, and allow one nobody chose', async () => {
      const id = await idOf(admin, 'favouriteColour');
      const em = test.emFor(north.tenant.id);
      const person = await em.findOneOrFail(Person, north.employeePerson.id);
      person.fields = { favouriteColour: 'red' };
      await em.flush();

      const red = await admin.patch(`/api/admin/fields/${id}`, { options: [colour.options[1]] });
      expect(red.status).to.equal(409);
      expect(red.body.values).to.deep.equal(['red']);
      const blue = await admin.patch(`/api/admin/fields/${id}`, { options: [colour.options[0]] });
      expect(blue.status).to.equal(200);
      expect(blue.body.options.map((o: { value: string }) => o.value)).to.deep.equal(['red']);
    });

    it('should retire a field on delete and keep the values people have', async () => {
      const id = await idOf(admin, 'favouriteColour');
      expect((await admin.delete(`/api/admin/fields/${id}`)).status).to.equal(204);

      const active = await admin.get('/api/admin/fields?active=true');
      expect(active.body.items.map((f: { id: string }) => f.id)).to.not.include(id);
      const all = await admin.get('/api/admin/fields');
      expect(all.body.items.find((f: { id: string }) => f.id === id).active).to.equal(false);

      const person = await test.emFor(north.tenant.id)
        .findOneOrFail(Person, north.employeePerson.id);
      expect(person.fields).to.deep.equal({ favouriteColour: 'red' });
      expect((await admin.post('/api/admin/fields', colour)).status).to.equal(409);
    });

    it('should reorder the fields and refuse ids of another tenant', async () => {
      const listed = await admin.get('/api/admin/fields');
      const ids = listed.body.items.map((f: { id: string }) => f.id);
      const reversed = [...ids].reverse();
      const answer = await admin.put('/api/admin/fields/order', { ids: reversed });
      expect(answer.status).to.equal(200);
      expect((await admin.get('/api/admin/fields')).body.items.map((f: { id: string }) => f.id))
        .to.deep.equal(reversed);

      const foreign = (await southAdmin.get('/api/admin/fields')).body.items[0].id;
      const refused = await admin.put('/api/admin/fields/order', { ids: [ids[0], foreign] });
      expect(refused.status).to.equal(400);
      expect(fieldsOf(refused.body)).to.deep.equal(['ids.1']);
    });

    it("should answer 404 for another tenant's field and change nothing", async () => {
      const foreign = (await southAdmin.get('/api/admin/fields')).body.items[0];
      expect((await admin.patch(`/api/admin/fields/${foreign.id}`, { labelEn: 'Mine' })).status)
        .to.equal(404);
      expect((await admin.delete(`/api/admin/fields/${foreign.id}`)).status).to.equal(404);
      const after = (await southAdmin.get('/api/admin/fields')).body.items[0];
      expect(after).to.deep.equal(foreign);
    });

    it('should refuse coaches, staff and employees', async () => {
      for (const role of ['coach', 'staff', 'employee'] as const) {
        const client = await north.client(role);
        expect((await client.get('/api/admin/fields')).status, role).to.equal(403);
        expect((await client.post('/api/admin/fields', { ...text, key: 'sneaky' })).status, role)
          .to.equal(403);
      }
    });
  });

  describe('/api/admin/settings', () => {
    it('should show the defaults of a tenant that never chose', async () => {
      const answer = await admin.get('/api/admin/settings');
      expect(answer.body)
        .to.deep.equal({ nameSort: 'particle', hiddenStandardFields: [], fullTimeHours: 38 });
    });

    it('should change the keys given, keep the others, and audit it', async () => {
      const answer = await admin.put('/api/admin/settings', {
        nameSort: 'main-part', hiddenStandardFields: ['gender', 'teamId'],
      });
      expect(answer.status).to.equal(200);
      expect(answer.body).to.deep.equal({
        nameSort: 'main-part', hiddenStandardFields: ['gender', 'teamId'], fullTimeHours: 38,
      });
      const again = await admin.put('/api/admin/settings', { fullTimeHours: 36 });
      expect(again.body).to.include({ nameSort: 'main-part', fullTimeHours: 36 });

      const stored = await test.em().findOneOrFail(Tenant, south.tenant.id);
      expect(stored.settings).to.deep.equal({});
      const where = { action: 'tenant.settings-update' };
      const audit = await test.emFor(north.tenant.id).find(AuditEntry, where, {
        orderBy: { at: 'asc', id: 'asc' },
      });
      expect(audit.map((e) => e.details?.fields))
        .to.deep.equal([['nameSort', 'hiddenStandardFields'], ['fullTimeHours']]);
    });

    it('should refuse unknown settings, fields that cannot be hidden and bad hours', async () => {
      for (const body of [
        { hiddenStandardFields: ['familyName'] }, { nameSort: 'alphabetical' },
        { fullTimeHours: 0 },
        { enabledPlugins: [] }, { hiddenStandardFields: ['gender', 'gender'] },
      ]) {
        const answer = await admin.put('/api/admin/settings', body);
        expect(answer.status, JSON.stringify(body)).to.equal(400);
        expect(fieldsOf(answer.body)[0]).to.match(new RegExp(`^${Object.keys(body)[0]}`));
      }
    });

    it('should refuse staff', async () => {
      const staff = await north.client('staff');
      expect((await staff.put('/api/admin/settings', { fullTimeHours: 20 })).status).to.equal(403);
    });
  });
});

const text = { type: 'text', labelNl: 'Schoenmaat', labelEn: 'Shoe size' };

async function idOf(client: TestClient, key: string): Promise<string> {
  const answer = await client.get('/api/admin/fields');
  return answer.body.items.find((f: { key: string }) => f.key === key).id;
}
