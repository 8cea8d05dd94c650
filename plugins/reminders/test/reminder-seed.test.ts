import { expect } from 'chai';
import { todayInBrussels } from '@dots/core';
import { startDemoApp, testDatabaseKind, TestClient, type DemoApp } from '@dots/core/testing';

type Due = { dueDate: string };

describe(`ReminderSeed (${testDatabaseKind()})`, () => {
  let test: DemoApp;

  before(async () => {
    test = await startDemoApp();
  });
  after(async () => {
    await test?.close();
  });

  it('should give each demo coach reminders overdue, due today and later', async () => {
    const today = todayInBrussels();
    for (const tenant of ['demo-maatwerk', 'demo-arbeidszorg']) {
      const coach = await test.signIn(tenant, 'coach');
      const all: Due[] = (await coach.get('/api/reminders')).body.items;
      const due: Due[] = (await coach.get('/api/reminders?due=today')).body.items;

      expect(due.some((r) => r.dueDate < today), 'overdue').to.equal(true);
      expect(due.some((r) => r.dueDate === today), 'today').to.equal(true);
      expect(all.some((r) => r.dueDate > today), 'later').to.equal(true);
    }
  });

  it('should give the demo staff member reminders of their own', async () => {
    const staff = await test.signIn('demo-maatwerk', 'staff');
    const coach = await test.signIn('demo-maatwerk', 'coach');
    const idsOf = async (client: TestClient): Promise<string[]> =>
      (await client.get('/api/reminders')).body.items.map((r: { id: string }) => r.id);
    const staffIds = await idsOf(staff);
    const coachIds = await idsOf(coach);

    expect(staffIds).to.have.length.greaterThan(0);
    expect(staffIds.filter((id: string) => coachIds.includes(id))).to.deep.equal([]);
  });
});
