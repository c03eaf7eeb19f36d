/**
 * Your data: exports (JSON, calendar, spreadsheet), import, backups and restore.
 *
 * File paths never cross this contract from the renderer. Exports answer the file's content
 * and a suggested name; the shell (native save dialog) or the page (a download) writes it.
 * Backups are named by the id (file name) the main process listed, never by a path, and
 * restore accepts only such an id: a compromised page cannot make the main process read or
 * overwrite an arbitrary file.
 */
import { z } from 'zod';
import { channel, laterChannel } from './channel';
import { day, id } from './fields';

export const BACKUP_KINDS = ['auto', 'manual', 'before-restore', 'before-import'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** What each kind of backup is, in words. */
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  auto: 'Automatic (on start)',
  manual: 'Backed up by you',
  'before-restore': 'Kept before a restore',
  'before-import': 'Kept before an import',
};

export interface BackupInfo {
  /** The backup's file name; the only way to name a backup in this contract. */
  id: string;
  kind: BackupKind;
  /** When it was taken (UTC instant). */
  createdAt: string;
  sizeBytes: number;
}

export interface BackupList {
  /** Where the journal and its backups are on this computer (shown to the user). */
  journalPath: string;
  backupsDir: string;
  /** Carnet's log of failures (no personal data in it); null when it writes to the console only. */
  logFile: string | null;
  backups: BackupInfo[];
}

export interface ExportFile {
  /** A suggested file name, e.g. carnet-2026-12-07.json. */
  fileName: string;
  mimeType: string;
  content: string;
}

export interface CalendarExport extends ExportFile {
  events: number;
}

export interface CsvExport extends ExportFile {
  rows: number;
}

export interface ImportSummary {
  /** Rows imported per table. */
  tables: Record<string, number>;
  identityNumbers: number;
  /** The backup kept of the journal's previous content (only when it was replaced). */
  backup: BackupInfo | null;
}

export interface RestoreSummary {
  restored: BackupInfo;
  /** The copy of the journal as it was just before the restore. */
  keptBefore: BackupInfo;
}

/** A backup's id: a Carnet backup file name, never a path. */
export const backupId = z
  .string({ error: 'Choose a backup from the list.' })
  .regex(/^carnet-[a-z-]+-\d{8}T\d{9}Z(-\d{1,4})?\.sqlite$/, { error: 'Choose a backup from the list.' });

/** The longest JSON export accepted for import (characters). */
export const MAX_IMPORT_CHARS = 50_000_000;

export const exportJsonInput = z
  .strictObject({
    /** Off unless the user ticked the box: passport and ID numbers are then written in clear. */
    includeIdentityNumbers: z.boolean({ error: 'Say whether to include identity numbers.' }).default(false),
  })
  .optional()
  .transform((v) => v ?? { includeIdentityNumbers: false });

export const importJsonInput = z.strictObject({
  content: z
    .string({ error: 'Choose a Carnet export file (.json).' })
    .min(1, { error: 'The file is empty.' })
    .max(MAX_IMPORT_CHARS, { error: 'The file is too large to be a Carnet export.' }),
  /** Replace a journal that already holds records (a backup of it is kept first). */
  replace: z.boolean({ error: 'Say whether to replace the journal.' }).default(false),
});

const rangeRefine = (r: { from: string; to: string }) => r.to >= r.from;

export const exportIcsInput = z
  .discriminatedUnion(
    'scope',
    [
      z.strictObject({ scope: z.literal('all') }),
      z.strictObject({ scope: z.literal('trip'), tripId: id }),
      z
        .strictObject({ scope: z.literal('range'), from: day, to: day })
        .refine(rangeRefine, { error: 'The end day must be on or after the start day.', path: ['to'] }),
    ],
    { error: 'Choose what to export: everything, one trip, or a range of days.' },
  )
  .optional()
  .transform((v) => v ?? { scope: 'all' as const });

