/**
 * Looking at a file before trusting it as a journal: is it complete, SQLite, intact, Carnet's,
 * not newer than this Carnet, and does it really hold the tables its recorded migrations made?
 * Read-only: the file is opened with SQLite's read-only flag and never changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../db/open';
import { migrations as defaultMigrations, type Migration } from '../db/migrations';

export type FileProblem = 'missing' | 'not_sqlite' | 'truncated' | 'damaged' | 'foreign' | 'newer' | 'incomplete_schema';

export type Inspection =
  | { ok: true; applied: string[]; sizeBytes: number }
  | { ok: false; problem: FileProblem; message: string };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readBytes(file: string, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = fs.readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Table name → its columns, for the tables `list` of migrations creates (on an in-memory database). */
export function expectedTables(list: readonly Migration[]): Map<string, string[]> {
  const mem = new Database(':memory:');
  try {
    for (const m of list) mem.exec(m.sql);
    return tablesOf(mem);
  } finally {
    mem.close();
  }
}

/** Ordinary tables of a database (not virtual, shadow or SQLite's own) and their columns. */
export function tablesOf(db: Database.Database): Map<string, string[]> {
  const names = (db.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
  return new Map(names.map((n) => [n, (db.pragma(`table_info("${n}")`) as { name: string }[]).map((c) => c.name)]));
}

export function inspectJournalFile(file: string, list: readonly Migration[] = defaultMigrations): Inspection {
  const name = path.basename(file);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || !stat.isFile()) return { ok: false, problem: 'missing', message: `${name} no longer exists.` };
  const header = readBytes(file, 100);
  if (header.length < 16 || !header.subarray(0, 16).equals(SQLITE_HEADER)) {
    return { ok: false, problem: 'not_sqlite', message: `${name} is not a Carnet journal or backup (it is not an SQLite database).` };
  }
  if (header.length < 100) {
    return { ok: false, problem: 'truncated', message: `${name} is incomplete (the file was cut short).` };
  }
  // The header says how big the database is: a shorter file was cut short (a copy interrupted).
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (pageSize >= 512 && validFor && pageCount > 0 && stat.size < pageSize * pageCount) {
    return { ok: false, problem: 'truncated', message: `${name} is incomplete: it holds ${stat.size} bytes of the ${pageSize * pageCount} its header announces.` };
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (check.length !== 1 || check[0]?.integrity_check !== 'ok') {
      const detail = check.slice(0, 2).map((r) => r.integrity_check).join('; ');
      return { ok: false, problem: 'damaged', message: `${name} is damaged (${detail}).` };
    }
    const tables = tablesOf(db);
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID || !tables.has('carnet_migrations')) {
      return { ok: false, problem: 'foreign', message: `${name} is an SQLite database of another application, not a Carnet journal.` };
    }
    const applied = db.prepare('SELECT id FROM carnet_migrations ORDER BY id').pluck().all() as string[];
    const known = new Set(list.map((m) => m.id));
    const unknown = applied.filter((a) => !known.has(a));
    if (unknown.length > 0) {
      return { ok: false, problem: 'newer', message: `${name} was written by a newer version of Carnet (it has ${unknown.join(', ')}). Update Carnet to use it.` };
    }
    const expected = expectedTables(list.filter((m) => applied.includes(m.id)));
    for (const [table, columns] of expected) {
      const found = tables.get(table);
      const missing = found ? columns.filter((c) => !found.includes(c)) : columns;
      if (!found || missing.length > 0) {
        const what = found ? `the ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} of ${table}` : `the ${table} table`;
        return { ok: false, problem: 'incomplete_schema', message: `${name} lacks ${what}, so it is not a whole Carnet journal.` };
      }
    }
    return { ok: true, applied, sizeBytes: stat.size };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      return { ok: false, problem: 'damaged', message: `${name} is damaged (${(err as Error).message}).` };
    }
    throw err;
  } finally {
    db?.close();
  }
}
