import type { EntityClass } from '@mikro-orm/core';
import { isTenantOwned } from '../entities/tenant-owned-entity.js';
import { Account } from '../entities/account.js';
import { Tenant } from '../entities/tenant.js';
import { Person } from '../entities/person.js';
import { isEntityId } from '../entities/base-entity.js';
import { NotFoundError } from './errors.js';
import type { RequestContext } from './request-context.js';

/**
 * Loads a row named in a path, for the signed-in tenant only. An id of another tenant, or of
 * another person's record for an account that may only see its own dossier, answers exactly like
 * an id that does not exist. So does a text that is no id at all (`%00`, `x`): it never reaches
 * the database, where SQLite would fail on a NUL and MySQL would compare it its own way.
 */
export async function loadParam(
  ctx: RequestContext,
  entity: EntityClass<any>,
  id: string,
): Promise<object> {
  if (!isEntityId(id)) throw new NotFoundError(notFoundNameOf(entity));
  // Ids are stored in lower case; MariaDB would match capitals and SQLite would not.
  const row = await findScoped(ctx, entity, id.toLowerCase());
  if (!row) throw new NotFoundError(notFoundNameOf(entity));

  const personId = personIdOf(row);
  if (personId !== undefined && !ctx.can('people.read') && personId !== ctx.ownPersonId) {
    throw new NotFoundError(notFoundNameOf(entity));
  }
  return row;
}

async function findScoped(ctx: RequestContext, entity: EntityClass<any>, id: string) {
  if (isTenantOwned(entity)) {
    return ctx.tenant ? ctx.em.findOne(entity, { id }) : null;
  }
  if (entity === Account) {
    if (ctx.role === 'platform-admin') return ctx.em.findOne(Account, { id });
    return ctx.tenant ? ctx.em.findOne(Account, { id, tenant: ctx.tenant.id }) : null;
  }
  if (entity === Tenant) {
    return ctx.role === 'platform-admin' ? ctx.em.findOne(Tenant, { id }) : null;
  }
  throw new Error(
    `[DOTS_P1003] ${entity.name} is used as a route parameter but is not tenant-owned. ` +
      'Extend TenantOwnedEntity so the core can scope it.',
  );
}

/** The person a row is about, when it is about one person. */
export function personIdOf(row: object): string | undefined {
  if (row instanceof Person) return row.id;
  const person = (row as { person?: { id: string } | null }).person;
  return person === undefined ? undefined : (person?.id ?? '');
}

/** How a 404 names a row of this entity: `No person with that id exists here.` */
export function notFoundNameOf(entity: EntityClass<any>): string {
  return entity.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
