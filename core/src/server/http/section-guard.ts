import type { EntityClass } from '@mikro-orm/core';
import type { RegisteredRoute } from './route-registrar.js';
import type { RequestContext } from './request-context.js';
import type { SectionAccess } from '../plugins/section-access.js';
import { NotFoundError } from './errors.js';
import { notFoundNameOf } from './param-loader.js';

/**
 * A route's dossier section that this account may not read. It answers exactly as the route's
 * first row would if it did not exist, so a hidden or confidential section cannot be told apart
 * from an empty id; the section is kept for the refusal's audit entry only.
 */
export class HiddenSectionError extends NotFoundError {
  constructor(what: string, readonly section: string) {
    super(what);
  }
}

/** Refuses a route that names a section the account does not read (SectionAccess decides). */
export function assertSectionReadable(
  route: RegisteredRoute,
  ctx: RequestContext,
  sections: SectionAccess,
): void {
  if (route.section === undefined || sections.canRead(ctx, route.section)) return;

  const declared = (route.params ?? {}) as Record<string, EntityClass<object>>;
  const first = [...route.fullPath.matchAll(/:([A-Za-z0-9_]+)/g)]
    .map((match) => declared[match[1]!])
    .find((entity) => entity !== undefined);
  throw new HiddenSectionError(first ? notFoundNameOf(first) : 'route', route.section);
}
