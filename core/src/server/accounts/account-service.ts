import crypto from 'node:crypto';
import { inject, injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
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

/** Letters and digits that cannot be mistaken for each other when read aloud or off paper. */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * Accounts of a tenant and of the platform. Ending sessions lives here too, because every change
 * that takes access away (deactivation, a new password or code) must end the sessions at once.
 */
@injectable()
export class AccountService {
  @inject(PasswordService) private readonly passwords!: PasswordService;
  @inject(SessionService) private readonly sessions!: SessionService;

  async create(em: EntityManager, input: NewAccount): Promise<Account> {
    const username = input.username?.trim().toLowerCase() || undefined;
    const email = input.email?.trim().toLowerCase() || undefined;
    if (!username && !email) throw ValidationError.field('username', 'give a username or an e-mail address');
    if (input.role === 'employee' && !input.person) {
      throw ValidationError.field('personId', 'an employee account must be linked to a person');
    }
    if (input.role !== 'employee' && input.person) {
      throw ValidationError.field('personId', 'only an employee account is linked to a person');
    }
    await this.assertFree(em, input.tenant, { username, email });
    if (input.person && (await em.findOne(Account, { person: input.person }))) {
      throw new ConflictError('This person already has an account.', 'duplicate', { field: 'personId' });
    }

    const account = em.create(Account, {
      tenant: input.tenant, role: input.role, displayName: input.displayName.trim(),
      username, email, person: input.person, locale: input.locale ?? 'nl',
      passwordHash: await this.passwords.hash(input.password),
    });
    em.persist(account);
    return account;
  }

  async setPassword(em: EntityManager, account: Account, password: string): Promise<void> {
    account.passwordHash = await this.passwords.hash(password);
    await this.sessions.revokeAll(em, account.id);
  }

  /** A new sign-in code for an employee, shown once to the staff member who hands it out. */
  async resetCode(em: EntityManager, account: Account): Promise<string> {
    const code = Array.from({ length: 8 }, () => CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)]).join('');
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
    logins: { username?: string; email?: string },
    exceptId?: string,
  ): Promise<void> {
    for (const [field, value] of Object.entries(logins)) {
      if (!value) continue;
      const clash = await em.findOne(Account, { tenant: tenant ?? null, [field]: value });
      if (clash && clash.id !== exceptId) {
        throw new ConflictError(`Another account already signs in with this ${field}.`, 'duplicate', { field });
      }
    }
  }
}
