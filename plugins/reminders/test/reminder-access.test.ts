import { expect } from 'chai';
import { Tenant } from '@dots/core';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import {
  createReminder, reminderBody, startReminderWorld, type ReminderWorld,
} from './reminder-fixtures.js';

describe(`Reminder access (${testDatabaseKind()})`, () => {
  let world: ReminderWorld;
  let coach: TestClient;
  let staff: TestClient;
  let southCoach: TestClient;

  before(async () => {
    world = await startReminderWorld();
    coach = await world.north.client('coach');
    staff = await world.north.client('staff');
    southCoach = await world.south.client('coach');
  });
  after(async () => {
    await world?.test.close();
  });

  const touchAll = async (client: TestClient, id: string): Promise<number[]> => [
    (await client.get(`/api/reminders/${id}`)).status,
    (await client.patch(`/api/reminders/${id}`, { done: true })).status,
    (await client.delete(`/api/reminders/${id}`)).status,
  ];

  it('should answer 404 for a reminder of another account of the same tenant', async () => {
    const own = await createReminder(staff, { text: 'van staff' });
    expect(await touchAll(coach, own.id)).to.deep.equal([404, 404, 404]);

    const list = await coach.get('/api/reminders');
    expect(list.body.items.map((r: { id: string }) => r.id)).to.not.include(own.id);
    expect((await staff.get(`/api/reminders/${own.id}`)).body.done).to.equal(false);
  });

  it('should answer 404 for a reminder of another tenant, and change nothing', async () => {
    const theirs = await createReminder(southCoach, { text: 'van het zuiden' });
    expect(await touchAll(coach, theirs.id)).to.deep.equal([404, 404, 404]);

    const south = await southCoach.get(`/api/reminders/${theirs.id}`);
    expect(south.body).to.include({ text: 'van het zuiden', done: false });
    const north = await coach.get('/api/reminders');
    expect(north.text).to.not.include('van het zuiden');
  });

  it('should refuse a person of another tenant as personId with 400', async () => {
    const answer = await coach.post('/api/reminders', reminderBody({
      personId: world.south.employeePerson.id,
    }));
    expect(answer.status).to.equal(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).to.deep.equal(['personId']);
  });

  it('should refuse an employee, who does not hold reminders.manage, with 403', async () => {
    const employee = await world.north.client('employee');
    expect((await employee.get('/api/reminders')).status).to.equal(403);
    expect((await employee.post('/api/reminders', reminderBody())).status).to.equal(403);
  });

  it('should refuse a request without a session with 401', async () => {
    const { TestClient } = await import('@dots/core/testing');
    expect((await new TestClient(world.test.url).get('/api/reminders')).status).to.equal(401);
  });

  it('should answer 404 while the plugin is off and keep the reminders', async () => {
    const kept = await createReminder(coach, { text: 'blijft bewaard' });
    await setPlugins(world, world.north.tenant.id, []);
    expect((await coach.get('/api/reminders')).status).to.equal(404);
    expect((await coach.get(`/api/reminders/${kept.id}`)).status).to.equal(404);
    expect((await southCoach.get('/api/reminders')).status).to.equal(200);

    await setPlugins(world, world.north.tenant.id, ['reminders']);
    const back = await coach.get(`/api/reminders/${kept.id}`);
    expect(back.status).to.equal(200);
    expect(back.body.text).to.equal('blijft bewaard');
  });
});

/** Switches plugins in the database, as the admin route would, without a restart. */
async function setPlugins(
  world: ReminderWorld,
  tenantId: string,
  plugins: string[],
): Promise<void> {
  const em = world.test.em();
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  tenant.enabledPlugins = plugins;
  await em.flush();
}
