/**
 * Opening a journal: identify the file, check its structure (the full integrity check runs after
 * open, in the background: db/check.ts), migrate it (after a backup), set pragmas.
 * A damaged, foreign or newer file is never modified: opening fails with a JournalOpenError
 * that says what is wrong, and the file stays exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { quickStructureCheck, StructureDamage } from './check';
import { Journal, type Clock } from './journal';
import { migrations as defaultMigrations, type Migration } from './migrations';

/** 'Crnt' — written into the SQLite header so a Carnet journal can be told from other files. */
export const APPLICATION_ID = 0x43726e74;

export type JournalOpenProblem = 'not_sqlite' | 'damaged' | 'foreign' | 'newer' | 'migration_failed';

export class JournalOpenError extends Error {
  constructor(
    readonly problem: JournalOpenProblem,
    message: string,
    readonly backupPath?: string,
  ) {
    super(message);
    this.name = 'JournalOpenError';
  }
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  clock?: Clock;
  /** Open without migrating or writing (used to inspect a file, e.g. before a restore). */
  readonly?: boolean;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

interface Inspection {
  empty: boolean;
  applied: string[];
}

/** Read-only look at an existing file: is it SQLite, intact, and a Carnet journal? */
function inspect(file: string): Inspection {
  const header = readHeader(file);
  if (!header || header.length === 0) return { empty: true, applied: [] };
  if (header.length < 16 || !header.equals(SQLITE_HEADER)) {
    throw new JournalOpenError('not_sqlite', `${path.basename(file)} is not a Carnet journal (it is not an SQLite database). It was left untouched.`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    // A few pages, not the whole file: the full integrity_check runs after open (db/check.ts).
    try {
      quickStructureCheck(db);
    } catch (err) {
      if (!(err instanceof StructureDamage)) throw err;
      throw new JournalOpenError('damaged', `The journal ${path.basename(file)} is damaged (${err.message}). It was left untouched; restore a backup or open another file.`);
    }
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    if (tables.length === 0) return { empty: true, applied: [] };
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID || !tables.includes('carnet_migrations')) {
      throw new JournalOpenError('foreign', `${path.basename(file)} is an SQLite database of another application, not a Carnet journal. It was left untouched.`);
    }
    const applied = db.prepare('SELECT id FROM carnet_migrations ORDER BY id').pluck().all() as string[];
    return { empty: false, applied };
  } catch (err) {
    if (err instanceof JournalOpenError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new JournalOpenError('damaged', `The journal ${path.basename(file)} is damaged (${(err as Error).message}). It was left untouched; restore a backup or open another file.`);
    }
    throw err;
  } finally {
    db?.close();
  }
}

function backupPathFor(file: string, before: string, clock: Clock): string {
  const stamp = clock().toISOString().replace(/[:.]/g, '-');
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.before-${before}.${stamp}.sqlite`);
}

export function openJournal(file: string, options: OpenOptions = {}): Journal {
  const list = options.migrations ?? defaultMigrations;
  const clock = options.clock ?? (() => new Date());
  const exists = fs.existsSync(file);
  const found = exists ? inspect(file) : { empty: true, applied: [] };

  const known = new Set(list.map((m) => m.id));
  const unknown = found.applied.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new JournalOpenError('newer', `This journal was written by a newer version of Carnet (it has ${unknown.join(', ')}). Update Carnet to open it; the file was left untouched.`);
  }

  if (options.readonly) {
    if (!exists) throw new JournalOpenError('not_sqlite', `${file} does not exist.`);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    return new Journal(db, file, clock);
  }

  if (!exists) fs.mkdirSync(path.dirname(file), { recursive: true });
  const pending = list.filter((m) => !found.applied.includes(m.id));

  // Back up before touching an existing journal's schema (a consistent copy, via VACUUM INTO).
  let backupPath: string | undefined;
  if (!found.empty && pending.length > 0) {
    backupPath = backupPathFor(file, pending[0]!.id, clock);
    const src = new Database(file, { readonly: true, fileMustExist: true });
    try {
      src.prepare('VACUUM INTO ?').run(backupPath);
    } finally {
      src.close();
    }
  }

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: each commit is synced to disk, so a power loss cannot take the last ones (NORMAL in
    // WAL mode can). Writes here are a person's edits, a few a minute: the fsync costs nothing felt.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (found.empty) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec('CREATE TABLE IF NOT EXISTS carnet_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) WITHOUT ROWID');
    }
    const record = db.prepare('INSERT INTO carnet_migrations (id, applied_at) VALUES (?, ?)');
    for (const migration of pending) {
      try {
        db.transaction(() => {
          db.exec(migration.sql);
          record.run(migration.id, clock().toISOString());
        }).immediate();
      } catch (err) {
        throw new JournalOpenError(
          'migration_failed',
          `Updating the journal failed at step ${migration.id} (${(err as Error).message}). The journal was left as it was` +
            (backupPath ? `, and a copy was saved at ${backupPath}.` : '.'),
          backupPath,
        );
      }
    }
    // Writes keep foreign keys; only a migration (which may rebuild tables) can break them here.
    // Otherwise the background check (db/check.ts) looks for broken links.
    const fk = pending.length > 0 ? (db.pragma('foreign_key_check') as unknown[]) : [];
    if (fk.length > 0) {
      throw new JournalOpenError('damaged', `The journal has ${fk.length} broken links between records. It was left as it was; restore a backup.`);
    }
    return new Journal(db, file, clock);
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The schema as SQL text, for the snapshot test and for restore checks. */
export function schemaOf(journal: Journal): string {
  const rows = journal.sqlite
    .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .pluck()
    .all() as string[];
  return rows.map((s) => s.trim() + ';').join('\n\n') + '\n';
}
