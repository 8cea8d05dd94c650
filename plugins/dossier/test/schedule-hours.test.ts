import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS, type PlannedWeekView, type ScheduleView } from '../src/common/index.js';
import {
  addPerson, expectStatus, startDossierWorld, weekdays, type DossierWorld,
} from './dossier-fixtures.js';

/** Sunday night to Friday morning, 22:00–06:00 with a 30-minute break: 7.5 planned hours. */
const NIGHTS = [7, 1, 2, 3, 4].map((weekday) => ({
  weekday, start: '22:00', end: '06:00', breakMinutes: 30,
}));

describe(`Dossier schedule hours (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
  });
  after(async () => {
    await world?.test.close();
  });

  const schedule = async (body: Record<string, unknown>): Promise<ScheduleView> => {
    const personId = await addPerson(staff, `Rooster${Math.random().toString(36).slice(2, 8)}`);
    return expectStatus(await staff.post(DOSSIER_PATHS.schedules(personId), {
      validFrom: '2026-01-05', ...body,
    }), 201);
  };

  const week = async (personId: string, date: string): Promise<PlannedWeekView> =>
    expectStatus(await staff.get(`${DOSSIER_PATHS.scheduleWeek(personId)}?date=${date}`), 200);

  it('should count a plain week and its work fraction against 38 hours', async () => {
    // Four days of 8 hours and a Friday of 6: 38 hours, full time.
    const days = [...weekdays().slice(0, 4), { weekday: 5, start: '08:00', end: '14:30',
      breakMinutes: 30 }];
    const view = await schedule({ days });

    expect(view).to.include({
      hoursWeekA: 38, hoursWeekB: null, hoursPerWeek: 38, fullTimeHours: 38, workFraction: 1,
    });
    expect(view.days.map((d) => d.plannedMinutes)).to.deep.equal([480, 480, 480, 480, 360]);
  });

  it('should count a part-time week as a fraction', async () => {
    // Four days of 7.6 hours (08:00-15:36, no break): four fifths of 38.
    const days = [1, 2, 3, 4].map((weekday) => ({ weekday, start: '08:00', end: '15:36' }));
    const view = await schedule({ days });
    expect(view).to.include({ hoursPerWeek: 30.4, workFraction: 0.8 });
  });

  it("should take the fraction against the tenant's own full-time hours", async () => {
    const southStaff = await world.south.client('staff');
    const southAdmin = await world.south.client('admin');
    expectStatus(await southAdmin.put('/api/admin/settings', { fullTimeHours: 40 }), 200);
    const view = expectStatus(await southStaff.post(
      DOSSIER_PATHS.schedules(world.south.employeePerson.id),
      { validFrom: '2026-01-05', days: weekdays('08:00', '14:00', 30) }), 201);

    // 5 × 5.5 hours = 27.5 of 40.
    expect(view).to.include({ hoursPerWeek: 27.5, fullTimeHours: 40, workFraction: 0.6875 });
  });

  it('should average alternating weeks and plan week A from the week of validFrom', async () => {
    const weekB = [1, 2, 3, 4].map((weekday) => ({
      week: 'B', weekday, start: '08:00', end: '16:30', breakMinutes: 30,
    }));
    const view = await schedule({ alternating: true, days: [...weekdays(), ...weekB] });
    expect(view).to.include({ hoursWeekA: 40, hoursWeekB: 32, hoursPerWeek: 36 });
    expect(view.workFraction).to.equal(0.9474);

    // 2026-01-05 starts week A; the next week is B, and the one after A again.
    const planned = [
      await week(view.personId, '2026-01-07'), await week(view.personId, '2026-01-14'),
      await week(view.personId, '2026-01-21'),
    ];
    expect(planned.map((w) => w.plannedHours)).to.deep.equal([40, 32, 40]);
    expect(planned.map((w) => w.days[4]!.week)).to.deep.equal(['A', 'B', 'A']);
  });

  it('should count a night shift that ends the next day', async () => {
    const view = await schedule({ days: NIGHTS });
    expect(view.days.map((d) => d.plannedMinutes)).to.deep.equal([450, 450, 450, 450, 450]);
    expect(view).to.include({ hoursPerWeek: 37.5 });
  });

  it('should plan the same hours in the week summer time starts (2026-03-29)', async () => {
    const view = await schedule({ days: NIGHTS });
    const before = await week(view.personId, '2026-03-16');
    const change = await week(view.personId, '2026-03-25');

    expect(change.weekStart).to.equal('2026-03-23');
    expect(change.weekEnd).to.equal('2026-03-29');
    // The night of Sunday 29 March passes 6.5 hours on the clock's skipped hour; planned is 7.5.
    expect(change.days[6]).to.include({ date: '2026-03-29', start: '22:00', plannedMinutes: 450 });
    expect(change.plannedHours).to.equal(before.plannedHours);
    expect(change.plannedHours).to.equal(37.5);
  });

  it('should plan the same hours in the week summer time ends (2026-10-25)', async () => {
    const view = await schedule({ days: weekdays('22:00', '06:00', 30).slice(0, 5) });
    const change = await week(view.personId, '2026-10-25');
    const after = await week(view.personId, '2026-11-02');

    expect(change.weekStart).to.equal('2026-10-19');
    expect(change.plannedHours).to.equal(after.plannedHours);
    expect(change.plannedHours).to.equal(37.5);
  });

  it('should plan nothing before a schedule starts', async () => {
    const view = await schedule({ days: weekdays() });
    const earlier = await week(view.personId, '2025-12-31');
    expect(earlier.plannedMinutes).to.equal(0);
    expect(earlier.days.every((d) => d.scheduleId === null)).to.equal(true);
  });
});
