import { expect } from 'chai';
import {
  declaredParamsOf, pathParamsOf, pathWith, populateTenant, queryString, registeredRoutes,
  requiredQueryOf, routeLabel, startTestApp, testDatabaseKind, type PopulatedTenant,
  type TestApp, type TestClient,
} from '../src/testing/index.js';

interface FieldRow {
  id: string;
  key: string;
  visibleToEmployee: boolean;
}

/** A value no route has any other reason to answer. */
const MARKER = 'Vertrouwelijk-merkteken-7731';

/**
 * Custom fields marked hidden from employees never reach an employee's answer: every field of
 * the tenant is switched both ways, and every route an employee can call on their own person is
 * searched for a hidden field's key and value.
 */
describe(`Custom fields in the employee's answers (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: PopulatedTenant;
  let admin: TestClient;
  let staff: TestClient;
  let employee: TestClient;
  let ownPath: string;

  before(async () => {
    test = await startTestApp();
    a = await populateTenant(test, { slug: 'velden-a', extraPeople: 1 });
    await populateTenant(test, { slug: 'velden-b', extraPeople: 2 });
    admin = await a.client('admin');
    staff = await a.client('staff');
    employee = await a.client('employee');
    ownPath = `/api/people/${a.employeePersonId}`;

    const field = await admin.post('/api/admin/fields', {
      key: 'begeleidingsnotitie', type: 'text', labelNl: 'Notitie', labelEn: 'Note',
      visibleToEmployee: false,
    });
    expect(field.status, field.text).to.equal(201);
    const person = (await admin.get(ownPath)).body;
    const patched = await admin.patch(ownPath, {
      version: person.version, fields: { begeleidingsnotitie: MARKER },
    });
    expect(patched.status, patched.text).to.equal(200);
  });
  after(async () => {
    await test?.close();
  });

  const fields = async (): Promise<FieldRow[]> =>
    (await admin.get('/api/admin/fields')).body.items;
  const setVisible = async (field: FieldRow, visibleToEmployee: boolean) => {
    const answer = await admin.patch(`/api/admin/fields/${field.id}`, { visibleToEmployee });
    expect(answer.status, answer.text).to.equal(200);
  };

  it('should show the employee a field of their own person only while it is visible', async () => {
    const all = await fields();
    const withValue = Object.keys((await staff.get(ownPath)).body.fields);
    expect(withValue, 'the employee has values to hide').to.include('begeleidingsnotitie');
    expect(withValue.length).to.be.greaterThan(1);

    for (const field of all) {
      await setVisible(field, false);
      const hidden = (await employee.get(ownPath)).body.fields;
      expect(hidden, `${field.key} hidden`).to.not.have.property(field.key);

      await setVisible(field, true);
      const shown = (await employee.get(ownPath)).body.fields;
      expect(Object.hasOwn(shown, field.key), `${field.key} shown`)
        .to.equal(withValue.includes(field.key));
      expect(Object.keys((await staff.get(ownPath)).body.fields)).to.include.members(withValue);

      await setVisible(field, field.visibleToEmployee);
    }
  });

  it("should leave a hidden field's key and value out of every answer to the employee",
    async () => {
      const problems: string[] = [];
      const walked: string[] = [];
      for (const route of registeredRoutes(test).filter((r) => r.method === 'get')) {
        const params = pathParamsOf(route);
        const declared = declaredParamsOf(route);
        if (params.some((name) => declared[name]?.name !== 'Person')) continue;
        const query = requiredQueryOf(route);
        if (!query) continue;

        const values = Object.fromEntries(params.map((name) => [name, a.employeePersonId]));
        const answer = await employee.get(pathWith(route, values) + queryString(query));
        if (answer.status >= 300) continue;
        walked.push(routeLabel(route));
        if (answer.text.includes(MARKER) || answer.text.includes('begeleidingsnotitie')) {
          problems.push(`${routeLabel(route)} shows the hidden field`);
        }
      }
      expect(problems).to.deep.equal([]);
      expect(walked, 'the employee reached their own person').to.include('GET /api/people/:id');
    });
});
