import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';
import { setTenantSettings } from './conversation-fixtures.js';

const note = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-03-30', category: 'attest', text: 'Attest voor twee weken.', ...overrides,
});

describe(`Dossier confidential notes (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let coach: TestClient;
  let personId: string;

  before(async () => {
    world = await startDossierWorld();
    // The tenant names staff only: art. 9 asks it to designate who reads health data.
    await setTenantSettings(world.test, world.north.tenant.id, { confidentialRoles: ['staff'] });
    staff = await world.north.client('staff');
    coach = await world.north.client('coach');
    personId = await addPerson(staff, 'Vertrouwelijk');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should keep notes for a named role, with their author', async () => {
    const added = expectStatus(await staff.post(DOSSIER_PATHS.confidentialNotes(personId),
      note()), 201);
    const list = expectStatus(await staff.get(DOSSIER_PATHS.confidentialNotes(personId)), 200);

    expect(added).to.include({ personId, date: '2026-03-30', category: 'attest', version: 1 });
    expect(added.author).to.deep.equal({
      id: world.north.accounts.staff.id, displayName: world.north.accounts.staff.displayName,
    });
    expect(list.map((n: { id: string }) => n.id)).to.deep.equal([added.id]);
  });

  it('should change a note, refusing a stale version, and remove it', async () => {
    const added = expectStatus(await staff.post(DOSSIER_PATHS.confidentialNotes(personId),
      note({ category: 'health' })), 201);
    const changed = await staff.patch(DOSSIER_PATHS.confidentialNote(added.id),
      { version: 1, text: 'Aangepast.' });
    const stale = await staff.patch(DOSSIER_PATHS.confidentialNote(added.id),
      { version: 1, text: 'Oud.' });

    expect(changed.body).to.include({ text: 'Aangepast.', version: 2 });
    expect(stale.status).to.equal(409);
    expect((await staff.delete(DOSSIER_PATHS.confidentialNote(added.id))).status).to.equal(204);
    expect((await staff.get(DOSSIER_PATHS.confidentialNote(added.id))).status).to.equal(404);
  });

  it('should refuse a category that is not on the list, and a bad date', async () => {
    const category = await staff.post(DOSSIER_PATHS.confidentialNotes(personId),
      note({ category: 'diagnose' }));
    const date = await staff.post(DOSSIER_PATHS.confidentialNotes(personId),
      note({ date: '30/03/2026' }));
    expect(fieldsOf(category)).to.deep.equal(['category']);
    expect(fieldsOf(date)).to.deep.equal(['date']);
  });

  it('should answer 404 to a role the tenant did not name, as if nothing existed', async () => {
    const added = expectStatus(await staff.post(DOSSIER_PATHS.confidentialNotes(personId),
      note()), 201);
    const admin = await world.north.client('admin');

    for (const client of [coach, admin]) {
      expect((await client.get(DOSSIER_PATHS.confidentialNotes(personId))).status).to.equal(404);
      expect((await client.get(DOSSIER_PATHS.confidentialNote(added.id))).status).to.equal(404);
    }
    expect((await admin.post(DOSSIER_PATHS.confidentialNotes(personId), note())).status)
      .to.equal(404);
  });

  it('should never show the employee a confidential note, even their own', async () => {
    const own = world.north.employeePerson.id;
    const added = expectStatus(await staff.post(DOSSIER_PATHS.confidentialNotes(own),
      note({ text: 'Zeer persoonlijk' })), 201);
    await setTenantSettings(world.test, world.north.tenant.id, {
      confidentialRoles: ['staff', 'admin', 'coach'],
      employeeSections: { 'dossier.confidential': true },
    });
    const employee = await world.north.client('employee');

    const list = await employee.get(DOSSIER_PATHS.confidentialNotes(own));
    const one = await employee.get(DOSSIER_PATHS.confidentialNote(added.id));
    const me = await employee.get('/api/me');

    // The routes need dossier.read, which an employee never holds: refused before any lookup.
    expect(list.status).to.equal(403);
    expect(one.status).to.equal(403);
    expect(list.text + one.text).to.not.include('Zeer persoonlijk');
    expect(me.status, me.text).to.equal(200);
    expect(me.text).to.not.include('Zeer persoonlijk');
    expect(me.body.sections.map((s: { section: string }) => s.section))
      .to.not.include('dossier.confidential');
  });

  it('should answer 404 for another tenant\'s note', async () => {
    const added = expectStatus(await staff.post(DOSSIER_PATHS.confidentialNotes(personId),
      note()), 201);
    await setTenantSettings(world.test, world.south.tenant.id, { confidentialRoles: ['staff'] });
    const south = await world.south.client('staff');
    expect((await south.get(DOSSIER_PATHS.confidentialNote(added.id))).status).to.equal(404);
    expect((await south.delete(DOSSIER_PATHS.confidentialNote(added.id))).status).to.equal(404);
  });
});
