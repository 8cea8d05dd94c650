import type { EntityManager } from '@mikro-orm/core';
import {
  AgendaContribution, Person, PersonalDataContribution, type RequestContext,
} from '@dots/core';
import type { TenantFixture, TestApp } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PLUGIN_ID } from '../src/common/development-plan-permissions.js';

/**
 * A request context of a staff member of `fixture`, as the core hands one to the agenda and the
 * personal-data export: the tenant-scoped entity manager, the tenant and the language. The core
 * applies sections and permissions before and after the call, so they are not faked here.
 */
export function staffContext(
  test: TestApp,
  fixture: TenantFixture,
  locale: 'nl' | 'en' = 'nl',
): RequestContext {
  const account = fixture.accounts.staff;
  return {
    requestId: 'development-plan-test',
    em: test.emFor(fixture.tenant.id),
    log: test.app.log,
    account,
    tenant: fixture.tenant,
    role: 'staff',
    permissions: new Set(),
    locale,
    tenantId: () => fixture.tenant.id,
    requireAccount: () => account,
    can: () => true,
    audit: () => undefined,
  };
}

/** The plugin's own contribution to an extension point, as the core's host finds it. */
function ofThisPlugin<T extends { pluginId: string }>(test: TestApp, point: symbol): T {
  const all = test.app.container.getAll<T>(point, { optional: true });
  const own = all.find((contribution) => contribution.pluginId === DEVELOPMENT_PLAN_PLUGIN_ID);
  if (!own) throw new Error(`development-plan does not contribute to ${String(point)}`);
  return own;
}

export function agendaOf(test: TestApp): AgendaContribution {
  return ofThisPlugin<AgendaContribution>(test, AgendaContribution);
}

export function personalDataOf(test: TestApp): PersonalDataContribution {
  return ofThisPlugin<PersonalDataContribution>(test, PersonalDataContribution);
}

/** Sets a person's first working day straight in the database, as an edit of the dossier would. */
export async function setStartDate(
  em: EntityManager,
  personId: string,
  startDate: string | undefined,
): Promise<void> {
  const person = await em.findOneOrFail(Person, { id: personId });
  person.startDate = startDate;
  await em.flush();
}
