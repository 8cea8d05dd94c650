import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import {
  createReminder, reminderBody, startReminderWorld, type ReminderWorld,
} from './reminder-fixtures.js';

/** A well-formed id that names no row. */
const NOBODY = '0190a7f0-0000-7000-8000-000000000000';

/** Bad input answers 400 naming the field, and stores nothing. */
describe(`Reminder input (${testDatabaseKind()})`, () => {
  let world: ReminderWorld;
  let coach: TestClient;
  let existing: { id: string };

  before(async () => {
    world = await startReminderWorld();
    coach = await world.north.client('coach');
    existing = await createReminder(coach, { text: 'ongewijzigd', dueTime: '09:00' });
  });
  after(async () => {
    await world?.test.close();
  });

  const fieldsOf = (answer: { body: { errors?: Array<{ field: string }> } }) =>
    (answer.body.errors ?? []).map((e) => e.field);

  const badCreates: Array<[string, Record<string, unknown>, string]> = [
    ['a missing text', { dueDate: '2026-05-04' }, 'text'],
    ['an empty text', reminderBody({ text: '   ' }), 'text'],
    ['a text of 501 characters', reminderBody({ text: 'x'.repeat(501) }), 'text'],
    ['a text that is a number', reminderBody({ text: 42 }), 'text'],
    ['a missing due date', { text: 'iets' }, 'dueDate'],
    ['a date that does not exist', reminderBody({ dueDate: '2026-02-30' }), 'dueDate'],
    ['a date in another format', reminderBody({ dueDate: '04/05/2026' }), 'dueDate'],
    ['a time of 24:00', reminderBody({ dueTime: '24:00' }), 'dueTime'],
    ['a time with seconds', reminderBody({ dueTime: '09:00:00' }), 'dueTime'],
    ['a personId that is no id', reminderBody({ personId: 'iemand' }), 'personId'],
    ['a personId no person has', reminderBody({ personId: NOBODY }), 'personId'],
    ['an id that is no UUID', reminderBody({ id: '42' }), 'id'],
    ['an owner of its own choosing', reminderBody({ ownerId: NOBODY }), 'ownerId'],
    ['a tenant of its own choosing', reminderBody({ tenant: 'atelier-zuid' }), 'tenant'],
    ['done on create', reminderBody({ done: true }), 'done'],
  ];

  for (const [what, body, field] of badCreates) {
    it(`should refuse ${what} with 400 naming ${field}`, async () => {
      const before = (await coach.get('/api/reminders')).body.total;
      const answer = await coach.post('/api/reminders', body);
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer)).to.include(field);
      expect((await coach.get('/api/reminders')).body.total).to.equal(before);
    });
  }

  const badPatches: Array<[string, Record<string, unknown>, string]> = [
    ['done as text', { done: 'ja' }, 'done'],
    ['an empty text', { text: '' }, 'text'],
    ['a due date of null', { dueDate: null }, 'dueDate'],
    ['an owner', { ownerId: 'x' }, 'ownerId'],
    ['a person, which a reminder keeps', { personId: null }, 'personId'],
    ['nothing to change', {}, '(body)'],
  ];

  for (const [what, body, field] of badPatches) {
    it(`should refuse a change with ${what} with 400 naming ${field}`, async () => {
      const answer = await coach.patch(`/api/reminders/${existing.id}`, body);
      expect(answer.status).to.equal(400);
      expect(fieldsOf(answer)).to.include(field);
      const stored = await coach.get(`/api/reminders/${existing.id}`);
      expect(stored.body).to.include({ text: 'ongewijzigd', dueTime: '09:00', done: false });
    });
  }

  it('should refuse malformed JSON with 400', async () => {
    const answer = await coach.raw('POST', '/api/reminders', '{"text": "iets", ');
    expect(answer.status).to.equal(400);
  });

  it('should refuse an unknown value of due and an unknown query key with 400', async () => {
    expect(fieldsOf(await coach.get('/api/reminders?due=tomorrow'))).to.deep.equal(['query.due']);
    expect(fieldsOf(await coach.get('/api/reminders?owner=x'))).to.deep.equal(['query.owner']);
    expect((await coach.get('/api/reminders?limit=0')).status).to.equal(400);
  });

  it('should answer 404 for an id that is not a UUID', async () => {
    expect((await coach.get('/api/reminders/not-an-id')).status).to.equal(404);
  });
});
