import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';

const FULL = {
  street: 'Kouter', houseNumber: '12', box: 'B3', postalCode: '9000', city: 'Gent',
  country: 'BE', mobilePhone: '+32 470 12 34 56', phone: '09 123 45 67',
  email: 'eline@voorbeeld.be', preferredLanguage: 'nl',
};

describe(`Dossier contact data (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let personId: string;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    personId = await addPerson(staff, 'Contact');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should answer null while no contact data is stored', async () => {
    const answer = await staff.get(DOSSIER_PATHS.contactData(personId));
    expect(answer.status).to.equal(200);
    expect(answer.body).to.deep.equal({ contactData: null });
  });

  it('should store, read, replace and remove the contact data of a person', async () => {
    const stored = expectStatus(await staff.put(DOSSIER_PATHS.contactData(personId), FULL), 200);
    expect(stored).to.include({ ...FULL, personId });

    const read = await staff.get(DOSSIER_PATHS.contactData(personId));
    expect(read.body.contactData).to.include(FULL);

    // PUT replaces: what is left out is cleared, and the row stays the one row of the person.
    const replaced = expectStatus(await staff.put(DOSSIER_PATHS.contactData(personId),
      { city: 'Brugge', email: '' }), 200);
    expect(replaced.id).to.equal(stored.id);
    expect(replaced).to.include({ city: 'Brugge', street: null, email: null, phone: null });

    expect((await staff.delete(DOSSIER_PATHS.contactData(personId))).status).to.equal(204);
    expect((await staff.get(DOSSIER_PATHS.contactData(personId))).body.contactData).to.equal(null);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an e-mail that is no address', { email: 'eline-at-home' }, 'email'],
    ['a phone with letters', { mobilePhone: 'bel me' }, 'mobilePhone'],
    ['a country of three letters', { country: 'BEL' }, 'country'],
    ['a language that is no code', { preferredLanguage: 'Nederlands' }, 'preferredLanguage'],
    ['a street of 201 characters', { street: 'x'.repeat(201) }, 'street'],
    ['a field it does not know', { ...FULL, tenantId: 'other' }, 'tenantId'],
  ];
  for (const [what, body, field] of bad) {
    it(`should refuse ${what} with 400 naming ${field}, storing nothing`, async () => {
      const answer = await staff.put(DOSSIER_PATHS.contactData(personId), body);
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer)).to.include(field);
      expect((await staff.get(DOSSIER_PATHS.contactData(personId))).body.contactData)
        .to.equal(null);
    });
  }

  it("should answer 404 for a person of another tenant and leave their data alone", async () => {
    const southStaff = await world.south.client('staff');
    const southPerson = world.south.employeePerson.id;
    expectStatus(await southStaff.put(DOSSIER_PATHS.contactData(southPerson), FULL), 200);

    expect((await staff.get(DOSSIER_PATHS.contactData(southPerson))).status).to.equal(404);
    expect((await staff.put(DOSSIER_PATHS.contactData(southPerson), { city: 'X' })).status)
      .to.equal(404);
    expect((await staff.delete(DOSSIER_PATHS.contactData(southPerson))).status).to.equal(404);
    const kept = await southStaff.get(DOSSIER_PATHS.contactData(southPerson));
    expect(kept.body.contactData).to.include(FULL);
  });

  it('should let a coach read but not change contact data', async () => {
    const coach = await world.north.client('coach');
    expect((await coach.get(DOSSIER_PATHS.contactData(personId))).status).to.equal(200);
    expect((await coach.put(DOSSIER_PATHS.contactData(personId), FULL)).status).to.equal(403);
  });
});
