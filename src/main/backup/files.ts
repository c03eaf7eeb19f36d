/**
 * Backup files: their names, how they are written, listed and pruned.
 *
 * A backup is one self-contained SQLite file (rollback journal mode, no -wal beside it) named
 * `carnet-<kind>-<UTC stamp>[-n].sqlite`. The name is the backup's identity: the renderer
 * only ever names a backup by it, and pruning only ever deletes files whose name says they
 * are automatic Carnet backups. Files are written under a hidden temporary name, checked,
 * synced and renamed, so a crash never leaves a half backup under a backup's name.
 *
 * Two ways to take the consistent snapshot, both SQLite's own (never a file copy, which can
 * catch a page mid-write or miss the -wal): better-sqlite3's online backup API (`db.backup()`,
 * asynchronous, used at start and by the shell), and `VACUUM INTO` (synchronous, used by the
 * channels, whose handlers must answer at once inside dispatch).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import type { BackupInfo, BackupKind } from '../../shared/api/data';
import { BACKUP_KINDS } from '../../shared/api/data';
import { APPLICATION_ID } from '../db/open';
import type { Clock } from '../db/journal';
import { DEFAULT_RETENTION, type Retention } from './context';

export const BACKUP_NAME_RE = new RegExp(`^carnet-(${BACKUP_KINDS.join('|')})-(\\d{8}T\\d{9}Z)(?:-(\\d{1,4}))?\\.sqlite$`);

const stampOf = (when: Date): string => when.toISOString().replace(/[-:.]/g, '');

/** The instant a backup name says it was taken. */
function instantOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = BACKUP_NAME_RE.exec(name);
  if (!m) return null;
  const createdAt = instantOfStamp(m[2]!);
  if (!DateTime.fromISO(createdAt).isValid) return null;
  return { kind: m[1] as BackupKind, createdAt };
}

/** A name not used yet in `dir` for a backup of `kind` taken at `when`. */
function freshName(dir: string, kind: BackupKind, when: Date): string {
  const base = `carnet-${kind}-${stampOf(when)}`;
  for (let n = 0; n < 10000; n++) {
    const name = `${base}${n === 0 ? '' : `-${n}`}.sqlite`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
  throw new Error(`Too many backups named ${base} in ${dir}.`);
}

function fsyncPath(p: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Directories cannot be opened for syncing on every platform (Windows); the rename still stands.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Makes the fresh copy self-contained (rollback journal, so no -wal/-shm is ever needed beside
 * it), checks it and moves it to its final name.
 */
function finish(temp: string, final: string): void {
  const copy = new Database(temp);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    const appId = copy.pragma('application_id', { simple: true });
    if (check !== 'ok' || appId !== APPLICATION_ID) {
      throw new Error(`The new backup did not pass its check (${String(check)}); it was not kept.`);
    }
  } finally {
    copy.close();
  }
  fsyncPath(temp);
  fs.renameSync(temp, final);
  fsyncPath(path.dirname(final));
}

function tempNameFor(dir: string, name: string): string {
  return path.join(dir, `.${name}.partial`);
}

function cleanup(temp: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(temp + suffix, { force: true });
}

/** A backup through `VACUUM INTO` (synchronous). `db` may be read-only. Returns the file written. */
export function writeBackupSync(db: Database.Database, dir: string, kind: BackupKind, when: Date): string {
  fs.mkdirSync(dir, { recursive: true });
  const name = freshName(dir, kind, when);
  const temp = tempNameFor(dir, name);
  cleanup(temp);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    finish(temp, path.join(dir, name));
  } catch (err) {
    cleanup(temp);
    throw err;
  }
  return path.join(dir, name);
}

/** A backup through better-sqlite3's online backup API (asynchronous). Returns the file written. */
export async function writeBackupOnline(db: Database.Database, dir: string, kind: BackupKind, when: Date): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const name = freshName(dir, kind, when);
  const temp = tempNameFor(dir, name);
  cleanup(temp);
  try {
    await db.backup(temp);
    finish(temp, path.join(dir, name));
  } catch (err) {
    cleanup(temp);
    throw err;
  }
  return path.join(dir, name);
}

/**
 * "Back up to a file I choose" (the shell asks for the path with a native save dialog, so the
 * path comes from the user, never from the page). Written beside the destination under a
 * hidden name, checked, then moved over it.
 */
