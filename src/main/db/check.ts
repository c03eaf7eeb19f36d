/**
 * Checking a journal file for damage, in two steps:
 *
 * - on open, a structural check that costs a few milliseconds whatever the file's size: the
 *   schema is read, and every table's b-tree is entered from its root down to its first and its
 *   last row (a scribbled root or interior page, a truncated file, a page of garbage where a
 *   table starts or ends all show here); a file that fails it is refused as before;
 * - after open, SQLite's full `integrity_check` (every page, every index against its table) and
 *   `foreign_key_check`, on their own read-only connection in a worker thread, so the window is
 *   usable while they read the whole file. Damage they find is kept on the journal
 *   (`journal.check`) and shown to the user as a banner (channel `data.journalCheck`).
 *
 * The full check on a twenty-year journal reads ~160 MB (1–2 s); the open check reads a few
 * dozen pages.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { JournalCheck } from '../../shared/api/data';
import type { Journal } from './journal';

/** Thrown by quickStructureCheck with what SQLite said. */
export class StructureDamage extends Error {}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The cheap check run on every open (see above). Throws StructureDamage, or SQLite's own
 * SQLITE_CORRUPT / SQLITE_NOTADB error, when the file is damaged.
 */
export function quickStructureCheck(db: Database.Database): void {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
    .all() as { name: string; sql: string | null }[];
  for (const { name, sql } of tables) {
    const withoutRowid = /WITHOUT\s+ROWID\s*$/i.test(sql ?? '');
    db.prepare(`SELECT 1 FROM ${quoted(name)} LIMIT 1`).get();
    if (!withoutRowid) db.prepare(`SELECT rowid FROM ${quoted(name)} ORDER BY rowid DESC LIMIT 1`).get();
  }
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  if (!(pageSize > 0 && pageCount > 0)) throw new StructureDamage('the page size or count in the header is not valid');
}

export interface FullCheckResult {
  /** integrity_check's findings ("ok" alone when none), at most ten. */
  integrity: string[];
  /** How many rows point at records that do not exist. */
  brokenLinks: number;
}

/** The full check, on the calling thread (used by the worker, and where a worker cannot start). */
export function fullCheckSync(file: string): FullCheckResult {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check(10)') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const brokenLinks = (db.pragma('foreign_key_check') as unknown[]).length;
    return { integrity, brokenLinks };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return { integrity: [(err as Error).message], brokenLinks: 0 };
    throw err;
  } finally {
    db.close();
  }
}

/** What to tell the user about a full check's result. */
export function describeCheck(file: string, result: FullCheckResult, at: string): JournalCheck {
  const name = path.basename(file);
  const intact = result.integrity.length === 1 && result.integrity[0] === 'ok';
  if (intact && result.brokenLinks === 0) return { state: 'ok', message: null, checkedAt: at };
  const what = intact
    ? `${result.brokenLinks} broken link${result.brokenLinks === 1 ? '' : 's'} between records`
    : `damaged pages (${result.integrity.slice(0, 2).join('; ')})`;
  return {
    state: 'damaged',
    message:
      `Carnet checked the journal ${name} after opening it and found ${what}. What you see may be incomplete, and new entries may be lost: ` +
      'restore the latest backup (Settings › Your data), or export what you can now.',
    checkedAt: at,
  };
}

// The worker's code, as CommonJS text: it needs no build step, in the tests as in the app.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const integrity = db.pragma('integrity_check(10)').map((r) => r.integrity_check);
  const brokenLinks = db.pragma('foreign_key_check').length;
  parentPort.postMessage({ integrity, brokenLinks });
} catch (err) {
  const code = String(err && err.code || '');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') parentPort.postMessage({ integrity: [String(err.message)], brokenLinks: 0 });
  else parentPort.postMessage({ failed: String(err && err.message) });
} finally {
  if (db) db.close();
}
`;

function runInWorker(file: string): Promise<FullCheckResult> {
  return new Promise((resolve, reject) => {
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER, { eval: true, workerData: { file, sqlite } });
    worker.once('message', (m: FullCheckResult | { failed: string }) => {
      void worker.terminate();
      if ('failed' in m) reject(new Error(m.failed));
      else resolve(m);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the check stopped (exit code ${code})`)));
  });
}

/**
 * Starts the full check of an open journal in the background; `journal.check` says
 * 'checking' until it ends, then 'ok' or 'damaged' with the message for the user. A check that
 * could not run at all (no worker thread here) runs on this thread instead, once.
 */
export function checkInBackground(journal: Journal): Promise<JournalCheck> {
  journal.check = { state: 'checking', message: null, checkedAt: null };
  const file = journal.path;
  const done = (result: FullCheckResult) => (journal.check = describeCheck(file, result, journal.now()));
  return runInWorker(file).then(done, () => {
    try {
      return done(fullCheckSync(file));
    } catch {
      return (journal.check = { state: 'not_checked', message: null, checkedAt: null });
    }
  });
}
