import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, created, fieldsOf, startCompetenceWorld, type CompetenceWorld, type Created,
} from './competence-fixtures.js';
import {
  finalCoachMeasurement, placeInDepartment, storedMeasurement,
} from './evolution-fixtures.js';

describe(`Competence department averages (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let framework: Created;
  let department: string;

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
    const admin = await world.north.client('admin');
    framework = await createFramework(staff);
    department = (await created(admin, '/api/admin/departments', { name: 'Atelier' })).id;
    const elsewhere = (await created(admin, '/api/admin/departments', { name: 'Winkel' })).id;
    const tenantId = world.north.tenant.id;
    const eline = world.north.employeePerson.id;
    const jan = (await created(staff, '/api/people', {
      givenNames: 'Jan', familyName: 'Van den Broeck', departmentId: department,
    })).id;
    const zofia = (await created(staff, '/api/people', {
      givenNames: 'Zofia', familyName: 'Wójcik', departmentId: elsewhere,
    })).id;
    await placeInDepartment(world.test.emFor(tenantId), eline, department);

    await finalCoachMeasurement(staff, eline, framework.id, '2025-01-10', [
      ['i1', 1], ['i2', 'n.o.'], ['i3', 1], ['i4', 2], ['i5', 2]]);
    await finalCoachMeasurement(staff, eline, framework.id, '2025-06-10', [
      ['i1', 2], ['i2', 2], ['i3', 1], ['i4', 3], ['i5', 3]]);
    // Communiceren not observed at all: no score, so it stays out of that average (C10).
    await finalCoachMeasurement(staff, jan, framework.id, '2025-05-01', [
      ['i1', 4], ['i2', 4], ['i3', 'n.o.'], ['i4', 'n.o.'], ['i5', 'n.o.']]);
    await finalCoachMeasurement(staff, zofia, framework.id, '2025-05-01', [
      ['i1', 1], ['i2', 1], ['i3', 1], ['i4', 1], ['i5', 1]]);
    await finalCoachMeasurement(staff, eline, framework.id, '2024-12-31', [
      ['i1', 1], ['i2', 1], ['i3', 1], ['i4', 1], ['i5', 1]]);
    await staff.post(PATHS.measurementsOf(jan), {
      frameworkId: framework.id, date: '2025-07-01', kind: 'ad-hoc',
      scores: [{ indicatorKey: 'i1', value: 1 }],
    });
    await storedMeasurement(world.test, tenantId, {
      personId: eline, frameworkId: framework.id, date: '2025-06-12', perspective: 'self',
      status: 'final', answers: [['i1', 4], ['i2', 4], ['i3', 3], ['i4', 3], ['i5', 'n.o.']],
    });
    await storedMeasurement(world.test, tenantId, {
      personId: jan, frameworkId: framework.id, date: '2025-06-12', perspective: 'self',
      status: 'draft', answers: [['i1', 1]],
    });
  });
  after(async () => {
    await world?.test.close();
  });

  const averages = (query: Record<string, string>, client = staff) => client.get(
    `${PATHS.departmentAverages}?${new URLSearchParams({ frameworkId: framework.id, ...query })}`);
  const item = (body: any, key: string) => body.items.find((i: any) => i.competenceKey === key);
  const year = { from: '2025-01-01', to: '2025-12-31' };

  it("should average each final measurement's competence mean, coach and self apart",
    async () => {
      const answer = await averages({ ...year, departmentId: department });

      expect(answer.status, answer.text).to.equal(200);
      expect(answer.body.items.map((i: any) => [i.competenceKey, i.name])).to.deep.equal([
        ['samenwerken', 'Samenwerken'], ['communiceren', 'Communiceren']]);
      const samenwerken = item(answer.body, 'samenwerken');
      expect(samenwerken.coach.mean).to.be.closeTo((1 + 5 / 3 + 4) / 3, 1e-12);
      expect(samenwerken.coach).to.include({ measurements: 3, people: 2 });
      expect(samenwerken.self.mean).to.be.closeTo(11 / 3, 1e-12);
      expect(samenwerken.self).to.include({ measurements: 1, people: 1 });
      expect(item(answer.body, 'communiceren').coach).to.deep.equal({
        mean: 2.5, measurements: 2, people: 1,
      });
      expect(item(answer.body, 'communiceren').self).to.deep.equal({
        mean: 3, measurements: 1, people: 1,
      });
    });

  it('should keep to the period, both days included, and to the department', async () => {
    const june = await averages({ from: '2025-06-10', to: '2025-06-12', departmentId: department });
    expect(item(june.body, 'samenwerken').coach).to.deep.equal({
      mean: 5 / 3, measurements: 1, people: 1,
    });

    const everyone = await averages(year);
    expect(item(everyone.body, 'samenwerken').coach).to.include({ measurements: 4, people: 3 });
    expect(item(everyone.body, 'samenwerken').coach.mean)
      .to.be.closeTo((1 + 5 / 3 + 4 + 1) / 4, 1e-12);

    const nobody = await averages({ from: '2023-01-01', to: '2023-12-31' });
    expect(item(nobody.body, 'samenwerken').self).to.deep.equal({
      mean: null, measurements: 0, people: 0,
    });
  });

  it("should show nothing of another tenant's framework or department", async () => {
    const southStaff = await world.south.client('staff');
    const south = await averages({ ...year }, southStaff);
    expect(south.status).to.equal(200);
    expect(south.body).to.deep.equal({ items: [] });

    const southFramework = await createFramework(southStaff, 'Zuid');
    const mixed = await averages({ ...year, frameworkId: southFramework.id });
    expect(mixed.body).to.deep.equal({ items: [] });
  });

  it('should refuse a bad query with 400 naming the parameter', async () => {
    const refused = async (query: Record<string, string>, field: string) => {
      const answer = await averages(query);
      expect(answer.status, answer.text).to.equal(400);
      expect(fieldsOf(answer.body)).to.deep.equal([field]);
    };

    await refused({ from: '2025-12-31', to: '2025-01-01' }, 'query.to');
    await refused({ from: '2025-02-30', to: '2025-12-31' }, 'query.from');
    await refused({ ...year, departmentId: 'x' }, 'query.departmentId');
    await refused({ ...year, frameworkId: '' }, 'query.frameworkId');
  });

  it('should answer 403 to an employee', async () => {
    const employee = await world.north.client('employee');
    expect((await averages(year, employee)).status).to.equal(403);
  });
});
