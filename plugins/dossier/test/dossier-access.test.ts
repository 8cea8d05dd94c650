import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS, DOSSIER_SECTION_IDS, type DossierSectionId } from '../src/common/index.js';
import {
  addPerson, expectStatus, startDossierWorld, weekdays, type DossierWorld,
} from './dossier-fixtures.js';

interface Rows {
  emergencyContactId: string;
  scheduleId: string;
  workplaceId: string;
}

/** Fills every section of one person's dossier as staff. */
async function fillDossier(staff: TestClient, personId: string, name: string): Promise<Rows> {
  expectStatus(await staff.put(DOSSIER_PATHS.contactData(personId), { city: name }), 200);
  const contact = expectStatus(await staff.post(DOSSIER_PATHS.emergencyContacts(personId),
    { name, relation: 'zus', phone: '0470 11 22 33' }), 201);
  const schedule = expectStatus(await staff.post(DOSSIER_PATHS.schedules(personId),
    { validFrom: '2026-01-05', days: weekdays() }), 201);
  const workplace = expectStatus(await staff.post(DOSSIER_PATHS.workplaces(personId),
    { site: name, validFrom: '2026-01-05' }), 201);
  return {
    emergencyContactId: contact.id, scheduleId: schedule.id, workplaceId: workplace.id,
  };
}

describe(`Dossier access of the employee (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let employee: TestClient;
  let ownId: string;
  let otherId: string;
  let own: Rows;
  let other: Rows;
  let reveal: (() => Promise<void>) | undefined;

  before(async () => {
    world = await startDossierWorld();
    const staff = await world.north.client('staff');
    employee = await world.north.client('employee');
    ownId = world.north.employeePerson.id;
    otherId = await addPerson(staff, 'Collega');
    own = await fillDossier(staff, ownId, 'Eigen');
    other = await fillDossier(staff, otherId, 'Andere');
  });
  afterEach(async () => {
    await reveal?.();
    reveal = undefined;
  });
  after(async () => {
    await world?.test.close();
  });

  /** Hides one section from employees, as the tenant admin does, until `reveal` runs. */
  const hide = async (section: DossierSectionId) => {
    const admin = await world.north.client('admin');
    const choose = (visible: boolean) =>
      admin.put('/api/admin/dossier-sections', { employeeSections: { [section]: visible } });
    expectStatus(await choose(false), 200);
    reveal = async () => {
      expectStatus(await choose(true), 200);
    };
  };

  it("should give the employee every visible section of their own dossier", async () => {
    expect((await employee.get(DOSSIER_PATHS.contactData(ownId))).body.contactData.city)
      .to.equal('Eigen');
    expect((await employee.get(DOSSIER_PATHS.emergencyContacts(ownId))).body.items
      .map((c: { name: string }) => c.name)).to.deep.equal(['Eigen']);
    expect((await employee.get(DOSSIER_PATHS.schedules(ownId))).body.items[0].hoursPerWeek)
      .to.equal(40);
    expect((await employee.get(DOSSIER_PATHS.scheduleWeek(ownId))).status).to.equal(200);
    expect((await employee.get(DOSSIER_PATHS.workplaces(ownId))).body.items[0].site)
      .to.equal('Eigen');
    for (const path of [DOSSIER_PATHS.emergencyContact(own.emergencyContactId),
      DOSSIER_PATHS.schedule(own.scheduleId), DOSSIER_PATHS.workplace(own.workplaceId)]) {
      expect((await employee.get(path)).status, path).to.equal(200);
    }
  });

  it("should answer the employee 404 for every section and row of someone else", async () => {
    const paths = [
      DOSSIER_PATHS.contactData(otherId), DOSSIER_PATHS.emergencyContacts(otherId),
      DOSSIER_PATHS.schedules(otherId), DOSSIER_PATHS.scheduleWeek(otherId),
      DOSSIER_PATHS.workplaces(otherId), DOSSIER_PATHS.emergencyContact(other.emergencyContactId),
      DOSSIER_PATHS.schedule(other.scheduleId), DOSSIER_PATHS.workplace(other.workplaceId),
    ];
    for (const path of paths) {
      const answer = await employee.get(path);
      expect(answer.status, path).to.equal(404);
      expect(answer.text, path).to.not.include('Andere');
    }
  });

  it('should not let the employee change their own dossier', async () => {
    expect((await employee.put(DOSSIER_PATHS.contactData(ownId), { city: 'Zelf' })).status)
      .to.equal(403);
    expect((await employee.patch(DOSSIER_PATHS.schedule(own.scheduleId), { label: 'x' }))
      .status).to.equal(403);
    expect((await employee.delete(DOSSIER_PATHS.workplace(own.workplaceId))).status)
      .to.equal(403);
    expect((await employee.get(DOSSIER_PATHS.contactData(ownId))).body.contactData.city)
      .to.equal('Eigen');
  });

  it('should keep a section hidden from the employee out of the API and the session', async () => {
    await hide(DOSSIER_SECTION_IDS.emergencyContacts);

    const list = await employee.get(DOSSIER_PATHS.emergencyContacts(ownId));
    expect(list.status).to.equal(404);
    expect(list.text).to.not.include('Eigen');
    expect((await employee.get(DOSSIER_PATHS.emergencyContact(own.emergencyContactId))).status)
      .to.equal(404);
    expect((await employee.get(DOSSIER_PATHS.schedules(ownId))).status).to.equal(200);

    const session = (await employee.get('/api/session')).body;
    const ids = (session.dossierSections as Array<{ id: string }>).map((s) => s.id);
    expect(ids).to.include(DOSSIER_SECTION_IDS.schedules);
    expect(ids).to.not.include(DOSSIER_SECTION_IDS.emergencyContacts);

    // Staff still read the hidden section.
    const staff = await world.north.client('staff');
    expect((await staff.get(DOSSIER_PATHS.emergencyContacts(ownId))).status).to.equal(200);
  });

  it("should answer 404 to another tenant's employee for this tenant's rows", async () => {
    const southEmployee = await world.south.client('employee');
    expect((await southEmployee.get(DOSSIER_PATHS.contactData(ownId))).status).to.equal(404);
    expect((await southEmployee.get(DOSSIER_PATHS.schedule(own.scheduleId))).status)
      .to.equal(404);
  });

  it('should list the four sections in the session of staff, in order', async () => {
    const staff = await world.north.client('staff');
    const session = (await staff.get('/api/session')).body;
    const ids = (session.dossierSections as Array<{ id: string }>).map((s) => s.id)
      .filter((id) => id.startsWith('dossier.'));
    // The confidential section reaches no role until the tenant names one (domain.md §3).
    expect(ids).to.deep.equal(Object.values(DOSSIER_SECTION_IDS)
      .filter((id) => id !== DOSSIER_SECTION_IDS.confidential));
  });
});
