import crypto from 'node:crypto';
import { inject, injectable } from 'inversify';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Account } from '../entities/account.js';
import type { Tenant } from '../entities/tenant.js';
import type { Person } from '../entities/person.js';
import type { Role } from '../../common/roles.js';
import { ConflictError, ValidationError } from '../http/errors.js';
import { PasswordService } from '../auth/password-service.js';
import { SessionService } from '../auth/session-service.js';

export interface NewAccount {
  tenant?: Tenant;
  role: Role | 'platform-admin';
  displayName: string;
  username?: string;
  email?: string;
  password: string;
  /** Required for role `employee`: the one dossier the account may read. */
  person?: Person;
  locale?: 'nl' | 'en';
}

/** What an admin may change on an account; the person link and the tenant never change. */
export interface AccountChange {
  displayName?: string;
  role?: Role;
  active?: boolean;
  username?: string | null;
  email?: string | null;
  locale?: 'nl' | 'en';
}

/** Filters of an account list; each one left out matches every account. */
export interface AccountFilter {
  role?: Role;
  active?: boolean;
  personId?: string;
}

/** Letters and digits that cannot be mistaken for each other when read aloud or off paper. */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const CODE_LENGTH = 8;

/**
 * Accounts of a tenant and of the platform. Accounts are not tenant-owned rows (sign-in finds
 * them before a tenant is known), so every query here names its tenant explicitly. Ending
 * sessions lives here too, because every change that takes access away (deactivation, a new
 * password or code) must end the sessions at once.
 */
@injectable()
export class AccountService {
  @inject(PasswordService) private readonly passwords!: PasswordService;
  @inject(SessionService) private readonly sessions!: SessionService;

  async create(em: EntityManager, input: NewAccount): Promise<Account> {
    const username = input.username?.trim().toLowerCase() || undefined;
    const email = input.email?.trim().toLowerCase() || undefined;
    if (!username && !email) {
      throw ValidationError.field('username', 'give a username or an e-mail address');
    }
    if (input.role === 'employee' && !input.person) {
      throw ValidationError.field('personId', 'an employee account must be linked to a person');
    }
    if (input.role !== 'employee' && input.person) {
      throw ValidationError.field('personId', 'only an employee account is linked to a person');
    }
    await this.assertFree(em, input.tenant, { username, email });
    if (input.person && (await em.findOne(Account, { person: input.person }))) {
      throw new ConflictError('This person already has an account.', 'duplicate', {
        field: 'personId',
      });
    }

    const account = em.create(Account, {
      tenant: input.tenant, role: input.role, displayName: input.displayName.trim(),
      username, email, person: input.person, locale: input.locale ?? 'nl',
      passwordHash: await this.passwords.hash(input.password),
    });
    em.persist(account);
    return account;
  }

  /** The accounts of one tenant, in a stable order: by display name, then id. */
  list(em: EntityManager, tenantId: string, filter: AccountFilter = {}): Promise<Account[]> {
    const where: FilterQuery<Account> = { tenant: tenantId };
    if (filter.role) where.role = filter.role;
    if (filter.active !== undefined) where.active = filter.active;
    if (filter.personId) where.person = filter.personId;
    return em.find(Account, where, { orderBy: { displayName: 'asc', id: 'asc' } });
  }

  /**
   * Applies an admin's change and answers the names of the fields that changed. Deactivating
   * ends the account's sessions at once. Refuses what would leave the tenant without an active
   * admin, and role changes into or out of `employee` (that link to a person is fixed).
   */
  async update(em: EntityManager, account: Account, change: AccountChange): Promise<string[]> {
    await this.assertRoleChange(em, account, change);
    const logins = { username: normalised(change.username), email: normalised(change.email) };
    await this.assertFree(em, account.tenant, logins, account.id);
    const after = (key: 'username' | 'email') =>
      (logins[key] === undefined ? account[key] ?? null : logins[key]);
    if (!after('username') && !after('email')) {
      throw ValidationError.field('username', 'an account needs a username or an e-mail address');
    }

    const values = {
      displayName: change.displayName?.trim(), role: change.role, locale: change.locale, ...logins,
    };
    const fields = account as unknown as Record<string, unknown>;
    const changed: string[] = [];
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || (fields[key] ?? null) === value) continue;
      fields[key] = value; // null clears a login
      changed.push(key);
    }

    if (change.active !== undefined && change.active !== account.active) {
      if (change.active) account.active = true;
      else await this.deactivate(em, account);
      changed.push('active');
    }
    return changed;
  }

  /** Sets a password and ends the account's sessions, except the one making the request. */
  async setPassword(
    em: EntityManager,
    account: Account,
    password: string,
    keepSessionToken?: string,
  ): Promise<void> {
    account.passwordHash = await this.passwords.hash(password);
    await this.sessions.revokeAll(em, account.id, keepSessionToken);
  }

  /** A fresh sign-in code: short enough to read off paper, drawn from unambiguous characters. */
  generateCode(): string {
    const pick = () => CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
    return Array.from({ length: CODE_LENGTH }, pick).join('');
  }

  /** A new sign-in code for an employee, shown once to the staff member who hands it out. */
  async resetCode(em: EntityManager, account: Account): Promise<string> {
    const code = this.generateCode();
    await this.setPassword(em, account, code);
    return code;
  }

  async deactivate(em: EntityManager, account: Account): Promise<void> {
    account.active = false;
    await this.sessions.revokeAll(em, account.id);
  }

  async assertFree(
    em: EntityManager,
    tenant: Tenant | undefined,
    logins: { username?: string | null; email?: string | null },
    exceptId?: string,
  ): Promise<void> {
    for (const [field, value] of Object.entries(logins)) {
      if (!value) continue;
      const clash = await em.findOne(Account, { tenant: tenant?.id ?? null, [field]: value });
      if (clash && clash.id !== exceptId) {
        throw new ConflictError(
          `Another account already signs in with this ${field}.`, 'duplicate', { field },
        );
      }
    }
  }

  private async assertRoleChange(em: EntityManager, account: Account, change: AccountChange) {
    const role = change.role ?? account.role;
    if (role !== account.role && (role === 'employee' || account.role === 'employee')) {
      throw ValidationError.field(
        'role',
        'an employee account stays linked to its person; make a new account for another role',
      );
    }
    const losesAdmin = account.role === 'admin' && account.active
      && (role !== 'admin' || change.active === false);
    if (!losesAdmin || !account.tenant) return;

    const otherAdmins = await em.count(Account, {
      tenant: account.tenant.id, role: 'admin', active: true, id: { $ne: account.id },
    });
    if (otherAdmins === 0) {
      throw new ConflictError(
        'This is the last active admin of the organisation. Make another account admin first.',
        'last_admin',
      );
    }
  }
}

/** `undefined`: not given; `null`: cleared; otherwise trimmed and lower-case. */
function normalised(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value?.trim().toLowerCase() || null;
}
