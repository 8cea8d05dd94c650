import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import {
  createReminder, freezeClock, startReminderWorld, type ReminderWorld,
} from './reminder-fixtures.js';

/**
 * "Due today" is today in Brussels, whatever zone the server runs in. 29 March 2026 is the day
 * Belgium moves from UTC+1 to UTC+2, so both offsets meet in these boundaries.
 */
describe(`GET /api/reminders?due=today (${testDatabaseKind()})`, () => {
  let world: ReminderWorld;
  let coach: TestClient;
  let ids: Record<string, string>;
  let thaw: (() => void) | undefined;

  before(async () => {
    world = await startReminderWorld();
    coach = await world.north.client('coach');
    ids = {};
    for (const dueDate of ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']) {
      ids[dueDate] = (await createReminder(coach, { dueDate, text: `due ${dueDate}` })).id;
    }
    const done = await createReminder(coach, { dueDate: '2026-03-20', text: 'done already' });
    await coach.patch(`/api/reminders/${done.id}`, { done: true });
  });
  afterEach(() => thaw?.());
  after(async () => {
    await world?.test.close();
  });

  const dueAt = async (iso: string): Promise<string[]> => {
    thaw = freezeClock(world.test, iso);
    const answer = await coach.get('/api/reminders?due=today');
    expect(answer.status).to.equal(200);
    return answer.body.items.map((r: { dueDate: string }) => r.dueDate);
  };

  it('should count a day as today from midnight in Brussels, not in UTC', async () => {
    // 23:30 UTC on 28 March is 00:30 on 29 March in Brussels (UTC+1).
    expect(await dueAt('2026-03-28T23:30:00Z'))
      .to.deep.equal(['2026-03-27', '2026-03-28', '2026-03-29']);
  });

  it('should not count tomorrow a minute before midnight in Brussels', async () => {
    // 21:59 UTC on 29 March is 23:59 in Brussels, which is on summer time (UTC+2) by then.
    expect(await dueAt('2026-03-29T21:59:00Z'))
      .to.deep.equal(['2026-03-27', '2026-03-28', '2026-03-29']);
  });

  it('should count the next day at midnight in Brussels', async () => {
    expect(await dueAt('2026-03-29T22:00:00Z')).to.include('2026-03-30');
  });

  it('should leave out what is done, however overdue', async () => {
    const due = await dueAt('2026-04-15T10:00:00Z');
    expect(due).to.deep.equal(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('should list done reminders too when due is not asked', async () => {
    const all = await coach.get('/api/reminders');
    expect(all.body.total).to.equal(5);
    expect(all.body.items[0]).to.include({ dueDate: '2026-03-20', done: true });
  });
});
