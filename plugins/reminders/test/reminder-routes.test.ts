import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { createReminder, startReminderWorld, type ReminderWorld } from './reminder-fixtures.js';

describe(`ReminderRoutes (${testDatabaseKind()})`, () => {
  let world: ReminderWorld;
  let coach: TestClient;

  before(async () => {
    world = await startReminderWorld();
    coach = await world.north.client('coach');
  });
  after(async () => {
    await world?.test.close();
  });

  describe('POST /api/reminders', () => {
    it('should store a reminder about a person and answer it with 201', async () => {
      const person = world.north.employeePerson;
      const answer = await coach.post('/api/reminders', {
        text: '  Attest opvragen  ', dueDate: '2026-05-04', dueTime: '09:30', personId: person.id,
      });

      expect(answer.status).to.equal(201);
      expect(answer.body).to.include({
        text: 'Attest opvragen', dueDate: '2026-05-04', dueTime: '09:30', personId: person.id,
        personName: `Eline ${person.familyName}`, done: false, doneAt: null,
      });
      const again = await coach.get(`/api/reminders/${answer.body.id}`);
      expect(again.status).to.equal(200);
      expect(again.body.text).to.equal('Attest opvragen');
    });
  });

  describe('GET /api/reminders', () => {
    it('should list by due date, then time (none first), then id', async () => {
      const own = await world.north.client('staff');
      const later = await createReminder(own, { dueDate: '2026-06-02', dueTime: '08:00' });
      const noon = await createReminder(own, { dueDate: '2026-06-01', dueTime: '12:00' });
      const morning = await createReminder(own, { dueDate: '2026-06-01', dueTime: '07:45' });
      const allDay = await createReminder(own, { dueDate: '2026-06-01' });

      const list = await own.get('/api/reminders');
      expect(list.status).to.equal(200);
      expect(list.body.total).to.equal(4);
      expect(list.body.items.map((r: { id: string }) => r.id))
        .to.deep.equal([allDay.id, morning.id, noon.id, later.id]);
    });

    it('should page with limit and offset and keep the total', async () => {
      const own = await world.north.client('staff');
      const page = await own.get('/api/reminders?limit=2&offset=1');
      expect(page.body.total).to.equal(4);
      const times = page.body.items.map((r: { dueTime: string }) => r.dueTime);
      expect(times).to.deep.equal(['07:45', '12:00']);
    });

    it('should filter on personId', async () => {
      const own = await world.north.client('admin');
      const about = await createReminder(own, { personId: world.north.employeePerson.id });
      await createReminder(own);

      const list = await own.get(`/api/reminders?personId=${world.north.employeePerson.id}`);
      expect(list.body.items.map((r: { id: string }) => r.id)).to.deep.equal([about.id]);
    });
  });

  describe('PATCH /api/reminders/:id', () => {
    it('should change text and time, and clear the time with null', async () => {
      const reminder = await createReminder(coach, { dueTime: '10:00' });
      const changed = await coach.patch(`/api/reminders/${reminder.id}`, {
        text: 'Andere tekst', dueDate: '2026-05-06',
      });
      expect(changed.status).to.equal(200);
      expect(changed.body)
        .to.include({ text: 'Andere tekst', dueDate: '2026-05-06', dueTime: '10:00' });

      const cleared = await coach.patch(`/api/reminders/${reminder.id}`, { dueTime: null });
      expect(cleared.body.dueTime).to.equal(null);
    });

    it('should stamp doneAt when done and clear it when undone', async () => {
      const reminder = await createReminder(coach);
      const done = await coach.patch(`/api/reminders/${reminder.id}`, { done: true });
      expect(done.body.done).to.equal(true);
      expect(Date.parse(done.body.doneAt)).to.be.closeTo(Date.now(), 60_000);

      const undone = await coach.patch(`/api/reminders/${reminder.id}`, { done: false });
      expect(undone.body).to.include({ done: false, doneAt: null });
    });
  });

  describe('DELETE /api/reminders/:id', () => {
    it('should delete the reminder, after which it answers 404', async () => {
      const reminder = await createReminder(coach);
      expect((await coach.delete(`/api/reminders/${reminder.id}`)).status).to.equal(204);
      expect((await coach.get(`/api/reminders/${reminder.id}`)).status).to.equal(404);
      expect((await coach.delete(`/api/reminders/${reminder.id}`)).status).to.equal(404);
    });
  });
});
