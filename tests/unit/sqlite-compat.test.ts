/**
 * The journal is a file "you can copy anywhere": other SQLite programs must be able to open it.
 * The oldest we promise is SQLite 3.37 (Ubuntu 22.04; Debian 12 and Python 3.11 have 3.40;
 * macOS Sonoma 3.43). Carnet itself runs a much newer SQLite (better-sqlite3), which happily
 * writes SQL that an older one refuses to parse — so the file is checked with older engines:
 *
 * - sql.js 1.6.2, an npm build of SQLite **3.36.0** (older than the floor): it must parse the
 *   whole schema (every table, index and trigger) and read every table. Its build has no FTS5,
 *   so the search index itself is left out of what it reads.
 * - the `sqlite3` module of the machine's Python (3.40.1 on Debian 12): it must also *write*,
 *   firing the search triggers, and Carnet must then find the new words.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import { seedSample } from '../../scripts/sample-journal';
import { tempDir } from './helpers';

const clock = () => new Date('2026-11-23T10:00:00.000Z');

/** A journal with every migration and the sample records, closed (its WAL folded into the file). */
function sampleJournal(): { file: string; counts: Record<string, number> } {
  const file = path.join(tempDir(), 'journal.sqlite');
  const journal = openJournal(file, { clock });
  seedSample(journal);
  const tables = journal.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(tables.map((t) => [t, journal.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
  journal.close();
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  return { file, counts };
}

interface SqlJsDatabase {
  exec(sql: string): { columns: string[]; values: unknown[][] }[];
  close(): void;
}
type SqlJs = { Database: new (data: Uint8Array) => SqlJsDatabase };

async function loadSqlJs(): Promise<SqlJs> {
  const require = createRequire(import.meta.url);
  const init = require('sql.js') as (config: { wasmBinary: Uint8Array }) => Promise<SqlJs>;
  const wasm = fs.readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
  return init({ wasmBinary: wasm });
}

const python = spawnSync('python3', ['-c', 'import sqlite3; print(sqlite3.sqlite_version)'], { encoding: 'utf8' });
const pythonSqlite = python.status === 0 ? python.stdout.trim() : null;
const older = (version: string) => {
  const [major, minor] = version.split('.').map(Number);
  return major === 3 && (minor ?? 99) < 44;
};

describe('a journal that older SQLite can read', () => {
  it('is parsed whole and read table by table by SQLite 3.36 (sql.js 1.6.2)', async () => {
    const { file, counts } = sampleJournal();
    const SQL = await loadSqlJs();
    const db = new SQL.Database(fs.readFileSync(file));
    try {
      expect(db.exec('SELECT sqlite_version()')[0]!.values[0]![0]).toBe('3.36.0');
      // Reading the schema parses every CREATE statement, triggers included: a syntax only a newer
      // SQLite knows fails here with "malformed database schema".
      const triggers = db.exec("SELECT name FROM sqlite_schema WHERE type = 'trigger'")[0]!.values.length;
      expect(triggers).toBeGreaterThan(30);
      expect(db.exec('PRAGMA quick_check')[0]!.values).toEqual([['ok']]);
      const read = Object.fromEntries(Object.keys(counts).map((t) => [t, db.exec(`SELECT count(*) FROM "${t}"`)[0]!.values[0]![0]]));
      expect(read).toEqual(counts);
      expect(counts['trips']).toBeGreaterThan(0);
      expect(counts['purchases']).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it.skipIf(!pythonSqlite || !older(pythonSqlite))(
    `is read and written by Python's sqlite3 (SQLite ${pythonSqlite ?? 'not found'}), its search triggers included`,
    () => {
      const { file, counts } = sampleJournal();
      const script = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
out = {"integrity": db.execute("PRAGMA integrity_check").fetchone()[0]}
out["counts"] = {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in json.loads(sys.argv[2])}
with db:
    db.execute("UPDATE trips SET notes = 'Zanzibar layover' WHERE id = (SELECT min(id) FROM trips)")
    db.execute("UPDATE purchase_items SET description = 'Quokka charm' WHERE id = (SELECT min(id) FROM purchase_items)")
    db.execute("UPDATE boutiques SET name = 'Faubourg Xylophone' WHERE code = 'fsh'")
    db.execute("UPDATE special_order_events SET note = 'Wombat update' WHERE id = (SELECT min(id) FROM special_order_events)")
    db.execute("DELETE FROM contact_interactions WHERE id = (SELECT min(id) FROM contact_interactions)")
out["fts"] = db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')").rowcount
print(json.dumps(out))
`;
      const run = spawnSync('python3', ['-c', script, file, JSON.stringify(Object.keys(counts))], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout) as { integrity: string; counts: Record<string, number> };
      expect(out.integrity).toBe('ok');
      expect(out.counts).toEqual(counts);

      // Carnet opens what the older SQLite wrote, and its search sees the words written there.
      const journal = openJournal(file, { clock });
      try {
        const dispatch = createDispatch(journal);
        for (const word of ['zanzibar', 'quokka', 'xylophone', 'wombat']) {
          const r = dispatch('search.query', { query: word });
          expect(r.ok, word).toBe(true);
          if (r.ok) expect((r.value as unknown[]).length, word).toBeGreaterThan(0);
        }
      } finally {
        journal.close();
      }
    },
  );
});
