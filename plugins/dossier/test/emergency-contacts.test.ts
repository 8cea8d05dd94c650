import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';

const contact = (overrides: Record<string, unknown> = {}) => ({
  name: 'An Peeters', relation: 'moeder', phone: '+32 470 11 22 33', ...overrides,
});

describe(`Dossier emergency contacts (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let personId: string;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    personId = await addPerson(staff, 'Nood');
  });
  after(async () => {
    await world?.test.close();
  });

  const list = async () => (await staff.get(DOSSIER_PATHS.emergencyContacts(personId))).body.items;

  it('should add several contacts and list them by priority', async () => {
    const path = DOSSIER_PATHS.emergencyContacts(personId);
    const second = expectStatus(await staff.post(path, contact({ priority: 2 })), 201);
    const first = expectStatus(await staff.post(path, contact({
      name: 'Jef Peeters', relation: 'partner', priority: 1, note: 'werkt in ploegen',
    })), 201);
    const third = expectStatus(await staff.post(path, contact({ name: 'Buur' })), 201);

    expect(third.priority, 'no priority given: after the others').to.equal(3);
    expect((await list()).map((c: { id: string }) => c.id))
      .to.deep.equal([first.id, second.id, third.id]);
    expect(first).to.include({ personId, note: 'werkt in ploegen', relation: 'partner' });
  });

  it('should change and remove a contact', async () => {
    const [first] = await list();
    const changed = await staff.patch(DOSSIER_PATHS.emergencyContact(first.id),
      { priority: 9, note: null });
    expect(changed.status).to.equal(200);
    expect(changed.body).to.include({ priority: 9, note: null });
    expect((await list()).at(-1).id).to.equal(first.id);

    expect((await staff.delete(DOSSIER_PATHS.emergencyContact(first.id))).status).to.equal(204);
    expect((await staff.get(DOSSIER_PATHS.emergencyContact(first.id))).status).to.equal(404);
    expect(await list()).to.have.length(2);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['a missing name', { relation: 'zus', phone: '0470112233' }, 'name'],
    ['an empty relation', contact({ relation: ' ' }), 'relation'],
    ['a phone that is no number', contact({ phone: 'geen' }), 'phone'],
    ['a priority of 0', contact({ priority: 0 }), 'priority'],
    ['a priority of 1.5', contact({ priority: 1.5 }), 'priority'],
    ['a person of its own choosing',
      contact({ personId: '0190a7f0-0000-7000-8000-000000000000' }), 'personId'],
  ];
  for (const [what, body, field] of bad) {
    it(`should refuse ${what} with 400 naming ${field}, storing nothing`, async () => {
      const before = (await list()).length;
      const answer = await staff.post(DOSSIER_PATHS.emergencyContacts(personId), body);
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer)).to.include(field);
      expect(await list()).to.have.length(before);
    });
  }

  it("should answer 404 for another tenant's contact and change nothing of it", async () => {
    const southStaff = await world.south.client('staff');
    const southPerson = world.south.employeePerson.id;
    const theirs = expectStatus(await southStaff.post(
      DOSSIER_PATHS.emergencyContacts(southPerson), contact({ name: 'Zuid' })), 201);

    expect((await staff.get(DOSSIER_PATHS.emergencyContact(theirs.id))).status).to.equal(404);
    expect((await staff.patch(DOSSIER_PATHS.emergencyContact(theirs.id), { name: 'Noord' }))
      .status).to.equal(404);
    expect((await staff.delete(DOSSIER_PATHS.emergencyContact(theirs.id))).status).to.equal(404);
    expect((await staff.get(DOSSIER_PATHS.emergencyContacts(southPerson))).status).to.equal(404);
    expect((await southStaff.get(DOSSIER_PATHS.emergencyContact(theirs.id))).body.name)
      .to.equal('Zuid');
  });
});
