import { startTestApp, type TestApp } from './test-app.js';
import { TestClient } from './test-client.js';

/** The password the demo accounts get in a seed test: any fixed one will do. */
const DEMO_PASSWORD = 'demo-password-for-tests';

export interface DemoApp extends TestApp {
  /** A client signed in with a demo account, e.g. `signIn('demo-maatwerk', 'employee')`. */
  signIn(tenant: string, login: string): Promise<TestClient>;
}

/**
 * The real server on a fresh database filled by the demo seed, as `npm start` fills an empty
 * one: what a plugin's seed test reads its demo rows through.
 */
export async function startDemoApp(): Promise<DemoApp> {
  const test = await startTestApp({ settings: { demoPassword: DEMO_PASSWORD } });

  await test.app.seedDemoIfEmpty();

  return {
    ...test,
    signIn: (tenant, login) => new TestClient(test.url).signIn(tenant, login, DEMO_PASSWORD),
  };
}