export const CSV_KINDS = ['purchases', 'attempts', 'collection', 'prices'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export const exportCsvInput = z
  .strictObject({
    kind: z.enum(CSV_KINDS, { error: 'Choose purchases, appointment attempts, the collection or the price book.' }),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((r) => !r.from || !r.to || r.to >= r.from, { error: 'The end day must be on or after the start day.', path: ['to'] });

const none = z.undefined().or(z.strictObject({}));

/**
 * The full check of the journal file (SQLite's integrity_check and foreign_key_check), run in
 * the background after opening: 'checking' while it runs, 'damaged' with what to tell the user.
 */
export interface JournalCheck {
  state: 'not_checked' | 'checking' | 'ok' | 'damaged';
  /** For 'damaged': what was found and what to do, in a sentence or two. */
  message: string | null;
  /** When the check ended (UTC instant). */
  checkedAt: string | null;
}

/** One encrypted backup in the off-machine folder (named by its file name, never a path). */
export interface OffsiteBackupInfo {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
}

/** The second backup place: a folder the user chose (a cloud-drive folder, a USB key). */
export interface OffsiteStatus {
  /** null when off. */
  folder: string | null;
  /** Whether the passphrase is kept (wrapped by the computer's protected key store) for the daily copy. */
  passphraseKept: boolean;
  /** Where the kept passphrase is protected, in words (shown beside the passphrase field). */
  keptHow: string;
  /** How many encrypted copies are kept there (the oldest beyond are deleted). */
  keep: number;
  /** Newest first; an unreachable folder (unplugged USB key) lists none. */
  backups: OffsiteBackupInfo[];
  /** Set when the folder cannot be reached now. */
  problem: string | null;
  /** The desktop app offers a folder dialog (data.offsiteChooseFolder); the web harness takes a typed path. */
  folderDialog: boolean;
}

export const OFFSITE_MIN_PASSPHRASE = 12;

export const offsiteFileName = z
  .string({ error: 'Choose a backup from the list.' })
  .regex(/^Carnet-\d{8}T\d{9}Z(-\d{1,4})?\.carnetbackup\.age$/, { error: 'Choose a backup from the list.' });

export const offsiteSetupInput = z
  .strictObject({
    folder: z
      .string({ error: 'Choose the folder.' })
      .trim()
      .min(1, { error: 'Choose the folder.' })
      .max(4000, { error: 'That folder path is too long.' })
      .refine((f) => /^([a-zA-Z]:[\\/]|[\\/])/.test(f), { error: 'Give the folder’s full path (for example /Volumes/KEY/Carnet).' }),
    passphrase: z
      .string({ error: 'Passphrase is required.' })
      .min(OFFSITE_MIN_PASSPHRASE, { error: `The passphrase needs at least ${OFFSITE_MIN_PASSPHRASE} characters.` })
      .max(1000, { error: 'The passphrase is too long.' }),
    confirm: z.string({ error: 'Type the passphrase again.' }),
  })
  .refine((v) => v.passphrase === v.confirm, { error: 'The two passphrases are not the same.', path: ['confirm'] });

export const offsiteRestoreInput = z.strictObject({
  fileName: offsiteFileName,
  passphrase: z.string({ error: 'Passphrase is required.' }).min(1, { error: 'Passphrase is required.' }).max(1000, { error: 'The passphrase is too long.' }),
});

export interface OffsiteRestoreSummary {
  restored: OffsiteBackupInfo;
  keptBefore: BackupInfo;
}

export const dataContract = {
  'data.offsiteStatus': channel<OffsiteStatus>()(none),
  'data.offsiteSetup': channel<OffsiteStatus>()(offsiteSetupInput),
  'data.offsiteOff': channel<OffsiteStatus>()(none),
  'data.offsiteBackupNow': laterChannel<OffsiteBackupInfo>()(none),
  /** The desktop shell answers it with a native folder dialog; elsewhere `{ folder: null }`. */
  'data.offsiteChooseFolder': laterChannel<{ folder: string | null }>()(none),
  'data.offsiteRestore': laterChannel<OffsiteRestoreSummary>()(offsiteRestoreInput),
  'data.exportJson': channel<ExportFile>()(exportJsonInput),
  'data.importJson': channel<ImportSummary>()(importJsonInput),
  'data.exportIcs': channel<CalendarExport>()(exportIcsInput),
  'data.exportCsv': channel<CsvExport>()(exportCsvInput),
  'data.backupNow': channel<BackupInfo>()(none),
  'data.listBackups': channel<BackupList>()(none),
  'data.journalCheck': channel<JournalCheck>()(none),
  'data.restore': channel<RestoreSummary>()(z.strictObject({ id: backupId })),
};
