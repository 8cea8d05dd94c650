import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import { DossierContactData } from '../src/server/dossier-module.js';
import {
  addPerson, expectStatus, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';

describe(`Dossier contact data, simultaneous first writes (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let other: TestClient;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    other = await world.north.client('admin');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should let one of two simultaneous first PUTs win, without a 409', async () => {
    for (let round = 0; round < 5; round += 1) {
      const personId = await addPerson(staff, `Gelijktijdig ${round}`);
      const path = DOSSIER_PATHS.contactData(personId);

      const answers = await Promise.all([
        staff.put(path, { city: 'Gent' }), other.put(path, { city: 'Brugge' }),
        staff.put(path, { city: 'Leuven' }),
      ]);

      expect(answers.map((a) => a.status), answers.map((a) => a.text).join()).to.deep
        .equal([200, 200, 200]);
      const stored = expectStatus(await staff.get(path), 200).contactData;
      expect(['Gent', 'Brugge', 'Leuven']).to.include(stored.city);
      expect(answers.every((a) => a.body.id === stored.id), 'one row, the same id').to.equal(true);
      const rows = await world.test.emFor(world.north.tenant.id)
        .count(DossierContactData, { person: personId });
      expect(rows).to.equal(1);
    }
  });
});
