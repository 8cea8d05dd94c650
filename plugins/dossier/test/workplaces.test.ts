import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';

describe(`Dossier places of work (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let personId: string;
  let teamId: string;
  let southTeamId: string;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    personId = await addPerson(staff, 'Werkpost');
    const admin = await world.north.client('admin');
    teamId = expectStatus(await admin.post('/api/admin/teams', { name: 'Ploeg Inpak' }), 201).id;
    const southAdmin = await world.south.client('admin');
    southTeamId = expectStatus(
      await southAdmin.post('/api/admin/teams', { name: 'Ploeg Zuid' }), 201).id;
  });
  after(async () => {
    await world?.test.close();
  });

  const path = () => DOSSIER_PATHS.workplaces(personId);

  it('should keep the history of places of work, newest first, with the team', async () => {
    const old = expectStatus(await staff.post(path(), {
      site: 'Groendienst', validFrom: '2025-01-06', validTo: '2025-12-31',
    }), 201);
    const current = expectStatus(await staff.post(path(), {
      site: 'Atelier Noord, inpak', teamId, supervisor: 'Marc Peeters', validFrom: '2026-01-05',
    }), 201);

    expect(current).to.include({ teamId, teamName: 'Ploeg Inpak', supervisor: 'Marc Peeters' });
    const items = (await staff.get(path())).body.items;
    expect(items.map((w: { id: string }) => w.id)).to.deep.equal([current.id, old.id]);
    expect(items[1]).to.include({ site: 'Groendienst', teamId: null, validTo: '2025-12-31' });
  });

  it('should end, change and remove a place of work', async () => {
    const [current] = (await staff.get(path())).body.items;
    const ended = await staff.patch(DOSSIER_PATHS.workplace(current.id),
      { validTo: '2026-06-30', teamId: null });
    expect(ended.status).to.equal(200);
    expect(ended.body).to.include({ validTo: '2026-06-30', teamId: null, teamName: null });

    expect((await staff.delete(DOSSIER_PATHS.workplace(current.id))).status).to.equal(204);
    expect((await staff.get(path())).body.items).to.have.length(1);
  });

  const bad: Array<[string, () => Record<string, unknown>, string]> = [
    ['a team of another tenant',
      () => ({ site: 'X', teamId: southTeamId, validFrom: '2026-01-01' }), 'teamId'],
    ['a team no one has', () => ({
      site: 'X', teamId: '0190a7f0-0000-7000-8000-000000000000', validFrom: '2026-01-01',
    }), 'teamId'],
    ['an end before the start', () => ({
      site: 'X', validFrom: '2026-02-01', validTo: '2026-01-31',
    }), 'validTo'],
    ['a date that does not exist', () => ({ site: 'X', validFrom: '2026-02-30' }), 'validFrom'],
    ['a missing site', () => ({ validFrom: '2026-01-01' }), 'site'],
  ];
  for (const [what, body, field] of bad) {
    it(`should refuse ${what} with 400 naming ${field}, storing nothing`, async () => {
      const before = (await staff.get(path())).body.items.length;
      const answer = await staff.post(path(), body());
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer)).to.include(field);
      expect((await staff.get(path())).body.items).to.have.length(before);
    });
  }

  it('should refuse a patched end before the stored start, naming validTo', async () => {
    const [row] = (await staff.get(path())).body.items;
    const answer = await staff.patch(DOSSIER_PATHS.workplace(row.id), { validTo: '2020-01-01' });
    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer)).to.deep.equal(['validTo']);
  });

  it("should answer 404 for another tenant's place of work", async () => {
    const southStaff = await world.south.client('staff');
    const theirs = expectStatus(await southStaff.post(
      DOSSIER_PATHS.workplaces(world.south.employeePerson.id),
      { site: 'Zuid', teamId: southTeamId, validFrom: '2026-01-01' }), 201);

    expect((await staff.get(DOSSIER_PATHS.workplace(theirs.id))).status).to.equal(404);
    expect((await staff.patch(DOSSIER_PATHS.workplace(theirs.id), { site: 'Noord' })).status)
      .to.equal(404);
    expect((await southStaff.get(DOSSIER_PATHS.workplace(theirs.id))).body.site).to.equal('Zuid');
  });
});
