/**
 * src/main/db/tables.ts is Kysely's view of the journal, written by hand (its unions and flags say
 * more than SQLite's types). This holds it against the real schema of a migrated journal: the
 * same tables, the same columns, and `| null` exactly where the column may be NULL.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempJournal } from './helpers';

const source = fs.readFileSync(new URL('../../src/main/db/tables.ts', import.meta.url), 'utf8');

/** interface name → column → may it be null? */
function declared(): Map<string, Map<string, boolean>> {
  const out = new Map<string, Map<string, boolean>>();
  for (const m of source.matchAll(/export interface (\w+Table) \{([^}]*)\}/g)) {
    const columns = new Map<string, boolean>();
    for (const line of m[2]!.split('\n')) {
      const col = /^\s*([a-z_][a-z0-9_]*)\??: (.+);/.exec(line);
      if (col) columns.set(col[1]!, /\|\s*null\b/.test(col[2]!));
    }
    out.set(m[1]!, columns);
  }
  return out;
}

/** table name → interface name, from the DB interface. */
function dbMap(): Map<string, string> {
  const db = /export interface DB \{([^}]*)\}/.exec(source)![1]!;
  return new Map([...db.matchAll(/^\s*([a-z_]+): (\w+);/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('tables.ts', () => {
  it('declares every table of the migrated journal, column by column, with NULL where the schema allows it', () => {
    const journal = tempJournal();
    const tables = journal.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name")
      .pluck()
      .all() as string[];
    const map = dbMap();
    const interfaces = declared();
    expect([...map.keys()].sort()).toEqual(tables);
    for (const table of tables) {
      const columns = journal.sqlite.prepare(`PRAGMA table_xinfo("${table}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
      const pks = columns.filter((c) => c.pk > 0);
      const rowidAlias = (c: { pk: number; type: string }) => pks.length === 1 && c.pk === 1 && c.type.toUpperCase() === 'INTEGER';
      const actual = Object.fromEntries(columns.map((c) => [c.name, c.notnull === 0 && !rowidAlias(c) && c.pk === 0]));
      const mine = Object.fromEntries(interfaces.get(map.get(table)!) ?? []);
      expect(mine, `${table} (${map.get(table)})`).toEqual(actual);
    }
  });
});
