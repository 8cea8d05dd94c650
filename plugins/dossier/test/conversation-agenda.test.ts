import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';
import { addConversation } from './conversation-fixtures.js';

interface Item { id: string; pluginId: string; kind: string; date: string; time: string | null;
  ownerAccountId: string | null; done: boolean; link: string | null; personId: string | null;
  title: string }

describe(`Dossier agenda items (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let coach: TestClient;
  let personId: string;
  let talk: { id: string; agreements: Array<{ id: string }> };
  let staffId: string;
  let coachId: string;

  const agenda = async (client: TestClient, coachParam: string) => {
    const range = 'from=2026-06-01&to=2026-06-30';
    const answer = await client.get(`/api/agenda?${range}&coach=${coachParam}`);
    return (expectStatus(answer, 200).items as Item[]).filter((i) => i.pluginId === 'dossier');
  };

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    coach = await world.north.client('coach');
    staffId = world.north.accounts.staff.id;
    coachId = world.north.accounts.coach.id;
    personId = await addPerson(staff, 'Agenda');
    talk = await addConversation(staff, personId, {
      date: '2026-06-10', time: '10:00', type: 'pop-gesprek',
      participants: [{ accountId: coachId }, { name: 'Katrien Maes', role: 'VDAB' }],
      agreements: [
        { text: 'Stageplaats zoeken', ownerAccountId: staffId, dueDate: '2026-06-20' },
        { text: 'Werkkledij bestellen', ownerAccountId: coachId, dueDate: '2026-06-12' },
      ],
    });
  });
  after(async () => {
    await world?.test.close();
  });

  it('should show the conversation on its date and agreements on their due date', async () => {
    const items = await agenda(staff, 'all');
    const link = `/people/${personId}?tab=dossier.conversations`;

    expect(items.map((i) => `${i.date} ${i.kind} ${i.title}`)).to.deep.equal([
      '2026-06-10 conversation POP-gesprek',
      '2026-06-12 agreement Werkkledij bestellen',
      '2026-06-20 agreement Stageplaats zoeken',
    ]);
    expect(items[0]).to.include({
      id: `conversation:${talk.id}`, time: '10:00', ownerAccountId: coachId, link, personId,
    });
    expect(items[2]).to.include({ ownerAccountId: staffId, done: false, link });
  });

  it('should give each colleague their own: agreements they own, talks they took part in',
    async () => {
      const mine = await agenda(staff, 'me');
      const coaches = await agenda(coach, 'me');

      expect(mine.map((i) => i.title)).to.deep.equal(['Stageplaats zoeken']);
      expect(coaches.map((i) => i.title)).to.deep.equal(['POP-gesprek', 'Werkkledij bestellen']);
      expect(coaches.every((i) => i.ownerAccountId === coachId)).to.equal(true);
    });

  it('should keep a done agreement, marked done', async () => {
    const agreement = talk.agreements.find((a) => a) as { id: string };
    expectStatus(await staff.patch(DOSSIER_PATHS.agreement(agreement.id),
      { version: 1, done: true }), 200);

    const item = (await agenda(staff, 'all')).find((i) => i.id === `agreement:${agreement.id}`);
    expect(item).to.include({ done: true });
  });

  it('should show another tenant nothing of it', async () => {
    const south = await world.south.client('staff');
    expect(await agenda(south, 'all')).to.deep.equal([]);
  });
});
