import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '../src/testing/index.js';
import { brusselsWeekOf, daysApart } from '../src/server/agenda/agenda-week.js';
import { freezeAgendaClock, startAgendaWorld, type AgendaWorld } from './agenda-fixtures.js';

/**
 * The agenda's week is the Belgian one, whatever zone the server runs in. `npm test` runs this
 * file again under TZ=UTC and TZ=Pacific/Kiritimati (UTC+14), where it is Monday while Brussels
 * still has Sunday.
 */
const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`The agenda's week in Brussels (server zone ${zone})`, () => {
  const cases: Array<[string, string, string, string]> = [
    ['Sunday 23:30, the night summer time starts', '2026-03-29T21:30:00Z',
      '2026-03-23', '2026-03-29'],
    ['Monday 00:30 after it, still Sunday in UTC', '2026-03-29T22:30:00Z',
      '2026-03-30', '2026-04-05'],
    ['Sunday 23:59, the night winter time starts', '2026-10-25T22:59:00Z',
      '2026-10-19', '2026-10-25'],
    ['Monday 00:00 after it', '2026-10-25T23:00:00Z', '2026-10-26', '2026-11-01'],
    ['a Wednesday noon across New Year', '2025-12-31T11:00:00Z', '2025-12-29', '2026-01-04'],
  ];
  for (const [what, instant, from, to] of cases) {
    it(`should take ${from} to ${to} at ${what}`, () => {
      expect(brusselsWeekOf(new Date(instant))).to.deep.equal({ from, to });
    });
  }

  it('should count calendar days across a summer-time change as whole days', () => {
    expect(daysApart('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysApart('2026-10-24', '2026-10-26')).to.equal(2);
    expect(daysApart('2026-03-01', '2026-05-02')).to.equal(62);
    expect(daysApart('2026-03-10', '2026-03-09')).to.equal(-1);
  });
});

describe(`GET /api/agenda without a range (server zone ${zone}, ${testDatabaseKind()})`, () => {
  let world: AgendaWorld;
  let staff: TestClient;

  before(async () => {
    world = await startAgendaWorld();
    staff = await world.north.client('staff');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should answer the Brussels week on Sunday night, though Kiritimati has Monday', async () => {
    const thaw = freezeAgendaClock(world.test, '2026-03-29T21:30:00Z');
    const answer = await staff.get('/api/agenda');
    thaw();

    expect(answer.status).to.equal(200);
    expect(answer.body).to.include({ from: '2026-03-23', to: '2026-03-29' });
  });

  it('should answer the new week on Monday at 00:30, though UTC has Sunday', async () => {
    const thaw = freezeAgendaClock(world.test, '2026-03-29T22:30:00Z');
    const answer = await staff.get('/api/agenda');
    thaw();

    expect(answer.body).to.include({ from: '2026-03-30', to: '2026-04-05' });
  });
});
