import type { TestClient } from './test-client.js';

/**
 * Adds people through the API, one request each and in the order given, so a test of order
 * cannot pass by insertion order by accident. Throws, naming the person, on any refusal.
 */
export async function addPeople(
  client: TestClient,
  people: ReadonlyArray<readonly [givenNames: string, familyName: string]>,
  extra: Record<string, unknown> = {},
): Promise<void> {
  for (const [givenNames, familyName] of people) {
    const answer = await client.post('/api/people', { givenNames, familyName, ...extra });
    if (answer.status !== 201) {
      const who = `${givenNames} ${familyName}`;
      throw new Error(`Adding ${who} answered ${answer.status}: ${answer.text}`);
    }
  }
}
