import { z } from 'zod';
import { ROLES } from '../../common/roles.js';
import { booleanQuery } from './admin-schemas.js';

/** No `@`, so a username can never read as another account's e-mail address at sign-in. */
export const username = z.string().trim().toLowerCase().min(2).max(80)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use letters, digits, dots, dashes or underscores');

/** Stored lower-case, so sign-in by e-mail ignores case. */
export const email = z.string().trim().toLowerCase().max(254)
  .pipe(z.email('is not an e-mail address'));

/** The same rule as a password one chooses oneself (see auth-schemas.ts). */
export const password = z.string().min(10, 'must be at least 10 characters').max(200);

const displayName = z.string().trim().min(1).max(200);
const locale = z.enum(['nl', 'en']);

/** Only the four tenant roles: the platform admin is never made through a tenant's routes. */
const role = z.enum(ROLES);

/** `POST /api/admin/accounts`. */
export const createAccountBody = z.strictObject({
  displayName,
  username: username.optional(),
  email: email.optional(),
  role,
  /** Left out for an employee: the answer then carries a generated sign-in code, once. */
  password: password.optional(),
  /** Required for an employee: the person whose dossier the account reads. */
  personId: z.string().min(1).max(36).optional(),
  locale: locale.optional(),
});

/** `PATCH /api/admin/accounts/:id`; `null` clears a username or e-mail address. */
export const patchAccountBody = z.strictObject({
  displayName: displayName.optional(),
  role: role.optional(),
  active: z.boolean().optional(),
  username: username.nullable().optional(),
  email: email.nullable().optional(),
  locale: locale.optional(),
});

/** `POST /api/admin/accounts/:id/password`. */
export const setPasswordBody = z.strictObject({ password });

/** Filters of `GET /api/admin/accounts`. */
export const accountListQuery = z.strictObject({
  role: role.optional(),
  active: booleanQuery.optional(),
  personId: z.string().min(1).max(36).optional(),
});

/** The platform admin makes a tenant's first admin: always role `admin`, always a password. */
export const firstAdminBody = z.strictObject({
  displayName,
  username: username.optional(),
  email: email.optional(),
  password,
  locale: locale.optional(),
});
