/**
 * Restore: bring a backup's content back into the open journal.
 *
 * 1. The chosen file is inspected read-only (complete, SQLite, intact, Carnet's, not newer,
 *    its tables all there); a file that fails is refused and nothing else happens.
 * 2. A working copy is made with VACUUM INTO and brought to this Carnet's schema by the normal
 *    migrations (a backup from an older version is migrated like an older journal).
 * 3. The current journal is kept as a 'before-restore' backup.
 * 4. Every content table is replaced from the working copy in one transaction.
 *
 * The journal file stays where it is, open, with its connection: a crash at any point leaves
 * either the old content or the new, never a mix, and never a missing journal. The backup file
 * itself is only read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, RestoreSummary } from '../../shared/api/data';
import { DomainError } from '../../shared/result';
import type { Journal } from '../db/journal';
import { JournalOpenError, openJournal, schemaOf } from '../db/open';
import { dataContextOf } from './context';
import { replaceContentFrom } from './content';
import { backupInfo, listBackupFiles, writeBackupSync } from './files';
import { inspectJournalFile } from './inspect';

/** Resolves a backup id from the list the main process produced; anything else is refused. */
export function backupFileById(journal: Journal, id: string): { file: string; info: BackupInfo } {
  const dir = dataContextOf(journal).backupsDir;
  const info = listBackupFiles(dir).find((b) => b.id === id);
  if (!info) {
    const message = 'That backup is not in the list of backups (it may have been deleted); choose another.';
    throw new DomainError('not_found', message, [{ path: ['id'], message }]);
  }
  return { file: path.join(dir, info.id), info };
}

/** A migrated working copy of `file` in a fresh temporary folder; the caller removes the folder. */
function workingCopy(file: string, journal: Journal): { dir: string; copy: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-restore-'));
  const copy = path.join(dir, 'restore.sqlite');
  try {
    const src = new Database(file, { readonly: true, fileMustExist: true });
    try {
      src.prepare('VACUUM INTO ?').run(copy);
    } finally {
      src.close();
    }
    let migrated: Journal;
    try {
      migrated = openJournal(copy);
    } catch (err) {
      if (!(err instanceof JournalOpenError)) throw err;
      const message = `That backup cannot be restored: ${err.message.replace(/ ?(It|The journal|the file) was left[^.]*\./g, '')} Your journal was left as it was.`;
      throw new DomainError('invalid_input', message, [{ path: ['id'], message }]);
    }
    try {
      if (schemaOf(migrated) !== schemaOf(journal)) {
        throw new DomainError('internal', 'The backup could not be brought to this journal’s layout; your journal was left as it was.');
      }
    } finally {
      migrated.close();
    }
    return { dir, copy };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Restores from any checked file (the shell's "Restore from a file…" passes the path the user picked). */
export function restoreFromFile(journal: Journal, file: string, label = path.basename(file)): { keptBefore: BackupInfo } {
  const inspection = inspectJournalFile(file);
  if (!inspection.ok) {
    const message = `That backup cannot be restored: ${inspection.message} Your journal was left as it was.`;
    throw new DomainError('invalid_input', message, [{ path: ['id'], message }]);
  }
  const { dir, copy } = workingCopy(file, journal);
  try {
    const kept = writeBackupSync(journal.sqlite, dataContextOf(journal).backupsDir, 'before-restore', new Date(journal.now()));
    try {
      replaceContentFrom(journal, copy);
    } catch (err) {
      if (err instanceof DomainError) throw err;
      throw new DomainError('internal', `Restoring ${label} failed (${(err as Error).message}); your journal was left as it was.`);
    }
    return { keptBefore: backupInfo(kept)! };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function restoreBackup(journal: Journal, { id }: { id: string }): RestoreSummary {
  const { file, info } = backupFileById(journal, id);
  const { keptBefore } = restoreFromFile(journal, file, id);
  return { restored: info, keptBefore };
}
