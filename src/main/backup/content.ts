/**
 * The journal's content, table by table, as SQLite stores it — the common ground of restore,
 * export and import. "Content" is every ordinary table except `carnet_migrations` (which
 * records the schema, not the user's records); full-text indexes and other virtual tables are
 * derived and rebuilt by their triggers.
 */
import Database from 'better-sqlite3';
import type { Journal } from '../db/journal';
import { migrations as defaultMigrations } from '../db/migrations';
import { tablesOf } from './inspect';

export interface ForeignKey {
  table: string;
  from: string;
  parent: string;
  to: string;
}

export function foreignKeys(db: Database.Database, table: string): ForeignKey[] {
  return (db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string; to: string | null }[]).map((fk) => ({
    table,
    from: fk.from,
    parent: fk.table,
    to: fk.to ?? 'id',
  }));
}

/** Content tables, parents before the tables that point at them (so inserts never dangle). */
export function contentTables(db: Database.Database): string[] {
  const names = [...tablesOf(db).keys()].filter((t) => t !== 'carnet_migrations');
  const deps = new Map(names.map((t) => [t, foreignKeys(db, t).map((fk) => fk.parent).filter((p) => p !== t && names.includes(p))]));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const p of deps.get(t) ?? []) visit(p);
    visiting.delete(t);
    ordered.push(t);
  };
  for (const t of names) visit(t);
  return ordered;
}

export interface Column {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  /** Position in the primary key (1-based), 0 when not part of it. */
  pk: number;
}

export function columnsOf(db: Database.Database, table: string): Column[] {
  return (db.pragma(`table_info("${table}")`) as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[]).map((c) => ({
    name: c.name,
    type: c.type.toUpperCase(),
    notNull: c.notnull === 1,
    hasDefault: c.dflt_value !== null,
    pk: c.pk,
  }));
}

/** A stable order for a table's rows: its primary key, or rowid. */
export function orderClause(db: Database.Database, table: string): string {
  const pk = columnsOf(db, table)
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => `"${c.name}"`);
  return pk.length > 0 ? pk.join(', ') : 'rowid';
}

/** Every row of a content table in a stable order, values exactly as stored. */
export function rowsOf(db: Database.Database, table: string, schema = 'main'): Record<string, unknown>[] {
  return db.prepare(`SELECT * FROM "${schema}"."${table}" ORDER BY ${orderClause(db, table)}`).all() as Record<string, unknown>[];
}

/** An in-memory journal as new, with the same schema steps as `journal`. */
function freshLike(journal: Journal): Database.Database {
  const applied = new Set(journal.sqlite.prepare('SELECT id FROM carnet_migrations').pluck().all() as string[]);
  const fresh = new Database(':memory:');
  for (const m of defaultMigrations) if (applied.has(m.id)) fresh.exec(m.sql);
  return fresh;
}

const countOf = (db: Database.Database, table: string): number =>
  tablesOf(db).has(table) ? (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : 0;

/**
 * Whether the journal holds nothing of the user's: every content table is as a new journal
 * has it (the built-in boutiques and nothing else). Settings are preferences, not records, and
 * do not count.
 */
export function isFreshJournal(journal: Journal): boolean {
  const fresh = freshLike(journal);
  try {
    for (const table of contentTables(journal.sqlite)) {
      if (table === 'settings') continue;
      if (countOf(journal.sqlite, table) !== countOf(fresh, table)) return false;
      const mine = JSON.stringify(rowsOf(journal.sqlite, table));
      const theirs = tablesOf(fresh).has(table) ? JSON.stringify(rowsOf(fresh, table)) : '[]';
      if (mine !== theirs) return false;
    }
    return true;
  } finally {
    fresh.close();
  }
}

/** How many records the user has added (rows beyond those of a new journal), for messages. */
export function recordCount(journal: Journal): number {
  const fresh = freshLike(journal);
  try {
    let n = 0;
    for (const table of contentTables(journal.sqlite)) {
      if (table === 'settings') continue;
      n += Math.max(0, countOf(journal.sqlite, table) - countOf(fresh, table));
    }
    return Math.max(n, 1);
  } finally {
    fresh.close();
  }
}

/**
 * Replaces every content table of `journal` with the rows of the same tables in `sourceFile`
 * (which must have the same schema), in one transaction: either all of it lands or nothing
 * changes. Foreign keys are checked at the end, across the whole new content.
 */
export function replaceContentFrom(journal: Journal, sourceFile: string, options: { keep?: string[] } = {}): Record<string, number> {
  const db = journal.sqlite;
  const tables = contentTables(db).filter((t) => !(options.keep ?? []).includes(t));
  db.prepare("ATTACH DATABASE ? AS carnet_source").run(sourceFile);
  try {
    const sourceTables = new Set(
      db.prepare("SELECT name FROM carnet_source.sqlite_schema WHERE type = 'table'").pluck().all() as string[],
    );
    return journal.tx(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const table of [...tables].reverse()) db.prepare(`DELETE FROM main."${table}"`).run();
      const counts: Record<string, number> = {};
      for (const table of tables) {
        if (!sourceTables.has(table)) {
          counts[table] = 0;
          continue;
        }
        const cols = columnsOf(db, table).map((c) => `"${c.name}"`).join(', ');
        counts[table] = db
          .prepare(`INSERT INTO main."${table}" (${cols}) SELECT ${cols} FROM carnet_source."${table}" ORDER BY ${orderClause(db, table)}`)
          .run().changes;
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`The copied content has ${broken.length} broken links between records.`);
      return counts;
    });
  } finally {
    db.prepare('DETACH DATABASE carnet_source').run();
  }
}
