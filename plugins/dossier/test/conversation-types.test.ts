import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';
import { addConversation } from './conversation-fixtures.js';

describe(`Dossier conversation types (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let admin: TestClient;
  let staff: TestClient;
  let personId: string;

  before(async () => {
    world = await startDossierWorld();
    admin = await world.north.client('admin');
    staff = await world.north.client('staff');
    personId = await addPerson(staff, 'Types');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should list the built-in types', async () => {
    const types = expectStatus(await staff.get(DOSSIER_PATHS.conversationTypes), 200);
    expect(types.map((t: { code: string }) => t.code)).to.deep.equal([
      'intake', 'functioneringsgesprek', 'evaluatiegesprek', 'pop-gesprek', 'ad-hoc',
    ]);
    expect(types.every((t: { builtIn: boolean }) => t.builtIn)).to.equal(true);
  });

  it('should let the admin, not staff, add a type of the tenant\'s own', async () => {
    const refused = await staff.post(DOSSIER_PATHS.conversationTypes,
      { labelNl: 'Huisbezoek', labelEn: 'Home visit' });
    const added = expectStatus(await admin.post(DOSSIER_PATHS.conversationTypes,
      { labelNl: 'Huisbezoek', labelEn: 'Home visit' }), 201);
    const south = await (await world.south.client('staff')).get(DOSSIER_PATHS.conversationTypes);

    expect(refused.status).to.equal(403);
    expect(added).to.include({ code: added.id, builtIn: false, active: true });
    expect(south.body.map((t: { code: string }) => t.code)).to.not.include(added.id);
  });

  it('should retire a type in use, not delete it, and refuse it for new talks', async () => {
    const type = expectStatus(await admin.post(DOSSIER_PATHS.conversationTypes,
      { labelNl: 'Jobbeurs', labelEn: 'Job fair' }), 201);
    const talk = await addConversation(staff, personId, { type: type.code });
    expect(talk.type).to.deep.equal({ code: type.id, labelNl: 'Jobbeurs', labelEn: 'Job fair' });

    expect((await admin.delete(DOSSIER_PATHS.conversationType(type.id))).status).to.equal(204);
    const types = expectStatus(await staff.get(DOSSIER_PATHS.conversationTypes), 200);
    const refused = await staff.post(DOSSIER_PATHS.conversations(personId),
      { date: '2026-05-01', type: type.code });
    const kept = expectStatus(await staff.get(DOSSIER_PATHS.conversation(talk.id)), 200);

    expect(types.find((t: { id: string }) => t.id === type.id)).to.include({ active: false });
    expect(fieldsOf(refused)).to.deep.equal(['type']);
    expect(kept.type.labelNl).to.equal('Jobbeurs');
  });

  it('should delete an unused type and refuse another tenant\'s type', async () => {
    const type = expectStatus(await admin.post(DOSSIER_PATHS.conversationTypes,
      { labelNl: 'Weg', labelEn: 'Gone' }), 201);
    const southType = expectStatus(await (await world.south.client('admin'))
      .post(DOSSIER_PATHS.conversationTypes, { labelNl: 'Zuid', labelEn: 'South' }), 201);

    expect((await admin.delete(DOSSIER_PATHS.conversationType(type.id))).status).to.equal(204);
    expect((await admin.patch(DOSSIER_PATHS.conversationType(type.id), { labelNl: 'x' })).status)
      .to.equal(404);
    const foreign = await staff.post(DOSSIER_PATHS.conversations(personId),
      { date: '2026-05-01', type: southType.code });
    expect(fieldsOf(foreign)).to.deep.equal(['type']);
  });
});
