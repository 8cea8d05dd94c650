import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { reminderBody, startReminderWorld, type ReminderWorld } from './reminder-fixtures.js';

/** The coach layout sends again what it may have sent before; a retry must never duplicate. */
describe(`POST /api/reminders with a client id (${testDatabaseKind()})`, () => {
  let world: ReminderWorld;
  let coach: TestClient;

  before(async () => {
    world = await startReminderWorld();
    coach = await world.north.client('coach');
  });
  after(async () => {
    await world?.test.close();
  });

  const countOf = async (client: TestClient) => (await client.get('/api/reminders')).body.total;

  it('should store the reminder under the id the client made', async () => {
    const id = uuidv7();
    const answer = await coach.post('/api/reminders', reminderBody({ id }));
    expect(answer.status).to.equal(201);
    expect(answer.body.id).to.equal(id);
  });

  it('should keep a client id in capitals as the same id on every database', async () => {
    const id = uuidv7();
    const created = await coach.post('/api/reminders', reminderBody({ id: id.toUpperCase() }));
    const retry = await coach.post('/api/reminders', reminderBody({ id }));

    expect(created.body.id).to.equal(id);
    expect(retry.status).to.equal(200);
    expect((await coach.get(`/api/reminders/${id.toUpperCase()}`)).body.id).to.equal(id);
  });

  it('should answer a retry with the same body with 200 and the first reminder', async () => {
    const id = uuidv7();
    const body = reminderBody({ id, dueTime: '08:00', personId: world.north.employeePerson.id });
    const first = await coach.post('/api/reminders', body);
    const before = await countOf(coach);

    const retry = await coach.post('/api/reminders', body);
    expect(retry.status).to.equal(200);
    expect(retry.body).to.deep.equal(first.body);
    expect(await countOf(coach)).to.equal(before);
  });

  it('should refuse the same id with another body with 409 and keep the first', async () => {
    const id = uuidv7();
    await coach.post('/api/reminders', reminderBody({ id, text: 'eerste' }));

    const other = await coach.post('/api/reminders', reminderBody({ id, text: 'tweede' }));
    expect(other.status).to.equal(409);
    expect(other.headers.get('content-type')).to.match(/application\/problem\+json/);
    expect((await coach.get(`/api/reminders/${id}`)).body.text).to.equal('eerste');
  });

  it('should refuse an id that another account of the tenant used with 409', async () => {
    const id = uuidv7();
    const staff = await world.north.client('staff');
    await staff.post('/api/reminders', reminderBody({ id }));

    const answer = await coach.post('/api/reminders', reminderBody({ id }));
    expect(answer.status).to.equal(409);
    expect((await coach.get(`/api/reminders/${id}`)).status).to.equal(404);
  });

  it('should refuse an id of another tenant with 409 and show nothing of it', async () => {
    const id = uuidv7();
    const south = await world.south.client('coach');
    await south.post('/api/reminders', reminderBody({ id, text: 'geheim van het zuiden' }));

    const body = reminderBody({ id, text: 'geheim van het zuiden' });
    const answer = await coach.post('/api/reminders', body);
    expect(answer.status).to.equal(409);
    expect(answer.text).to.not.include('geheim');
    expect((await south.get(`/api/reminders/${id}`)).body.text).to.equal('geheim van het zuiden');
  });
});
