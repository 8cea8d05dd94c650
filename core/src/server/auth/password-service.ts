import argon2 from 'argon2';
import { injectable } from 'inversify';

/** argon2id with the library's defaults (19 MiB, 2 passes), as OWASP suggests. */
@injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /**
   * Compares against a fixed hash when no account matched, so the answer takes as long as for a
   * real account and timing tells nobody which logins exist.
   */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= await this.hash('no account has this password');
    await this.verify(this.dummy, password);
    return false;
  }

  private dummy?: string;
}
