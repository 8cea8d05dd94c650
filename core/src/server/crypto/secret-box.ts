import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject, injectable, postConstruct } from 'inversify';
import type { Logger } from 'pino';
import type { Settings } from '../config/settings.js';
import { TYPES } from '../tokens.js';

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const KEY_FILE = 'secret.key';

/**
 * Encrypts single values (the national register number) with AES-256-GCM under a key that is
 * kept outside the database: `DOTS_SECRET_KEY` (32 bytes, base64) or else `secret.key` in the
 * data folder, created with mode 0600 on first use. A copy of the database alone reveals
 * nothing; losing the key loses the values, so back it up apart from the database.
 *
 * Each value is bound to a `context` (for example the person's id) as associated data, so a
 * sealed value copied to another row does not open there.
 */
@injectable()
export class SecretBox {
  @inject(TYPES.Settings) private readonly settings!: Settings;
  @inject(TYPES.Logger) private readonly rootLog!: Logger;

  private log!: Logger;
  private key?: Buffer;
  private fingerprintKey?: Buffer;

  @postConstruct()
  protected init(): void {
    this.log = this.rootLog.child({ name: 'core:SecretBox' });
    // A malformed configured key must stop the start, not the first save of a person.
    if (this.settings.secretKey) this.key = decodeKey(this.settings.secretKey, 'DOTS_SECRET_KEY');
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
  seal(plain: string, context: string): string {
    const iv = crypto.randomBytes(IV_BYTES);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.keyOf(), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed].map(part64).join('.');
  }

  /** Throws when the value was sealed under another key or context, or was altered. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) {
      throw new Error('[DOTS_C1001] A sealed value has an unknown format.');
    }
    const nonce = Buffer.from(iv, 'base64url');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.keyOf(), nonce);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()])
      .toString('utf8');
  }

  /**
   * A keyed hash of a value, to find equal values without storing them: HMAC-SHA256 under a key
   * derived from the secret key, over `context` and the value. The same value under another
   * context (another tenant) gives another fingerprint, so rows cannot be matched across tenants.
   */
  fingerprint(plain: string, context: string): string {
    this.fingerprintKey ??= Buffer.from(
      crypto.hkdfSync('sha256', this.keyOf(), Buffer.alloc(0), 'dots-fingerprint-v1', KEY_BYTES),
    );
    return crypto.createHmac('sha256', this.fingerprintKey)
      .update(`${context}\u0000${plain}`, 'utf8')
      .digest('base64url');
  }

  private keyOf(): Buffer {
    this.key ??= this.keyFromFile();
    return this.key;
  }

  /** Reads the key file, or creates it; `wx` makes a second process read the first one's key. */
  private keyFromFile(): Buffer {
    const file = path.join(this.settings.dataDir, KEY_FILE);
    fs.mkdirSync(this.settings.dataDir, { recursive: true });
    try {
      const fresh = crypto.randomBytes(KEY_BYTES);
      fs.writeFileSync(file, `${fresh.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      this.log.info({ file }, 'secret key file created; back it up apart from the database');
      return fresh;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if ((fs.statSync(file).mode & 0o077) !== 0) {
      this.log.warn({ file }, 'secret key file is readable by others; run chmod 600 on it');
    }
    return decodeKey(fs.readFileSync(file, 'utf8').trim(), file);
  }
}

function decodeKey(base64: string, source: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(
      `[DOTS_C1002] The secret key in ${source} must be ${KEY_BYTES} bytes in base64 ` +
        '(make one with: openssl rand -base64 32).',
    );
  }
  return key;
}

function part64(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}
