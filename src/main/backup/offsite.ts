/**
 * The second backup place (issue 15): a folder the user chose (a cloud-drive folder, a USB key)
 * that receives, on the same schedule as the daily backups, the same snapshot of the journal as
 * a regular backup, encrypted with a passphrase in the age format (scrypt recipient).
 *
 * Regular backups are the SQLite snapshot only (attachment files live beside the journal and are
 * not in them), so the encrypted copy is that snapshot too.
 *
 * What is kept beside the journal (never in it): `offsite.json` (the folder and nothing else) and,
 * for the daily copy, `offsite-passphrase.bin`, the passphrase wrapped by the data context's
 * `secrets` (Electron's safeStorage in the app: the OS keychain / DPAPI / libsecret, the same
 * protection as the identity-number key). Without a protected store the passphrase is not kept.
 *
 * Files are written as `.<name>.partial`, fsynced, renamed to `Carnet-<UTC stamp>.carnetbackup.age`
 * and the folder synced; only files with that name are ever listed or deleted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { Decrypter, Encrypter } from 'age-encryption';
import type { OffsiteBackupInfo, OffsiteStatus } from '../../shared/api/data';
import { DomainError } from '../../shared/result';
import type { Journal } from '../db/journal';
import { dataContextOf } from './context';
import { restoreFromFile } from './restore';

export const OFFSITE_NAME_RE = /^Carnet-(\d{8}T\d{9}Z)(?:-(\d{1,4}))?\.carnetbackup\.age$/;
export const WRONG_PASSPHRASE = 'That passphrase does not open this backup.';
export const NO_KEY_STORE = 'This computer offers no protected key store, so the passphrase cannot be kept here and the off-machine backup cannot run.';
export const NOT_A_BACKUP = 'This file is not a Carnet backup, or it is damaged.';

/** Lower only in tests (age's default, 18, takes about a second, which is the point). */
let scryptWorkFactor: number | null = null;
export function setOffsiteWorkFactorForTests(logN: number | null): void {
  scryptWorkFactor = logN;
}

const configFile = (journal: Journal) => path.join(path.dirname(journal.path), 'offsite.json');
const secretFile = (journal: Journal) => path.join(path.dirname(journal.path), 'offsite-passphrase.bin');

function writeAtomic(file: string, bytes: Uint8Array | string, mode = 0o600): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  const fd = fs.openSync(temp, 'w', mode);
  try {
    fs.writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  syncDir(path.dirname(file));
}

function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not every platform lets a folder be synced (Windows); the rename still stands.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function offsiteFolder(journal: Journal): string | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(configFile(journal), 'utf8')) as { folder?: unknown };
    return typeof parsed.folder === 'string' && path.isAbsolute(parsed.folder) ? parsed.folder : null;
  } catch {
    return null;
  }
}

function keptPassphrase(journal: Journal): string | null {
  const { secrets } = dataContextOf(journal);
  if (!secrets?.isEncryptionAvailable()) return null;
  try {
    return secrets.decryptString(fs.readFileSync(secretFile(journal)));
  } catch {
    return null;
  }
}

const stampOf = (when: Date): string => when.toISOString().replace(/[-:.]/g, '');
const instantOf = (stamp: string): string =>
  stamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/, '$1-$2-$3T$4:$5:$6.$7Z');

/** The encrypted backups in `folder`, newest first; other files are ignored and never touched. */
export function listOffsite(folder: string): OffsiteBackupInfo[] {
  const out: OffsiteBackupInfo[] = [];
  for (const name of fs.readdirSync(folder)) {
    const m = OFFSITE_NAME_RE.exec(name);
    if (!m) continue;
    const stat = fs.lstatSync(path.join(folder, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    out.push({ fileName: name, createdAt: instantOf(m[1]!), sizeBytes: stat.size });
  }
  const counter = (n: string) => Number(OFFSITE_NAME_RE.exec(n)?.[2] ?? 0);
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || counter(b.fileName) - counter(a.fileName));
}

export function offsiteStatus(journal: Journal): OffsiteStatus {
  const context = dataContextOf(journal);
  const folder = offsiteFolder(journal);
  let backups: OffsiteBackupInfo[] = [];
  let problem: string | null = null;
  if (folder) {
    try {
      backups = listOffsite(folder);
    } catch {
      problem = `The folder ${folder} cannot be reached now (a USB key unplugged, a cloud drive not signed in?).`;
    }
  }
  return {
    folder,
    passphraseKept: folder !== null && keptPassphrase(journal) !== null,
    keptHow: context.secrets?.isEncryptionAvailable() ? context.secretsHow : NO_KEY_STORE,
    keep: context.offsiteKeep,
    backups,
    problem,
    folderDialog: context.folderDialog,
  };
}

export function setupOffsite(journal: Journal, input: { folder: string; passphrase: string }): OffsiteStatus {
  const folder = path.resolve(input.folder);
  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    const message = 'That folder does not exist (or is not a folder); choose another.';
    throw new DomainError('invalid_input', message, [{ path: ['folder'], message }]);
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    const message = 'Carnet cannot write in that folder; choose another.';
    throw new DomainError('invalid_input', message, [{ path: ['folder'], message }]);
  }
  const { secrets } = dataContextOf(journal);
  if (!secrets?.isEncryptionAvailable()) {
    const message = NO_KEY_STORE;
    throw new DomainError('invalid_input', message, [{ path: ['passphrase'], message }]);
  }
  writeAtomic(secretFile(journal), secrets.encryptString(input.passphrase));
  writeAtomic(configFile(journal), JSON.stringify({ folder }));
  return offsiteStatus(journal);
}

