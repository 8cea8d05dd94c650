import { expect } from 'chai';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import { FieldDefinition } from '../src/server/entities/field-definition.js';
import { Tenant } from '../src/server/entities/tenant.js';
import type { FieldType } from '../src/common/fields.js';

const SIZES = [
  { value: 'S', labelNl: 'S', labelEn: 'S' }, { value: 'M', labelNl: 'M', labelEn: 'M' },
  { value: 'L', labelNl: 'L', labelEn: 'L' },
];

describe(`Custom and hidden fields of people (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;

  const define = async (fixture: TenantFixture, key: string, type: FieldType, extra = {}) => {
    const em = test.emFor(fixture.tenant.id);
    em.create(FieldDefinition, { key, type, labelNl: key, labelEn: key, options: SIZES, ...extra });
    await em.flush();
  };

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord', name: 'Atelier Noord vzw' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid', name: 'Kringloop Zuid vzw' });
    staff = await a.client('staff');

    await define(a, 'personnelNumber', 'text', { required: true, position: 0 });
    await define(a, 'hours', 'number');
    await define(a, 'medicalCheck', 'date');
    await define(a, 'size', 'choice');
    await define(a, 'sizes', 'multi-choice');
    await define(a, 'driving', 'yes-no');
    await define(a, 'retired', 'text', { active: false });
    await define(b, 'onlyInB', 'text');
  });
  after(async () => {
    await test?.close();
  });

  const post = (fields: object) =>
    staff.post('/api/people', { givenNames: 'Mia', familyName: 'Claes', fields });
  const valid = {
    personnelNumber: '00412', hours: 19.5, medicalCheck: '2025-03-04', size: 'M',
    sizes: ['S', 'L'], driving: false,
  };

  it('should store every type of value as given, a code with its leading zeros', async () => {
    const created = await post(valid);
    expect(created.status, created.text).to.equal(201);
    expect(created.body.fields).to.deep.equal(valid);
    expect((await staff.get(`/api/people/${created.body.id}`)).body.fields).to.deep.equal(valid);
  });

  it('should refuse a wrong value of each type, naming fields.<key>', async () => {
    const wrong: Array<[string, unknown, string]> = [
      ['hours', '19,5', 'must be a number'],
      ['medicalCheck', '04/03/2025', 'must be a real date as YYYY-MM-DD'],
      ['size', 'XL', 'must be one of: S, M, L'],
      ['sizes', ['S', 'S'], 'must not name a choice twice'],
      ['sizes', 'S', 'must be a list'],
      ['driving', 'ja', 'must be true or false'],
      ['personnelNumber', 412, 'must be text'],
    ];
    for (const [key, value, message] of wrong) {
      const answer = await post({ ...valid, [key]: value });
      expect(answer.status, key).to.equal(400);
      expect(answer.body.errors, key).to.deep.equal([{ field: `fields.${key}`, message }]);
    }
  });

  it('should refuse unknown, retired and foreign fields, and a missing required one', async () => {
    const before = (await staff.get('/api/people')).body.total;
    for (const key of ['shoeSize', 'retired', 'onlyInB']) {
      const answer = await post({ ...valid, [key]: 'x' });
      expect(answer.status, key).to.equal(400);
      expect(answer.body.errors, key).to.deep.equal([
        { field: `fields.${key}`, message: 'is not a field you can set here' },
      ]);
    }
    const missing = await post({ hours: 3 });
    expect(missing.body.errors).to.deep.equal([
      { field: 'fields.personnelNumber', message: 'is required' },
    ]);
    expect((await staff.get('/api/people')).body.total).to.equal(before);
  });

  it('should merge a change into the stored values, null clearing one', async () => {
    const created = (await post(valid)).body;
    const changed = await staff.patch(`/api/people/${created.id}`, {
      version: 1, fields: { hours: 38, sizes: null },
    });
    expect(changed.status, changed.text).to.equal(200);
    const { sizes: _cleared, ...kept } = valid;
    expect(changed.body.fields).to.deep.equal({ ...kept, hours: 38 });

    const refused = await staff.patch(`/api/people/${created.id}`, {
      version: 2, fields: { personnelNumber: null },
    });
    expect(refused.status).to.equal(400);
    expect(refused.body.errors[0].field).to.equal('fields.personnelNumber');
  });

  describe('hidden standard fields', () => {
    before(async () => {
      const em = test.em();
      const tenant = await em.findOneOrFail(Tenant, a.tenant.id);
      tenant.settings = { hiddenStandardFields: ['gender', 'nationalRegisterNumber', 'teamId'] };
      await em.flush();
    });

    it('should refuse a hidden field on write, naming it', async () => {
      const answer = await staff.post('/api/people', {
        givenNames: 'Mia', familyName: 'Claes', gender: 'v', nationalRegisterNumber: '90040307309',
        fields: valid,
      });
      expect(answer.status).to.equal(400);
      expect(answer.body.errors.map((e: any) => e.field).sort()).to.deep.equal(
        ['gender', 'nationalRegisterNumber'],
      );
    });

    it('should leave hidden fields out of every answer', async () => {
      const created = await staff.post('/api/people', {
        givenNames: 'Mia', familyName: 'Claes', fields: valid,
      });
      for (const body of [
        created.body, (await staff.get(`/api/people/${created.body.id}`)).body,
        (await staff.get('/api/people')).body.items[0],
      ]) {
        expect(body).not.to.have.any.keys('gender', 'nationalRegisterNumber', 'teamId');
        expect(body).to.have.property('birthDate');
      }
    });

    it('should refuse to sort or filter on a hidden field', async () => {
      const sorted = await staff.get('/api/people?sort=team');
      expect(sorted.status).to.equal(400);
      expect(sorted.body.errors[0].field).to.equal('sort');
      const filtered = await staff.get(`/api/people?team=${b.tenant.id}`);
      expect(filtered.body.errors[0].field).to.equal('team');
    });

    it('should leave tenant B as it is', async () => {
      const staffB = await b.client('staff');
      const answer = await staffB.post('/api/people', {
        givenNames: 'Jan', familyName: 'Maes', gender: 'm',
      });
      expect(answer.status).to.equal(201);
      expect(answer.body.gender).to.equal('m');
    });
  });
});
