import fs from 'node:fs';
import path from 'node:path';
import {
  createTenantFixture, platformAdminClient, startTestApp, TEST_PASSWORD, TestClient, type TestApp,
} from '@dots/core/testing';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const WEB_ROOT = path.join(ROOT, 'web/.output/public');

/** A tenant the browser tests sign in to: its slug and the password of its role accounts. */
export interface E2eTenant {
  slug: string;
  password: string;
  /** An API client signed in with one of the tenant's role accounts. */
  client(role: 'admin' | 'staff' | 'coach' | 'employee'): Promise<TestClient>;
}

export interface E2eServer {
  test: TestApp;
  url: string;
  /** The tenant the tests work in, and a second one that nothing may cross into. */
  main: E2eTenant;
  other: E2eTenant;
  /** The platform admin: `platform` of the demo seed, or one made for the tests. */
  platform: { login: string; password: string };
  close(): Promise<void>;
}

/**
 * The real server of `npm start` on a free port with a fresh database, serving the built web
 * app. It is filled by the demo seed when that seeds anything (so the tests sign in with the
 * README's demo accounts), otherwise with two tenant fixtures.
 */
export async function startE2eServer(): Promise<E2eServer> {
  if (!fs.existsSync(path.join(WEB_ROOT, '200.html'))) {
    throw new Error(`No built web app in ${WEB_ROOT}: run \`npm run build -w @dots/web\` first.`);
  }
  const test = await startTestApp({ settings: { webRoot: WEB_ROOT } });
  // DOTS_E2E_SEED=fixtures skips the demo seed (while it is being changed, or to test faster).
  const seeded = process.env.DOTS_E2E_SEED === 'fixtures' ? undefined : await seedDemo(test);
  if (seeded) return { test, url: test.url, ...seeded, close: () => test.close() };

  const names = { 'e2e-noord': 'Atelier Noord vzw', 'e2e-zuid': 'Kringloop Zuid vzw' };
  const fixtures = await Promise.all(Object.entries(names).map(([slug, name]) =>
    createTenantFixture(test, { slug, name })));
  const [main, other] = fixtures.map((fixture) => ({
    slug: fixture.slug, password: TEST_PASSWORD, client: fixture.client,
  }));
  await platformAdminClient(test);
  return {
    test, url: test.url, main: main!, other: other!,
    platform: { login: 'test-platform', password: TEST_PASSWORD }, close: () => test.close(),
  };
}

type Seeded = Omit<E2eServer, 'test' | 'url' | 'close'>;

async function seedDemo(test: TestApp): Promise<Seeded | undefined> {
  await test.app.seedDemoIfEmpty();
  const password = test.app.settings.demoPassword;
  try {
    await new TestClient(test.url).signIn('demo-maatwerk', 'admin', password);
  } catch {
    return undefined;
  }

  const tenant = (slug: string): E2eTenant => ({
    slug, password,
    client: (role) => new TestClient(test.url).signIn(slug, role, password),
  });
  return {
    main: tenant('demo-maatwerk'), other: tenant('demo-arbeidszorg'),
    platform: { login: 'platform', password },
  };
}
