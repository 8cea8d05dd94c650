import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';
import { addConversation, PNG_BYTES, setTenantSettings, upload } from './conversation-fixtures.js';

describe(`Dossier conversations in the employee's own view (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let employee: TestClient;
  let ownId: string;
  let otherTalk: { id: string };

  before(async () => {
    world = await startDossierWorld();
    await setTenantSettings(world.test, world.north.tenant.id, { confidentialRoles: ['staff'] });
    staff = await world.north.client('staff');
    employee = await world.north.client('employee');
    ownId = world.north.employeePerson.id;
    const own = await addConversation(staff, ownId, {
      notes: 'Samen besproken', agreements: [{
        text: 'Elke maandag op tijd', ownerAccountId: world.north.accounts.staff.id,
        dueDate: '2026-04-06',
      }],
    });
    expectStatus(await upload(staff, own.id, PNG_BYTES, 'foto.png'), 201);
    expectStatus(await staff.post(DOSSIER_PATHS.confidentialNotes(ownId),
      { date: '2026-03-30', category: 'health', text: 'Gezondheidsdetail' }), 201);
    otherTalk = await addConversation(staff, await addPerson(staff, 'Collega'));
  });
  after(async () => {
    await world?.test.close();
  });

  it('should show the employee their own conversations with agreements and files', async () => {
    const list = expectStatus(await employee.get(DOSSIER_PATHS.conversations(ownId)), 200);

    expect(list).to.have.length(1);
    expect(list[0]).to.include({ notes: 'Samen besproken' });
    expect(list[0].agreements.map((a: { text: string }) => a.text))
      .to.deep.equal(['Elke maandag op tijd']);
    expect(list[0].attachments.map((a: { fileName: string }) => a.fileName))
      .to.deep.equal(['foto.png']);
    expect(JSON.stringify(list)).to.not.include('Gezondheidsdetail');
  });

  it('should answer 404 for another person\'s conversation and refuse writes', async () => {
    expect((await employee.get(DOSSIER_PATHS.conversation(otherTalk.id))).status).to.equal(404);
    expect((await employee.post(DOSSIER_PATHS.conversations(ownId),
      { date: '2026-03-30', type: 'intake' })).status).to.equal(403);
  });

  it('should hide the section when the tenant hides it from employees', async () => {
    await setTenantSettings(world.test, world.north.tenant.id, {
      employeeSections: { 'dossier.conversations': false },
    });
    const hidden = await employee.get(DOSSIER_PATHS.conversations(ownId));
    const staffStill = await staff.get(DOSSIER_PATHS.conversations(ownId));
    await setTenantSettings(world.test, world.north.tenant.id, { employeeSections: {} });

    expect(hidden.status).to.equal(404);
    expect(staffStill.status).to.equal(200);
  });

  it('should hand the portal every dossier section but the confidential one', async () => {
    const me = expectStatus(await employee.get('/api/me'), 200);
    const sections = me.sections.filter((s: { section: string }) =>
      s.section.startsWith('dossier.'));

    expect(sections.map((s: { section: string }) => s.section)).to.deep.equal([
      'dossier.contact-data', 'dossier.emergency-contacts', 'dossier.schedules',
      'dossier.workplaces', 'dossier.conversations',
    ]);
    const talks = sections.find((s: { section: string }) => s.section === 'dossier.conversations');
    expect(talks).to.include({ labelNl: 'Je gesprekken en wat we afspraken' });
    expect(talks.data[0].agreements[0]).to.include({ text: 'Elke maandag op tijd' });
    expect(talks.data[0].attachments[0]).to.include({ fileName: 'foto.png' });
    const entries = talks.records[0].entries.map((e: { labelNl: string }) => e.labelNl);
    expect(entries).to.include.members(['Datum', 'Afspraak 1', 'Bijlage']);
    expect(JSON.stringify(me)).to.not.include('Gezondheidsdetail');
  });

  it("should give an agreement's due date as a date, shown Belgian style in the export",
    async () => {
      const me = expectStatus(await employee.get('/api/me'), 200);
      const talks = me.sections.find((s: { section: string }) =>
        s.section === 'dossier.conversations');
      const entries = talks.records[0].entries as Array<{ labelNl: string; value: unknown }>;

      expect(entries).to.deep.include({
        labelNl: 'Afspraak 1: tegen', labelEn: 'Agreement 1: by', value: '2026-04-06',
        kind: 'date',
      });
      expect(entries).to.deep.include({
        labelNl: 'Afspraak 1: gedaan', labelEn: 'Agreement 1: done', value: false,
        kind: 'boolean',
      });
      const agreement = entries.find((e) => e.labelNl === 'Afspraak 1');
      expect(agreement?.value, 'the text holds no stored date').to.not.match(/\d{4}-\d{2}-\d{2}/);

      const html = await employee.get('/api/me/export?format=html');
      expect(html.status).to.equal(200);
      expect(html.text).to.include('06/04/2026');
      expect(html.text).to.not.include('2026-04-06');
    });
});
