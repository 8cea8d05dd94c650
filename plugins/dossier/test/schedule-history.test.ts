import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS, type ScheduleView } from '../src/common/index.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, weekdays, type DossierWorld,
} from './dossier-fixtures.js';

describe(`Dossier schedule history (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let personId: string;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    personId = await addPerson(staff, 'Historiek');
  });
  after(async () => {
    await world?.test.close();
  });

  const list = async (): Promise<ScheduleView[]> =>
    (await staff.get(DOSSIER_PATHS.schedules(personId))).body.items;
  const add = (body: Record<string, unknown>) =>
    staff.post(DOSSIER_PATHS.schedules(personId), { days: weekdays(), ...body });

  it('should end the running schedule the day before a new one starts', async () => {
    const first = expectStatus(await add({ validFrom: '2026-01-05', label: 'Voltijds' }), 201);
    const second = expectStatus(await add({
      validFrom: '2026-03-01', days: weekdays('08:00', '12:30', 30),
    }), 201);

    const [newest, oldest] = await list();
    expect(newest).to.include({ id: second.id, validFrom: '2026-03-01', validTo: null });
    expect(oldest).to.include({ id: first.id, validTo: '2026-02-28', hoursPerWeek: 40 });
    expect(newest!.hoursPerWeek).to.equal(20);
  });

  it('should plan each day by the schedule valid on it', async () => {
    // The week of 23 February 2026 runs Monday to Sunday 1 March: Sunday is of the new one.
    const planned = expectStatus(
      await staff.get(`${DOSSIER_PATHS.scheduleWeek(personId)}?date=2026-02-26`), 200);
    expect(planned.plannedHours).to.equal(40);
    const ids = new Set(planned.days.map((d: { scheduleId: string }) => d.scheduleId));
    expect(ids.size).to.equal(2);
  });

  it('should refuse a new schedule not starting after the latest, naming validFrom', async () => {
    const before = await list();
    const answer = await add({ validFrom: '2026-03-01' });
    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer)).to.deep.equal(['validFrom']);
    expect(await list()).to.deep.equal(before);
  });

  it('should refuse to stretch an old schedule into the next one, naming validTo', async () => {
    const [, oldest] = await list();
    const answer = await staff.patch(DOSSIER_PATHS.schedule(oldest!.id), { validTo: '2026-03-01' });
    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer)).to.deep.equal(['validTo']);
    expect((await list())[1]!.validTo).to.equal('2026-02-28');
  });

  it('should change the pattern of a schedule and check it', async () => {
    const [newest] = await list();
    const changed = await staff.patch(DOSSIER_PATHS.schedule(newest!.id),
      { days: weekdays('08:00', '14:30', 30), label: 'Deeltijds' });
    expect(changed.status).to.equal(200);
    expect(changed.body).to.include({ hoursPerWeek: 30, label: 'Deeltijds' });

    const wrong = await staff.patch(DOSSIER_PATHS.schedule(newest!.id),
      { days: [{ week: 'B', weekday: 1, start: '08:00', end: '12:00' }] });
    expect(wrong.status).to.equal(400);
    expect(fieldsOf(wrong)).to.deep.equal(['days.0.week']);
  });

  it('should give the days of a removed schedule back to the one it ended', async () => {
    const [newest] = await list();
    expect((await staff.delete(DOSSIER_PATHS.schedule(newest!.id))).status).to.equal(204);
    const items = await list();
    expect(items).to.have.length(1);
    expect(items[0]!.validTo).to.equal(null);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an end before the start', { validFrom: '2027-02-01', validTo: '2027-01-01' }, 'validTo'],
    ['a day planned twice', {
      validFrom: '2027-01-04', days: [...weekdays(), { weekday: 1, start: '18:00', end: '20:00' }],
    }, 'days.5.weekday'],
    ['an end equal to the start', {
      validFrom: '2027-01-04', days: [{ weekday: 1, start: '08:00', end: '08:00' }],
    }, 'days.0.end'],
    ['a break as long as the day', {
      validFrom: '2027-01-04', days: [{ weekday: 1, start: '08:00', end: '09:00',
        breakMinutes: 60 }],
    }, 'days.0.breakMinutes'],
    ['a weekday of 8', {
      validFrom: '2027-01-04', days: [{ weekday: 8, start: '08:00', end: '12:00' }],
    }, 'days.0.weekday'],
    ['a time of 24:00', {
      validFrom: '2027-01-04', days: [{ weekday: 1, start: '08:00', end: '24:00' }],
    }, 'days.0.end'],
    ['no days at all', { validFrom: '2027-01-04', days: [] }, 'days'],
    ['a week B without alternating', {
      validFrom: '2027-01-04', days: [{ week: 'B', weekday: 1, start: '08:00', end: '12:00' }],
    }, 'days.0.week'],
  ];
  for (const [what, body, field] of bad) {
    it(`should refuse ${what} with 400 naming ${field}, storing nothing`, async () => {
      const before = await list();
      const answer = await add(body);
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer)).to.include(field);
      expect(await list()).to.deep.equal(before);
    });
  }

  it("should answer 404 for another tenant's schedule and leave it as it was", async () => {
    const southStaff = await world.south.client('staff');
    const theirs = expectStatus(await southStaff.post(
      DOSSIER_PATHS.schedules(world.south.employeePerson.id),
      { validFrom: '2026-01-05', days: weekdays() }), 201);

    expect((await staff.get(DOSSIER_PATHS.schedule(theirs.id))).status).to.equal(404);
    expect((await staff.patch(DOSSIER_PATHS.schedule(theirs.id), { validTo: '2026-01-31' }))
      .status).to.equal(404);
    expect((await staff.delete(DOSSIER_PATHS.schedule(theirs.id))).status).to.equal(404);
    expect((await southStaff.get(DOSSIER_PATHS.schedule(theirs.id))).body.validTo).to.equal(null);
  });
});
