import type { Account } from '../server/entities/account.js';
import type { Person } from '../server/entities/person.js';
import type { Tenant } from '../server/entities/tenant.js';
import type { TenantKind } from '../common/tenant.js';
import type { Role } from '../common/roles.js';
import { TenantService } from '../server/tenants/tenant-service.js';
import { AccountService } from '../server/accounts/account-service.js';
import { PersonService } from '../server/people/person-service.js';
import { HttpRequestContext } from '../server/http/http-request-context.js';
import type { TestApp } from './test-app.js';
import { TestClient } from './test-client.js';

export const TEST_PASSWORD = 'test-password-123';

export interface TenantFixture {
  tenant: Tenant;
  slug: string;
  accounts: Record<Role, Account>;
  /** The person the employee account is linked to. */
  employeePerson: Person;
  /** A fresh client signed in with the account of that role. */
  client(role: Role): Promise<TestClient>;
}

export interface TenantFixtureOptions {
  slug: string;
  name?: string;
  kind?: TenantKind;
  /** @default every installed plugin */
  plugins?: string[];
}

/**
 * A tenant as the cases describe it: one account per role (username = role name) and the
 * employee's own dossier. Made through the same services as the API, so it is a real tenant.
 */
export async function createTenantFixture(
  test: TestApp,
  options: TenantFixtureOptions,
): Promise<TenantFixture> {
  const em = test.em();
  const tenant = await test.app.container.get(TenantService).create(em, {
    slug: options.slug,
    name: options.name ?? options.slug,
    kind: options.kind ?? 'maatwerk',
    enabledPlugins: options.plugins ?? test.app.plugins.map((p) => p.id),
  });

  const scoped = test.emFor(tenant.id);
  // The same service as POST /api/people, acting for no account, as seeds and jobs do.
  const setup = new HttpRequestContext({
    requestId: 'tenant-fixture', em: scoped, log: test.app.log, tenant, permissions: new Set(),
    locale: 'nl',
  });
  const employeePerson = await test.app.container.get(PersonService).create(setup, {
    givenNames: 'Eline', familyName: `Werknemer ${options.slug}`,
  });

  const service = test.app.container.get(AccountService);
  const accounts = {} as Record<Role, Account>;
  for (const role of ['admin', 'staff', 'coach', 'employee'] as const) {
    accounts[role] = await service.create(scoped, {
      tenant: scoped.getReference(tenant.constructor as typeof Tenant, tenant.id),
      role, username: role, displayName: `${role} ${options.slug}`, password: TEST_PASSWORD,
      person: role === 'employee' ? employeePerson : undefined,
    });
  }
  await scoped.flush();

  return {
    tenant, slug: tenant.slug, accounts, employeePerson,
    client: (role) => new TestClient(test.url).signIn(tenant.slug, role, TEST_PASSWORD),
  };
}
