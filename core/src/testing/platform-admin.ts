import { Account } from '../server/entities/account.js';
import { AccountService } from '../server/accounts/account-service.js';
import { TEST_PASSWORD } from './tenant-fixture.js';
import type { TestApp } from './test-app.js';
import { TestClient } from './test-client.js';

const LOGIN = 'test-platform';

/** A client signed in as a platform admin (made on first use), for the routes outside tenants. */
export async function platformAdminClient(test: TestApp): Promise<TestClient> {
  const em = test.em();
  if (!(await em.findOne(Account, { tenant: null, username: LOGIN }))) {
    await test.app.container.get(AccountService).create(em, {
      role: 'platform-admin', username: LOGIN, displayName: 'Platform admin',
      password: TEST_PASSWORD,
    });
    await em.flush();
  }
  return new TestClient(test.url).signIn(undefined, LOGIN, TEST_PASSWORD);
}
