/**
 * Where the key that seals identity numbers comes from. The key never lives in the journal, so
 * a copied journal or backup does not give the numbers away.
 *
 * - In the app: `WrappedKeyFile` with Electron's `safeStorage` as the wrapper (the OS keychain /
 *   DPAPI / libsecret encrypts the key file; only this user on this computer can unwrap it).
 * - In the web harness and tests: `WrappedKeyFile` with `plainWrapper`, or `fixedKey`.
 *
 * Synchronous on purpose: channel handlers are synchronous (one transaction, no interleaving),
 * and safeStorage's encryptString / decryptString are synchronous too.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const KEY_BYTES = 32;

export interface KeyProvider {
  /** The 32-byte AES-256 key; created on first use. Throws when no key can be had. */
  key(): Buffer;
}

/** What wraps the key file: Electron's `safeStorage` fits this shape exactly. */
export interface KeyWrapper {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/** Stores the key as clear hex: for the web harness and tests only, never the app. */
export const plainWrapper: KeyWrapper = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(plain, 'utf8'),
  decryptString: (sealed) => sealed.toString('utf8'),
};

export class KeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyUnavailableError';
  }
}

/**
 * A key kept in one file, wrapped by `wrapper`. Created with a fresh random key the first time;
 * written to a temporary name, synced and renamed, so a crash never leaves half a key. An
 * existing key file is never replaced: losing it would make every stored number unreadable.
 */
export class WrappedKeyFile implements KeyProvider {
  private cached: Buffer | null = null;

  constructor(
    readonly file: string,
    private readonly wrapper: KeyWrapper,
  ) {}

  key(): Buffer {
    if (this.cached) return this.cached;
    if (!this.wrapper.isEncryptionAvailable()) {
      throw new KeyUnavailableError('This computer offers no protected key store, so identity numbers cannot be stored or read here.');
    }
    if (fs.existsSync(this.file)) {
      const hex = this.wrapper.decryptString(fs.readFileSync(this.file)).trim();
      if (!/^[0-9a-f]{64}$/.test(hex)) {
        throw new KeyUnavailableError(`The identity-number key in ${path.basename(this.file)} cannot be read; the file was left as it is.`);
      }
      this.cached = Buffer.from(hex, 'hex');
      return this.cached;
    }
    const fresh = crypto.randomBytes(KEY_BYTES);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeSync(fd, this.wrapper.encryptString(fresh.toString('hex')));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      // link() fails if another process created the key meanwhile: theirs wins, ours is dropped.
      fs.linkSync(temp, this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      fs.rmSync(temp, { force: true });
      return this.key();
    }
    fs.rmSync(temp, { force: true });
    this.cached = fresh;
    return fresh;
  }
}

/** A key held in memory (tests). */
export const fixedKey = (key: Buffer): KeyProvider => {
  if (key.length !== KEY_BYTES) throw new Error(`An identity key is ${KEY_BYTES} bytes; got ${key.length}.`);
  return { key: () => key };
};
