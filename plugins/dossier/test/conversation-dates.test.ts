import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';
import { addConversation } from './conversation-fixtures.js';

/**
 * Calendar dates stay the day they were given in every server zone. `npm test` runs this file
 * again under TZ=UTC and TZ=Pacific/Kiritimati (UTC+14), where a date turned into local
 * midnight and back through UTC lands on the day before.
 */
describe(`Dossier conversation dates, TZ=${process.env.TZ ?? 'unset'} (${testDatabaseKind()})`,
  () => {
    let world: DossierWorld;
    let staff: TestClient;
    let personId: string;

    before(async () => {
      world = await startDossierWorld();
      staff = await world.north.client('staff');
      personId = await addPerson(staff, 'Datum');
    });
    after(async () => {
      await world?.test.close();
    });

    it('a conversation on 2026-03-30 stays on that day', async () => {
      const created = await addConversation(staff, personId, {
        date: '2026-03-30', time: '00:15',
        participants: [{ accountId: world.north.accounts.staff.id }],
        agreements: [{
          text: 'Op de dag dat de zomertijd begint', ownerAccountId: world.north.accounts.staff.id,
          dueDate: '2026-03-29',
        }],
      });
      const list = expectStatus(await staff.get(DOSSIER_PATHS.conversations(personId)), 200);
      const one = expectStatus(await staff.get(DOSSIER_PATHS.conversation(created.id)), 200);
      const agenda = expectStatus(
        await staff.get('/api/agenda?from=2026-03-29&to=2026-03-31&coach=all'), 200,
      );

      expect(created).to.include({ date: '2026-03-30', time: '00:15' });
      expect(created.agreements[0].dueDate).to.equal('2026-03-29');
      expect(list[0]).to.include({ date: '2026-03-30', time: '00:15' });
      expect(one.agreements[0].dueDate).to.equal('2026-03-29');
      const ours = agenda.items.filter((i: { pluginId: string }) => i.pluginId === 'dossier');
      expect(ours.map((i: { kind: string; date: string }) => `${i.kind} ${i.date}`))
        .to.deep.equal(['agreement 2026-03-29', 'conversation 2026-03-30']);
    });

    it('a conversation on the last day of a month stays in that month', async () => {
      const created = await addConversation(staff, personId, { date: '2026-12-31' });
      const agenda = expectStatus(
        await staff.get('/api/agenda?from=2026-12-31&to=2027-01-01&coach=all'), 200,
      );
      expect(created.date).to.equal('2026-12-31');
      expect(agenda.items.find((i: { id: string }) => i.id === `conversation:${created.id}`))
        .to.include({ date: '2026-12-31' });
    });
  });