export function turnOffOffsite(journal: Journal): OffsiteStatus {
  fs.rmSync(secretFile(journal), { force: true });
  fs.rmSync(configFile(journal), { force: true });
  return offsiteStatus(journal);
}

/** The journal's snapshot (as a regular backup takes it), as bytes. */
function snapshotBytes(db: Database.Database): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-offsite-'));
  try {
    const file = path.join(dir, 'snapshot.sqlite');
    db.prepare('VACUUM INTO ?').run(file);
    const copy = new Database(file);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Encrypts the snapshot into `folder`, then keeps the newest `keep`. Returns what was written. */
export async function writeOffsiteBackup(db: Database.Database, folder: string, passphrase: string, when: Date, keep: number): Promise<OffsiteBackupInfo> {
  const plain = snapshotBytes(db);
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  if (scryptWorkFactor !== null) e.setScryptWorkFactor(scryptWorkFactor);
  const sealed = await e.encrypt(plain);
  let name = '';
  for (let n = 0; n < 10000; n++) {
    name = `Carnet-${stampOf(when)}${n === 0 ? '' : `-${n}`}.carnetbackup.age`;
    if (!fs.existsSync(path.join(folder, name))) break;
  }
  const file = path.join(folder, name);
  try {
    writeAtomic(file, sealed, 0o644);
  } catch (err) {
    fs.rmSync(path.join(folder, `.${name}.partial`), { force: true });
    throw err;
  }
  pruneOffsite(folder, keep);
  return { fileName: name, createdAt: when.toISOString(), sizeBytes: sealed.length };
}

/** Deletes the oldest encrypted backups beyond `keep` (only files named as Carnet's). */
export function pruneOffsite(folder: string, keep: number): string[] {
  const deleted: string[] = [];
  for (const b of listOffsite(folder).slice(Math.max(1, keep))) {
    fs.rmSync(path.join(folder, b.fileName));
    deleted.push(b.fileName);
  }
  return deleted;
}

/** "Back up there now" (the channel). */
export async function offsiteBackupNow(journal: Journal): Promise<OffsiteBackupInfo> {
  const folder = offsiteFolder(journal);
  const passphrase = keptPassphrase(journal);
  if (!folder || passphrase === null) throw new DomainError('conflict', 'Choose the off-machine folder and its passphrase first.');
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new DomainError('conflict', `The folder ${folder} cannot be reached now (a USB key unplugged, a cloud drive not signed in?). Nothing was written.`);
  }
  return writeOffsiteBackup(journal.sqlite, folder, passphrase, new Date(journal.now()), dataContextOf(journal).offsiteKeep);
}

/**
 * The daily copy, on the same schedule as the daily backups (called after backupOnStart): at most
 * one per day of the data context's zone (as the daily backups); does nothing when off, when no passphrase is kept or the folder is unreachable.
 */
export async function offsiteOnStart(journal: Journal): Promise<OffsiteBackupInfo | null> {
  const folder = offsiteFolder(journal);
  const passphrase = keptPassphrase(journal);
  if (!folder || passphrase === null || !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return null;
  const now = new Date(journal.now());
  const { zone } = dataContextOf(journal);
  const dayOf = (instant: string) => DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toISODate();
  const today = dayOf(now.toISOString());
  if (listOffsite(folder).some((b) => dayOf(b.createdAt) === today)) return null;
  return writeOffsiteBackup(journal.sqlite, folder, passphrase, now, dataContextOf(journal).offsiteKeep);
}

/** Decrypts an encrypted backup file; a wrong passphrase or damaged file is a DomainError in the user's words. */
export async function decryptOffsite(file: string, passphrase: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new DomainError('not_found', 'That backup is not in the folder any more; choose another.');
  }
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  try {
    return await d.decrypt(bytes);
  } catch (err) {
    const text = (err as Error).message ?? '';
    const wrong = /incorrect|no identity matched|failed to decrypt file key|invalid passphrase/i.test(text);
    const message = wrong ? WRONG_PASSPHRASE : NOT_A_BACKUP;
    throw new DomainError('invalid_input', message, [{ path: [wrong ? 'passphrase' : 'fileName'], message }]);
  }
}

/** Restores from an encrypted file through the regular restore (with its before-restore backup). */
export async function restoreOffsiteFile(journal: Journal, file: string, passphrase: string) {
  const plain = await decryptOffsite(file, passphrase);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-offsite-restore-'));
  try {
    const copy = path.join(dir, 'backup.sqlite');
    fs.writeFileSync(copy, plain, { mode: 0o600 });
    try {
      return restoreFromFile(journal, copy, path.basename(file));
    } catch (err) {
      if (err instanceof DomainError && err.code === 'invalid_input') {
        throw new DomainError('invalid_input', NOT_A_BACKUP, [{ path: ['fileName'], message: NOT_A_BACKUP }]);
      }
      throw err;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The channel: only a file listed in the chosen folder, by name. */
export async function offsiteRestore(journal: Journal, input: { fileName: string; passphrase: string }) {
  const folder = offsiteFolder(journal);
  const info = folder ? listOffsite(folder).find((b) => b.fileName === input.fileName) : undefined;
  if (!folder || !info) {
    const message = 'That backup is not in the off-machine folder; choose another.';
    throw new DomainError('not_found', message, [{ path: ['fileName'], message }]);
  }
  const { keptBefore } = await restoreOffsiteFile(journal, path.join(folder, info.fileName), input.passphrase);
  return { restored: info, keptBefore };
}