export async function backupToPath(db: Database.Database, destination: string): Promise<string> {
  const dest = path.resolve(destination);
  const temp = path.join(path.dirname(dest), `.${path.basename(dest)}.partial`);
  cleanup(temp);
  try {
    await db.backup(temp);
    finish(temp, dest);
  } catch (err) {
    cleanup(temp);
    throw err;
  }
  return dest;
}

export function backupInfo(file: string): BackupInfo | null {
  const parsed = parseBackupName(path.basename(file));
  if (!parsed) return null;
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  return { id: path.basename(file), kind: parsed.kind, createdAt: parsed.createdAt, sizeBytes: stat.size };
}

/** Every Carnet backup in `dir`, newest first. Other files are ignored (and never touched). */
export function listBackupFiles(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .map((name) => backupInfo(path.join(dir, name)))
    .filter((b): b is BackupInfo => b !== null)
    .sort(newestFirst);
}

const counterOf = (id: string): number => Number(BACKUP_NAME_RE.exec(id)?.[3] ?? 0);

/** Newest first; two backups of the same millisecond by their counter (-1, -2…). */
export function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return b.createdAt.localeCompare(a.createdAt) || counterOf(b.id) - counterOf(a.id) || (a.id < b.id ? 1 : -1);
}

/**
 * Which automatic backups to keep: for each of the `daily` most recent days that have one, its
 * newest; for each of the `weekly` most recent ISO weeks that have one, its newest (the same
 * rule as restic's --keep-daily / --keep-weekly). Days and weeks are those of `zone`.
 */
export function backupsToKeep(autos: BackupInfo[], retention: Retention, zone: string): Set<string> {
  const keep = new Set<string>();
  const ordered = [...autos].sort(newestFirst);
  const pick = (periodOf: (b: BackupInfo) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of ordered) {
      const period = periodOf(b);
      if (seen.has(period)) continue;
      if (seen.size >= count) break;
      seen.add(period);
      keep.add(b.id);
    }
  };
  const local = (b: BackupInfo) => DateTime.fromISO(b.createdAt, { zone: 'utc' }).setZone(zone);
  pick((b) => local(b).toISODate()!, retention.daily);
  pick((b) => {
    const d = local(b);
    return `${d.weekYear}-W${d.weekNumber}`;
  }, retention.weekly);
  return keep;
}

/** Deletes the automatic backups the retention rule does not keep. Returns the names deleted. */
export function pruneAutoBackups(dir: string, retention: Retention = DEFAULT_RETENTION, zone = 'UTC'): string[] {
  const autos = listBackupFiles(dir).filter((b) => b.kind === 'auto');
  const keep = backupsToKeep(autos, retention, zone);
  const deleted: string[] = [];
  for (const b of autos) {
    if (keep.has(b.id)) continue;
    const file = path.join(dir, b.id);
    // Checked again right before deleting: only a regular file with an automatic backup's name.
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || parseBackupName(b.id)?.kind !== 'auto') continue;
    fs.rmSync(file);
    deleted.push(b.id);
  }
  return deleted;
}

export interface StartBackupResult {
  /** The backup written, or null when today already had one (or there is no journal yet). */
  created: string | null;
  pruned: string[];
}

/**
 * The automatic backup on start: at most one per day (the first start of the day keeps the
 * journal as it was before that day's changes), through the online backup API, then pruning.
 * Call it after `openJournal` succeeded, so only a journal that passed its checks is copied.
 */
export async function backupOnStart(
  journalPath: string,
  backupsDir: string,
  clock: Clock = () => new Date(),
  options: { retention?: Retention; zone?: string } = {},
): Promise<StartBackupResult> {
  const retention = options.retention ?? DEFAULT_RETENTION;
  const zone = options.zone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  if (!fs.existsSync(journalPath)) return { created: null, pruned: [] };
  const now = clock();
  const today = DateTime.fromJSDate(now).setZone(zone).toISODate();
  const hasToday = listBackupFiles(backupsDir).some(
    (b) => b.kind === 'auto' && DateTime.fromISO(b.createdAt, { zone: 'utc' }).setZone(zone).toISODate() === today,
  );
  let created: string | null = null;
  if (!hasToday) {
    const db = new Database(journalPath, { readonly: true, fileMustExist: true });
    try {
      created = await writeBackupOnline(db, backupsDir, 'auto', now);
    } finally {
      db.close();
    }
  }
  return { created, pruned: pruneAutoBackups(backupsDir, retention, zone) };
}
