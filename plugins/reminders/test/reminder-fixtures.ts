import {
  createTenantFixture, startTestApp, type TenantFixture, type TestApp, type TestClient,
} from '@dots/core/testing';
import { ReminderClock } from '../src/server/services/reminder-clock.js';

/** Two tenants, as every tenant-scoped test has, on a fresh server. */
export interface ReminderWorld {
  test: TestApp;
  north: TenantFixture;
  south: TenantFixture;
}

export async function startReminderWorld(): Promise<ReminderWorld> {
  const test = await startTestApp();
  const north = await createTenantFixture(test, { slug: 'atelier-noord' });
  const south = await createTenantFixture(test, { slug: 'atelier-zuid' });
  return { test, north, south };
}

/** Stands the plugin's clock at `iso` until the returned function is called. */
export function freezeClock(test: TestApp, iso: string): () => void {
  const clock = test.app.container.get(ReminderClock);
  clock.now = () => new Date(iso);
  return () => {
    Reflect.deleteProperty(clock, 'now');
  };
}

/** A valid reminder body, overridden per test. */
export function reminderBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { text: 'Even polsen hoe het gaat', dueDate: '2026-05-04', ...overrides };
}

export async function createReminder(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [key: string]: unknown }> {
  const answer = await client.post('/api/reminders', reminderBody(overrides));
  if (answer.status !== 201) throw new Error(`create failed: ${answer.status} ${answer.text}`);
  return answer.body;
}
