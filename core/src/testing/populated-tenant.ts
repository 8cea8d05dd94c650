import type { EntityManager } from '@mikro-orm/core';
import { Person } from '../server/entities/person.js';
import { RolePermissions } from '../server/entities/role-permissions.js';
import { DemoSeeder } from '../server/seeds/demo-seeder.js';
import { PermissionRegistry } from '../server/plugins/permission-registry.js';
import { givenNameSortKeyOf, searchTextOf, sortKeyOf } from '../server/people/name-keys.js';
import type { TenantKind } from '../common/tenant.js';
import type { Role } from '../common/roles.js';
import type { TestApp } from './test-app.js';
import { TestClient } from './test-client.js';

/** A person both walker tenants hold, so a search that crosses tenants shows itself (case C5). */
export const SHARED_PERSON = { givenNames: 'Jan', familyName: 'Van den Broeck' } as const;

export interface PopulatedTenantOptions {
  slug: string;
  name?: string;
  /** @default 'maatwerk' */
  kind?: TenantKind;
  /** People made on top of the demo's; give the two tenants different numbers. @default 3 */
  extraPeople?: number;
}

/** A tenant full of rows, with the demo's account per role (username = role name). */
export interface PopulatedTenant {
  id: string;
  slug: string;
  /** The person the employee account is linked to. */
  employeePersonId: string;
  /** A fresh client signed in with the account of that role. */
  client(role: Role): Promise<TestClient>;
}

/**
 * A tenant as the demo has it, for tests that must see every kind of row: the DemoSeeder's
 * `seedTenant`, so each plugin's SeedContribution fills its own tables. On top come the rows a
 * demo need not have: the shared person, `extraPeople` people named after the slug, and a role
 * with permissions of its own.
 */
export async function populateTenant(
  test: TestApp,
  options: PopulatedTenantOptions,
): Promise<PopulatedTenant> {
  const { tenant, accounts } = await test.app.container.get(DemoSeeder).seedTenant({
    slug: options.slug, name: options.name ?? options.slug, kind: options.kind ?? 'maatwerk',
  });
  const em = test.emFor(tenant.id);
  await addWalkerRows(test, em, options.slug, options.extraPeople ?? 3);
  await em.flush();

  const password = test.app.settings.demoPassword;
  const populated: PopulatedTenant = {
    id: tenant.id, slug: tenant.slug, employeePersonId: accounts.employee.person!.id,
    client: (role) => new TestClient(test.url).signIn(tenant.slug, role, password),
  };
  await populated.client('admin'); // a sign-in writes the tenant's first audit entries
  return populated;
}

async function addWalkerRows(test: TestApp, em: EntityManager, slug: string, extraPeople: number) {
  personRow(em, SHARED_PERSON.givenNames, SHARED_PERSON.familyName);
  for (let n = 1; n <= extraPeople; n++) personRow(em, `Walburga${n}`, `Tenantrij ${slug}`);

  if (!(await em.findOne(RolePermissions, { role: 'coach' }))) {
    const permissions = test.app.container.get(PermissionRegistry).defaultsFor('coach');
    em.persist(em.create(RolePermissions, { role: 'coach', permissions }));
  }
}

function personRow(em: EntityManager, givenNames: string, familyName: string): void {
  em.persist(em.create(Person, {
    givenNames, familyName,
    sortKey: sortKeyOf(familyName, givenNames),
    sortKeyMain: sortKeyOf(familyName, givenNames, 'main-part'),
    sortKeyGiven: givenNameSortKeyOf(familyName, givenNames),
    searchText: searchTextOf([givenNames, familyName]),
  }));
}
