/**
 * What the command line asks of Carnet: which journal to open (`--journal PATH`) and which
 * Carnet backup files to import (a file opened with the app: double-click, "Open with", drag on
 * the icon). Pure, so it is tested under Node.
 */
import path from 'node:path';

/** Carnet backups: the full JSON export of a journal, the file type the installers register. */
export const BACKUP_EXTENSION = '.carnetbackup';

/** The journal file: `--journal PATH`, `--journal=PATH`, else journal.sqlite in the user-data folder. */
export function journalPathFrom(argv: readonly string[], userData: string, cwd = process.cwd()): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--journal=') && arg.length > '--journal='.length) return path.resolve(cwd, arg.slice('--journal='.length));
    if (arg === '--journal' && argv[i + 1] && !argv[i + 1]!.startsWith('-')) return path.resolve(cwd, argv[i + 1]!);
  }
  return path.join(userData, 'journal.sqlite');
}

/** The Carnet backup files named on a command line, as absolute paths (at most a few). */
export function backupFilesFrom(argv: readonly string[], cwd = process.cwd()): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--journal') {
      i++; // its value is a journal, never a backup to import
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(BACKUP_EXTENSION) && arg.length > BACKUP_EXTENSION.length) files.push(path.resolve(cwd, arg));
  }
  return [...new Set(files)].slice(0, 3);
}
