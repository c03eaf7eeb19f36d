/**
 * The 'data' channels: exports answer content (the shell or the page writes the file), backups
 * live in the folder the data context names, and restore takes only an id from its listing.
 */
import type { BackupInfo, BackupList, dataContract } from '../../shared/api/data';
import { DomainError } from '../../shared/result';
import { dataContextOf } from '../backup/context';
import { backupInfo, listBackupFiles, writeBackupSync } from '../backup/files';
import { offsiteBackupNow, offsiteRestore, offsiteStatus, setupOffsite, turnOffOffsite } from '../backup/offsite';
import { restoreBackup } from '../backup/restore';
import type { Journal } from '../db/journal';
import { exportCsv } from '../export/csv';
import { exportIcs } from '../export/ics';
import { exportJson, importJson } from '../export/json';
import { currentLog } from '../log';
import type { DomainHandlers } from './handler';

export function backupNow(journal: Journal): BackupInfo {
  if (journal.sqlite.inTransaction) throw new DomainError('conflict', 'A change is being saved; try again in a moment.');
  const file = writeBackupSync(journal.sqlite, dataContextOf(journal).backupsDir, 'manual', new Date(journal.now()));
  return backupInfo(file)!;
}

export function listBackups(journal: Journal): BackupList {
  const { backupsDir } = dataContextOf(journal);
  return { journalPath: journal.path, backupsDir, logFile: currentLog().file, backups: listBackupFiles(backupsDir) };
}

export const dataHandlers = {
  'data.exportJson': exportJson,
  'data.importJson': importJson,
  'data.exportIcs': exportIcs,
  'data.exportCsv': exportCsv,
  'data.backupNow': backupNow,
  'data.listBackups': listBackups,
  'data.restore': restoreBackup,
  'data.journalCheck': (journal: Journal) => journal.check,
  'data.offsiteStatus': offsiteStatus,
  'data.offsiteSetup': setupOffsite,
  'data.offsiteOff': turnOffOffsite,
  'data.offsiteBackupNow': offsiteBackupNow,
  'data.offsiteRestore': offsiteRestore,
  // The desktop shell answers this one itself with a folder dialog (src/main/index.ts).
  'data.offsiteChooseFolder': () => Promise.resolve({ folder: null }),
} satisfies DomainHandlers<typeof dataContract>;
