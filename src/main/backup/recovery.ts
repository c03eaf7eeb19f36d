/**
 * When the journal cannot be opened (damaged, not SQLite, another app's file, or newer than
 * this Carnet): what the shell offers, as plain functions it calls from its recovery screen.
 *
 * - restore a backup: the backups are listed with their dates and each is checked; restoring
 *   moves the damaged file (and its -wal / -shm) aside under a new name and writes the backup
 *   in its place. The damaged file is never overwritten or deleted: the user may still want it.
 * - open another file: `openJournal` on the path the user picked (it refuses the same way).
 * - start a new journal elsewhere: only at a path where no file is (never over a file).
 * The chosen location is remembered in a small JSON file (`rememberJournalLocation`).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api/data';
import type { Clock, Journal } from '../db/journal';
import { JournalOpenError, openJournal, type JournalOpenProblem } from '../db/open';
import { listBackupFiles } from './files';
import { inspectJournalFile } from './inspect';

export type RecoveryChoice = 'restore_backup' | 'open_other' | 'start_new' | 'update_carnet';

export interface RecoveryScreen {
  problem: JournalOpenProblem;
  /** What is wrong, in a sentence (JournalOpenError's message). */
  message: string;
  /** Which choices make sense, in the order to show them. */
  choices: RecoveryChoice[];
}

/** What to tell the user and offer, for an error thrown by openJournal. */
export function recoveryScreen(err: JournalOpenError): RecoveryScreen {
  const choices: RecoveryChoice[] =
    err.problem === 'newer' ? ['update_carnet', 'open_other', 'start_new'] : ['restore_backup', 'open_other', 'start_new'];
  return { problem: err.problem, message: err.message, choices };
}

export interface RecoverableBackup extends BackupInfo {
  file: string;
  /** Whether the backup passed its checks; an unusable one says why. */
  usable: boolean;
  problem: string | null;
}

/** The backups in `backupsDir`, newest first, each checked (read-only). */
export function backupsForRecovery(backupsDir: string): RecoverableBackup[] {
  return listBackupFiles(backupsDir).map((b) => {
    const file = path.join(backupsDir, b.id);
    const inspection = inspectJournalFile(file);
    return { ...b, file, usable: inspection.ok, problem: inspection.ok ? null : inspection.message };
  });
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** A name beside `file` that no file has: journal.damaged-20261207T103000000Z.sqlite */
function asideName(file: string, when: Date): string {
  const ext = path.extname(file) || '.sqlite';
  const base = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.damaged-${when.toISOString().replace(/[-:.]/g, '')}`);
  for (let n = 0; ; n++) {
    const candidate = `${base}${n === 0 ? '' : `-${n}`}${ext}`;
    if (![candidate, ...SIDE_FILES.map((s) => candidate + s)].some((c) => fs.existsSync(c))) return candidate;
  }
}

export interface RecoveryResult {
  journalPath: string;
  /** Where the damaged file now is (null when there was no file at the journal's path). */
  damagedKeptAt: string | null;
}

/**
 * Puts the damaged journal aside (renamed, with its -wal and -shm, so a stale log can never
 * be replayed into the restored file) and writes the backup at the journal's path. The backup
 * is checked first; a bad one is refused before anything moves. Open the result with
 * `openJournal(journalPath)`, which migrates a backup from an older Carnet as usual.
 */
export function recoverFromBackup(journalPath: string, backupFile: string, clock: Clock = () => new Date()): RecoveryResult {
  const inspection = inspectJournalFile(backupFile);
  if (!inspection.ok) throw new JournalOpenError(inspection.problem === 'newer' ? 'newer' : 'damaged', `That backup cannot be used: ${inspection.message}`);
  const dir = path.dirname(journalPath);
  fs.mkdirSync(dir, { recursive: true });
  // The copy is made first, beside the journal, so nothing moves unless it succeeded.
  const temp = path.join(dir, `.${path.basename(journalPath)}.restoring`);
  for (const s of ['', ...SIDE_FILES]) fs.rmSync(temp + s, { force: true });
  const src = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    src.prepare('VACUUM INTO ?').run(temp);
  } finally {
    src.close();
  }
  let damagedKeptAt: string | null = null;
  if (fs.existsSync(journalPath)) {
    damagedKeptAt = asideName(journalPath, clock());
    fs.renameSync(journalPath, damagedKeptAt);
    for (const s of SIDE_FILES) if (fs.existsSync(journalPath + s)) fs.renameSync(journalPath + s, damagedKeptAt + s);
  } else {
    // No main file, but a stray -wal/-shm would be replayed into the restored file: set aside too.
    const strays = SIDE_FILES.filter((s) => fs.existsSync(journalPath + s));
    if (strays.length > 0) {
      const aside = asideName(journalPath, clock());
      for (const s of strays) fs.renameSync(journalPath + s, aside + s);
    }
  }
  fs.renameSync(temp, journalPath);
  return { journalPath, damagedKeptAt };
}

/**
 * A new, empty journal at `file`. Refused when something is already there: a new journal is
 * never written over a file (the user may have picked the damaged one by mistake).
 */
export function startNewJournal(file: string, clock?: Clock): Journal {
  const target = path.resolve(file);
  if (fs.existsSync(target) || SIDE_FILES.some((s) => fs.existsSync(target + s))) {
    throw new JournalOpenError('foreign', `${path.basename(target)} already exists; choose a new file name for the new journal. Nothing was changed.`);
  }
  return openJournal(target, clock ? { clock } : {});
}

/** Opens a journal the user picked; refuses damaged, foreign and newer files like any open. */
export function openOtherJournal(file: string, clock?: Clock): Journal {
  const target = path.resolve(file);
  if (!fs.existsSync(target)) throw new JournalOpenError('not_sqlite', `${path.basename(target)} does not exist.`);
  return openJournal(target, clock ? { clock } : {});
}

/** Remembers where the journal is, for the next start (a JSON file in the app's data folder). */
export function rememberJournalLocation(configFile: string, journalPath: string): void {
  fs.mkdirSync(path.dirname(configFile), { recursive: true });
  const temp = `${configFile}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ journal: path.resolve(journalPath) }, null, 2) + '\n');
  fs.renameSync(temp, configFile);
}

/** The remembered journal location, or `fallback` when none was remembered (or it is unreadable). */
export function journalLocation(configFile: string, fallback: string): string {
  try {
    const parsed = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { journal?: unknown };
    if (typeof parsed.journal === 'string' && path.isAbsolute(parsed.journal)) return parsed.journal;
  } catch {
    // No remembered location yet.
  }
  return fallback;
}
