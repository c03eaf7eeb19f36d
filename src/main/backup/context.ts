/**
 * What the data channels need besides the journal: where backups live, and where the key that
 * seals identity numbers comes from. The shell (or the web harness, or a test) attaches it to
 * a journal once after opening it; the channel handlers keep their `(journal, input)` shape.
 *
 * Without configuration: backups go to a `backups` folder beside the journal, and identity
 * numbers are refused (no key store) — never silently sealed with a key kept in the clear.
 */
import path from 'node:path';
import type { Journal } from '../db/journal';
import type { KeyProvider, KeyWrapper } from '../identity/keys';

export interface Retention {
  /** How many days (that have an automatic backup) keep their backup. */
  daily: number;
  /** How many ISO weeks (that have an automatic backup) keep their newest one. */
  weekly: number;
}

export const DEFAULT_RETENTION: Retention = { daily: 7, weekly: 8 };

export interface DataContext {
  backupsDir: string;
  keys: KeyProvider | null;
  retention: Retention;
  /** The zone whose calendar days and weeks group automatic backups (the computer's own). */
  zone: string;
  /**
   * What wraps the off-machine backup's passphrase when it is kept for the daily copy (the same
   * protected key store as the identity key: Electron's safeStorage in the app). null: never kept.
   */
  secrets: KeyWrapper | null;
  /** How the kept passphrase is protected, in the user's words. */
  secretsHow: string;
  /** How many encrypted copies the off-machine folder keeps. */
  offsiteKeep: number;
  /** Whether the shell answers data.offsiteChooseFolder with a folder dialog (the desktop app). */
  folderDialog: boolean;
}

const contexts = new WeakMap<Journal, DataContext>();

export const defaultBackupsDir = (journalPath: string): string => path.join(path.dirname(journalPath), 'backups');

export function configureData(journal: Journal, options: Partial<DataContext>): DataContext {
  const context: DataContext = { ...dataContextOf(journal), ...options };
  contexts.set(journal, context);
  return context;
}

export function dataContextOf(journal: Journal): DataContext {
  return (
    contexts.get(journal) ?? {
      backupsDir: defaultBackupsDir(journal.path),
      keys: null,
      retention: DEFAULT_RETENTION,
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      secrets: null,
      secretsHow: 'This computer offers no protected key store, so the passphrase cannot be kept here.',
      offsiteKeep: 10,
      folderDialog: false,
    }
  );
}
