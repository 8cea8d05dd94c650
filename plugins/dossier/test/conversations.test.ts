import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';
import { addConversation, conversationBody } from './conversation-fixtures.js';

describe(`Dossier conversations (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let personId: string;
  let staffId: string;
  let coachId: string;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    personId = await addPerson(staff, 'Gesprek');
    staffId = world.north.accounts.staff.id;
    coachId = world.north.accounts.coach.id;
  });
  after(async () => {
    await world?.test.close();
  });

  it('should record a conversation with participants and agreements', async () => {
    const created = await addConversation(staff, personId, {
      time: '14:30', title: 'Evaluatie na drie maanden', notes: 'Gaat goed.',
      participants: [{ accountId: coachId }, { name: 'Katrien Maes', role: 'VDAB-consulent' }],
      agreements: [
        { text: 'Heftruckopleiding aanvragen', ownerAccountId: staffId, dueDate: '2026-04-15' },
      ],
    });

    expect(created).to.include({
      personId, date: '2026-03-30', time: '14:30', title: 'Evaluatie na drie maanden',
      notes: 'Gaat goed.', version: 1,
    });
    expect(created.type).to.deep.equal({
      code: 'evaluatiegesprek', labelNl: 'Evaluatiegesprek', labelEn: 'Evaluation',
    });
    expect(created.participants).to.deep.equal([
      { accountId: coachId, name: world.north.accounts.coach.displayName, role: null },
      { accountId: null, name: 'Katrien Maes', role: 'VDAB-consulent' },
    ]);
    expect(created.agreements).to.have.length(1);
    expect(created.agreements[0]).to.deep.include({
      text: 'Heftruckopleiding aanvragen', dueDate: '2026-04-15', done: false, doneAt: null,
      owner: { id: staffId, displayName: world.north.accounts.staff.displayName },
    });
    expect(created.attachments).to.deep.equal([]);
  });

  it('should list newest first and read one back', async () => {
    const older = await addConversation(staff, personId, { date: '2025-12-01', type: 'intake' });
    const list = expectStatus(await staff.get(DOSSIER_PATHS.conversations(personId)), 200);

    expect(list.map((c: { date: string }) => c.date)).to.deep.equal(['2026-03-30', '2025-12-01']);
    const one = expectStatus(await staff.get(DOSSIER_PATHS.conversation(older.id)), 200);
    expect(one).to.deep.equal(older);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['no date', { date: undefined }, 'date'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date'],
    ['a date with a time', { date: '2026-03-30T00:00:00Z' }, 'date'],
    ['a time of 24:00', { time: '24:00' }, 'time'],
    ['an unknown type', { type: 'sollicitatie' }, 'type'],
    ['a participant with neither id nor name', { participants: [{ role: 'x' }] }, 'participants'],
    ['a participant who is no colleague', {
      participants: [{ accountId: '0190f5a4-0000-7000-8000-000000000000' }],
    }, 'participants.0.accountId'],
    ['an agreement without owner', {
      agreements: [{ text: 'x', dueDate: '2026-04-01' }],
    }, 'agreements.0.ownerAccountId'],
    ['an agreement with a bad due date', {
      agreements: [{ text: 'x', ownerAccountId: 'STAFF', dueDate: '1/4/2026' }],
    }, 'agreements.0.dueDate'],
  ];
  for (const [what, overrides, field] of bad) {
    it(`should refuse ${what} with 400 naming ${field}`, async () => {
      const body = JSON.parse(JSON.stringify(conversationBody(overrides))
        .replace('"STAFF"', JSON.stringify(staffId)));
      const answer = await staff.post(DOSSIER_PATHS.conversations(personId), body);

      expect(answer.status, answer.text).to.equal(400);
      expect(fieldsOf(answer).some((f) => f === field || f.startsWith(`${field}.`)),
        `${fieldsOf(answer)}`).to.equal(true);
    });
  }

  it('should refuse an owner or participant of another tenant as no colleague', async () => {
    const southStaff = world.south.accounts.staff.id;
    const asOwner = await staff.post(DOSSIER_PATHS.conversations(personId), conversationBody({
      agreements: [{ text: 'x', ownerAccountId: southStaff, dueDate: '2026-04-01' }],
    }));
    const asParticipant = await staff.post(DOSSIER_PATHS.conversations(personId),
      conversationBody({ participants: [{ accountId: southStaff }] }));
    const employee = await staff.post(DOSSIER_PATHS.conversations(personId), conversationBody({
      agreements: [{
        text: 'x', ownerAccountId: world.north.accounts.employee.id, dueDate: '2026-04-01',
      }],
    }));

    expect(fieldsOf(asOwner)).to.deep.equal(['agreements.0.ownerAccountId']);
    expect(fieldsOf(asParticipant)).to.deep.equal(['participants.0.accountId']);
    expect(fieldsOf(employee), 'an employee owns no agreement')
      .to.deep.equal(['agreements.0.ownerAccountId']);
  });

  it('should change a conversation and refuse a stale version with 409', async () => {
    const talk = await addConversation(staff, personId, { date: '2026-01-10' });
    const other = await world.north.client('admin');

    const first = await other.patch(DOSSIER_PATHS.conversation(talk.id),
      { version: 1, title: 'Eerst', time: '10:00' });
    const stale = await staff.patch(DOSSIER_PATHS.conversation(talk.id),
      { version: 1, notes: 'Ik zag de wijziging niet' });
    const missing = await staff.patch(DOSSIER_PATHS.conversation(talk.id), { notes: 'x' });

    expect(first.status).to.equal(200);
    expect(first.body).to.include({ version: 2, title: 'Eerst', time: '10:00' });
    expect(stale.status).to.equal(409);
    expect(stale.body).to.include({ code: 'stale_version', currentVersion: 2 });
    expect(fieldsOf(missing)).to.deep.equal(['version']);
    const stored = expectStatus(await staff.get(DOSSIER_PATHS.conversation(talk.id)), 200);
    expect(stored).to.include({ title: 'Eerst', notes: null, version: 2 });
  });

  it('should add, finish, change and remove an agreement with its own version', async () => {
    const talk = await addConversation(staff, personId, { date: '2026-01-11' });
    const added = expectStatus(await staff.post(DOSSIER_PATHS.agreements(talk.id),
      { text: 'CV opmaken', ownerAccountId: coachId, dueDate: '2026-02-01' }), 201);

    const done = await staff.patch(DOSSIER_PATHS.agreement(added.id), { version: 1, done: true });
    const stale = await staff.patch(DOSSIER_PATHS.agreement(added.id),
      { version: 1, text: 'Iets anders' });
    const foreign = await staff.patch(DOSSIER_PATHS.agreement(added.id),
      { version: 2, ownerAccountId: world.south.accounts.staff.id });

    expect(done.body).to.include({ done: true, version: 2 });
    expect(done.body.doneAt).to.be.a('string');
    expect(stale.status).to.equal(409);
    expect(fieldsOf(foreign)).to.deep.equal(['ownerAccountId']);
    expect((await staff.delete(DOSSIER_PATHS.agreement(added.id))).status).to.equal(204);
    const after = expectStatus(await staff.get(DOSSIER_PATHS.conversation(talk.id)), 200);
    expect(after.agreements).to.deep.equal([]);
  });

  it('should remove a conversation with its agreements', async () => {
    const talk = await addConversation(staff, personId, {
      date: '2026-01-12',
      agreements: [{ text: 'x', ownerAccountId: staffId, dueDate: '2026-02-01' }],
    });
    const agreementId = talk.agreements[0].id;

    expect((await staff.delete(DOSSIER_PATHS.conversation(talk.id))).status).to.equal(204);
    expect((await staff.get(DOSSIER_PATHS.conversation(talk.id))).status).to.equal(404);
    expect((await staff.patch(DOSSIER_PATHS.agreement(agreementId), { version: 1, done: true }))
      .status).to.equal(404);
  });

  it('should answer 404 for a conversation of another tenant', async () => {
    const talk = await addConversation(staff, personId, { date: '2026-01-13' });
    const south = await world.south.client('admin');

    expect((await south.get(DOSSIER_PATHS.conversation(talk.id))).status).to.equal(404);
    expect((await south.patch(DOSSIER_PATHS.conversation(talk.id), { version: 1, title: 'x' }))
      .status).to.equal(404);
    expect((await south.delete(DOSSIER_PATHS.conversation(talk.id))).status).to.equal(404);
  });

  it('should not let a coach write conversations', async () => {
    const coach = await world.north.client('coach');
    const answer = await coach.post(DOSSIER_PATHS.conversations(personId), conversationBody());
    expect(answer.status).to.equal(403);
  });
});
