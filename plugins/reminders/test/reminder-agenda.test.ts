import { expect } from 'chai';
import { Tenant } from '@dots/core';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { createReminder, startReminderWorld, type ReminderWorld } from './reminder-fixtures.js';

const RANGE = 'from=2026-05-04&to=2026-05-10';

type Item = {
  id: string; pluginId: string; kind: string; title: string; done: boolean; link: string;
  date: string; time: string | null; personId: string | null; personName: string | null;
  ownerAccountId: string;
};

const remindersIn = async (client: TestClient, query = ''): Promise<Item[]> => {
  const answer = await client.get(`/api/agenda?${RANGE}${query}`);
  if (answer.status !== 200) throw new Error(`agenda: ${answer.status} ${answer.text}`);
  return (answer.body.items as Item[]).filter((item) => item.pluginId === 'reminders');
};

describe(`Reminders in the agenda (${testDatabaseKind()})`, () => {
  let world: ReminderWorld;
  let coach: TestClient;
  let staff: TestClient;
  let about: { id: string };
  let done: { id: string };
  let alone: { id: string };

  before(async () => {
    world = await startReminderWorld();
    coach = await world.north.client('coach');
    staff = await world.north.client('staff');
    const personId = world.north.employeePerson.id;

    about = await createReminder(coach, {
      text: 'Attest opvragen', dueDate: '2026-05-04', dueTime: '09:30', personId,
    });
    done = await createReminder(coach, { text: 'Schoenen bestellen', dueDate: '2026-05-10' });
    await coach.patch(`/api/reminders/${done.id}`, { done: true });
    alone = await createReminder(coach, { text: 'Rooster doorgeven', dueDate: '2026-05-06' });
    await createReminder(coach, { text: 'Te vroeg', dueDate: '2026-05-03' });
    await createReminder(coach, { text: 'Te laat', dueDate: '2026-05-11' });
    await createReminder(staff, { text: 'Van staff', dueDate: '2026-05-05', personId });
  });
  after(async () => {
    await world?.test.close();
  });

  it("should show the caller's reminders due in the range: person, link, state", async () => {
    const items = await remindersIn(coach);

    expect(items.map((item) => item.title))
      .to.deep.equal(['Attest opvragen', 'Rooster doorgeven', 'Schoenen bestellen']);
    const person = world.north.employeePerson;
    expect(items[0]).to.deep.equal({
      id: `reminder:${about.id}`, pluginId: 'reminders', kind: 'reminder', date: '2026-05-04',
      time: '09:30', title: 'Attest opvragen', personId: person.id,
      personName: `Eline ${person.familyName}`, ownerAccountId: world.north.accounts.coach.id,
      done: false, link: `/people/${person.id}?tab=reminders`,
    });
    expect(items[1]).to.include({ id: `reminder:${alone.id}`, link: '/reminders', time: null });
    expect(items[2]).to.include({ id: `reminder:${done.id}`, done: true });
  });

  it("should never show a colleague's reminders, in their agenda or in everyone's", async () => {
    const coachId = world.north.accounts.coach.id;
    expect(await remindersIn(staff, `&coach=${coachId}`)).to.deep.equal([]);

    const all = await remindersIn(staff, '&coach=all');
    expect(all.map((item) => item.title)).to.deep.equal(['Van staff']);
  });

  it('should keep only reminders about people in the department asked for', async () => {
    const admin = await world.north.client('admin');
    const department = (await admin.post('/api/admin/departments', { name: 'Atelier' })).body.id;
    const person = world.north.employeePerson;
    const read = await admin.get(`/api/people/${person.id}`);
    await admin.patch(`/api/people/${person.id}`, {
      version: read.body.version, departmentId: department,
    });

    const items = await remindersIn(coach, `&department=${department}`);
    expect(items.map((item) => item.title)).to.deep.equal(['Attest opvragen']);
  });

  it("should show no reminder of another tenant's accounts", async () => {
    const south = await world.south.client('coach');
    await createReminder(south, { text: 'Geheim van het zuiden', dueDate: '2026-05-05' });

    const items = await remindersIn(coach, '&coach=all');
    expect(items.map((item) => item.title)).to.not.include('Geheim van het zuiden');
  });

  it('should contribute nothing while the plugin is off', async () => {
    const em = world.test.em();
    const tenant = await em.findOneOrFail(Tenant, { id: world.north.tenant.id });
    const before = tenant.enabledPlugins;
    tenant.enabledPlugins = before.filter((id) => id !== 'reminders');
    await em.flush();

    const answer = await coach.get(`/api/agenda?${RANGE}`);
    tenant.enabledPlugins = before;
    await em.flush();

    expect(answer.status).to.equal(200);
    expect(answer.body.items).to.deep.equal([]);
    expect(await remindersIn(coach)).to.have.length(3);
  });
});
