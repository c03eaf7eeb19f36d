/**
 * The content-addressed folder beside the journal: each stored file is named by the SHA-256 of
 * its bytes (`<root>/<first two hex>/<sha256>`), so a photo added twice is stored once and a
 * file can be checked against its name. Renditions sit beside it (`<sha256>.thumb.webp`,
 * `<sha256>.screen.webp`). Every write is atomic: a temporary name in the same folder, fsync,
 * rename, fsync of the folder; a failed write leaves no partial file under a real name.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../shared/result';

export type Rendition = 'thumb' | 'screen';

export const sha256 = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** `/home/me/Carnet/journal.sqlite` → `/home/me/Carnet/journal-files`. */
export function storeRootFor(journalPath: string): string {
  return path.join(path.dirname(journalPath), `${path.basename(journalPath, path.extname(journalPath))}-files`);
}

export class AttachmentStore {
  constructor(readonly root: string) {}

  pathOf(hash: string, rendition?: Rendition): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`Not a SHA-256: ${hash}`);
    return path.join(this.root, hash.slice(0, 2), rendition ? `${hash}.${rendition}.webp` : hash);
  }

  /** Writes the file unless an intact copy is already there; answers its SHA-256. */
  put(bytes: Buffer): string {
    const hash = sha256(bytes);
    const file = this.pathOf(hash);
    if (!this.intact(hash)) writeAtomic(file, bytes);
    return hash;
  }

  putRendition(hash: string, rendition: Rendition, bytes: Buffer): void {
    const file = this.pathOf(hash, rendition);
    if (!fs.existsSync(file)) writeAtomic(file, bytes);
  }

  read(hash: string, rendition?: Rendition): Buffer | null {
    try {
      return fs.readFileSync(this.pathOf(hash, rendition));
    } catch {
      return null;
    }
  }

  has(hash: string, rendition?: Rendition): boolean {
    return fs.existsSync(this.pathOf(hash, rendition));
  }

  /** The stored file's size, or null when it is not there. */
  sizeOf(hash: string): number | null {
    try {
      return fs.statSync(this.pathOf(hash)).size;
    } catch {
      return null;
    }
  }

  /** The stored file is there and its bytes still hash to its name. */
  intact(hash: string): boolean {
    const bytes = this.read(hash);
    return bytes !== null && sha256(bytes) === hash;
  }

  /** Removes a file and its renditions: only once no attachment names the hash (the caller checks). */
  remove(hash: string): void {
    for (const file of [this.pathOf(hash), this.pathOf(hash, 'thumb'), this.pathOf(hash, 'screen')]) fs.rmSync(file, { force: true });
  }
}

function writeAtomic(file: string, bytes: Buffer): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeSync(fd, bytes, 0, bytes.length, 0);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    syncDir(dir);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    const code = (err as { code?: string }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new DomainError('conflict', 'The disk is full, so the file could not be stored; nothing was added. Free some space and add it again.');
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new DomainError('conflict', `Carnet cannot write in its files folder (${dir}); nothing was added.`);
    }
    throw err;
  }
}

/** The rename itself must survive a power cut: fsync the folder (not possible on Windows: skipped). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
