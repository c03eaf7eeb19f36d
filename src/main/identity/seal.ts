/**
 * Sealing one identity number with AES-256-GCM (node:crypto): a fresh 12-byte nonce per seal,
 * the 16-byte tag checked on open, so a changed byte or a wrong key is detected rather than
 * read as a wrong number.
 *
 * Layout: [version 1][nonce 12][tag 16][ciphertext]. The version byte lets a later format
 * coexist with this one.
 */
import crypto from 'node:crypto';

const VERSION = 1;
const NONCE = 12;
const TAG = 16;
const AAD = Buffer.from('carnet identity number v1', 'utf8');

export function seal(plain: string, key: Buffer): Buffer {
  const nonce = crypto.randomBytes(NONCE);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
}

export class UnsealError extends Error {
  constructor() {
    super('This identity number was sealed with another key (for example on another computer) or was altered, and cannot be read here.');
    this.name = 'UnsealError';
  }
}

/** The number, or UnsealError when the key is not the one it was sealed with or the bytes changed. */
export function unseal(sealed: Buffer | Uint8Array, key: Buffer): string {
  const buf = Buffer.from(sealed);
  if (buf.length < 1 + NONCE + TAG || buf[0] !== VERSION) throw new UnsealError();
  const nonce = buf.subarray(1, 1 + NONCE);
  const tag = buf.subarray(1 + NONCE, 1 + NONCE + TAG);
  const body = buf.subarray(1 + NONCE + TAG);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(AAD);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new UnsealError();
  }
}

/** '••••••1234': a fixed run of dots (the length is not shown) and the last four characters. */
export function mask(number: string): string {
  return '••••••' + number.slice(-4);
}
