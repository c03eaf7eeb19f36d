/**
 * The Trash: one mechanism for every kind of record. A delete gathers, in its transaction, every
 * row it is about to remove — the record, the rows its foreign keys cascade to, its decision
 * notes (which point at it by subject, not by a foreign key) and their banner dismissals — and
 * the links that ON DELETE SET NULL is about to clear, keeps them as JSON in one `trash` row,
 * then deletes. Restore puts those exact rows back with their ids, and the links, in one
 * transaction. Nothing here knows a particular table: the schema's foreign keys and the
 * record-kind registry say what goes with what.
 */
import { DateTime } from 'luxon';
import type Database from 'better-sqlite3';
import type { Restored, TrashEntry, TrashPreview } from '../../shared/api/trash';
import type { DomainHandlers } from './handler';
import type { trashContract } from '../../shared/api/trash';
import { RECORD_KINDS, recordKinds, type RecordKind } from '../../shared/domain/records';
import { TRASH_DAYS, goesWithSentence, relinkSentence, type TrashCount } from '../../shared/domain/trash';
import { conflict, DomainError, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';

type Row = Record<string, unknown>;

interface KeptRow {
  table: string;
  row: Row;
}

interface Relink {
  table: string;
  /** The primary key of the row that pointed at the record. */
  key: Row;
  column: string;
  value: unknown;
}

interface Reference {
  /** The table holding the foreign key. */
  table: string;
  from: string;
  /** The parent's column it points at. */
  to: string;
  onDelete: string;
}

interface Schema {
  /** Primary-key columns (rowid when none is declared). */
  keys: Map<string, string[]>;
  /** Parent table → the foreign keys pointing at it. */
  referrers: Map<string, Reference[]>;
  /** Child table → its own foreign keys. */
  parents: Map<string, Reference[]>;
  /** Tables whose key is one INTEGER PRIMARY KEY `id` (a rowid alias: a record number). */
  numbered: Set<string>;
}

const schemas = new WeakMap<Database.Database, Schema>();

/** Read once per connection: the schema does not change while Carnet runs. */
function schemaOf(db: Database.Database): Schema {
  const known = schemas.get(db);
  if (known) return known;
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT IN ('trash', 'carnet_migrations')")
    .pluck()
    .all() as string[];
  const schema: Schema = { keys: new Map(), referrers: new Map(), parents: new Map(), numbered: new Set() };
  for (const table of tables) {
    const columns = db.pragma(`table_info("${table}")`) as { name: string; type: string; pk: number }[];
    const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    schema.keys.set(table, pk.length > 0 ? pk.map((c) => c.name) : ['rowid']);
    if (pk.length === 1 && pk[0]!.name === 'id' && pk[0]!.type.toUpperCase() === 'INTEGER') schema.numbered.add(table);
    const fks = db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string; to: string | null; on_delete: string }[];
    for (const fk of fks) {
      const ref: Reference = { table, from: fk.from, to: fk.to ?? 'id', onDelete: fk.on_delete.toUpperCase() };
      schema.referrers.set(fk.table, [...(schema.referrers.get(fk.table) ?? []), ref]);
      schema.parents.set(table, [...(schema.parents.get(table) ?? []), { ...ref, table: fk.table }]);
    }
  }
  schemas.set(db, schema);
  return schema;
}

/**
 * Flags only one row of a table may hold (the home store). A restored row that held it while
 * another took it since comes back without it: the newer choice stays, and the answer says so.
 */
const ONE_HOLDER: readonly { table: string; column: string; what: string }[] = [{ table: 'boutiques', column: 'is_home', what: 'home store' }];

const kindOfTable = new Map<string, RecordKind>(recordKinds.map((k) => [RECORD_KINDS[k].table, k]));

/** Values as JSON carries them; no column of a record holds binary data, but one could. */
const encode = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? { base64: v.toString('base64') } : v]));
const decode = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v !== null && typeof v === 'object' && 'base64' in v ? Buffer.from(String((v as { base64: unknown }).base64), 'base64') : v]),
  );

function keyOf(schema: Schema, table: string, row: Row): Row {
  return Object.fromEntries((schema.keys.get(table) ?? ['rowid']).map((c) => [c, row[c]]));
}

const identity = (table: string, key: Row): string => `${table}:${JSON.stringify(key)}`;

function whereKey(key: Row): { clause: string; values: unknown[] } {
  const cols = Object.keys(key);
  return { clause: cols.map((c) => `"${c}" = ?`).join(' AND '), values: cols.map((c) => key[c]) };
}

interface Gathered {
  rows: KeptRow[];
  relinks: Relink[];
}

/** Every row a delete of the record removes, parents first, and the links it clears. */
function gather(journal: Journal, kind: RecordKind, recordId: number): Gathered {
  const db = journal.sqlite;
  const schema = schemaOf(db);
  const root = RECORD_KINDS[kind].table;
  const seen = new Set<string>();
  const rows: KeptRow[] = [];
  const relinks: Relink[] = [];
  const select = (table: string, where: string, value: unknown): Row[] =>
    db.prepare(`SELECT ${schema.keys.get(table)?.includes('rowid') ? 'rowid, ' : ''}* FROM "${table}" WHERE ${where} ORDER BY ${(schema.keys.get(table) ?? ['rowid']).map((c) => `"${c}"`).join(', ')}`).all(value) as Row[];

  const visit = (table: string, row: Row): void => {
    const id = identity(table, keyOf(schema, table, row));
    if (seen.has(id)) return;
    seen.add(id);
    rows.push({ table, row });
    // Its decision notes first: a part may point at one of them (a pinned guidance keeps its note).
    const ownKind = kindOfTable.get(table);
    if (ownKind && RECORD_KINDS[ownKind].notes) {
      for (const note of db.prepare('SELECT * FROM decision_notes WHERE subject_type = ? AND subject_id = ? ORDER BY id').all(ownKind, row['id']) as Row[]) {
        visit('decision_notes', note);
      }
    }
    // Its photos and documents (their files stay in the folder beside the journal: only the rows go).
    if (ownKind && RECORD_KINDS[ownKind].attachments) {
      for (const a of db.prepare('SELECT * FROM attachments WHERE record_kind = ? AND record_id = ? ORDER BY id').all(ownKind, row['id']) as Row[]) {
        visit('attachments', a);
      }
    }
    if (table === 'decision_notes') {
      for (const d of select('dismissals', 'key = ?', `note:${String(row['id'])}`)) visit('dismissals', d);
    }
    for (const ref of schema.referrers.get(table) ?? []) {
      const value = row[ref.to];
      if (value === null || value === undefined) continue;
      for (const child of select(ref.table, `"${ref.from}" = ?`, value)) {
        if (ref.onDelete === 'CASCADE') visit(ref.table, child);
        else if (ref.onDelete === 'SET NULL') relinks.push({ table: ref.table, key: keyOf(schema, ref.table, child), column: ref.from, value });
        // RESTRICT / NO ACTION: the owner's service refuses the delete first, with a sentence.
      }
    }
  };
  const record = db.prepare(`SELECT * FROM "${root}" WHERE id = ?`).get(recordId) as Row | undefined;
  if (!record) throw notFound(RECORD_KINDS[kind].label, recordId);
  visit(root, record);
  // A row that goes to the Trash itself comes back with its link: no separate relink.
  return { rows, relinks: relinks.filter((l) => !seen.has(identity(l.table, l.key))) };
}

function countsOf(items: readonly { table: string }[], skipFirst: boolean): TrashCount[] {
  const counts = new Map<string, number>();
  items.forEach((item, index) => {
    if (skipFirst && index === 0) return;
    counts.set(item.table, (counts.get(item.table) ?? 0) + 1);
  });
  return [...counts].map(([table, count]) => ({ table, count }));
}

/** What deleting the record would take along: the delete dialogs show it before asking. */
export function previewTrash(journal: Journal, { kind, id }: { kind: RecordKind; id: number }): TrashPreview {
  const { rows, relinks } = gather(journal, kind, id);
  const counts = countsOf(rows, true);
  const relinkCounts = countsOf(relinks, false);
  const sentence = [goesWithSentence(counts), relinkSentence(relinkCounts)].filter(Boolean).join(' ');
  return { counts, relinks: relinkCounts, sentence };
}

/**
 * Moves a record, with everything that goes with it, to the Trash: call inside the deleting
 * transaction, after the service's own checks (links that forbid the delete). Returns the entry id.
 */
export function moveToTrash(journal: Journal, kind: RecordKind, recordId: number, label: string): number {
  return journal.tx(() => {
    const db = journal.sqlite;
    const schema = schemaOf(db);
    const { rows, relinks } = gather(journal, kind, recordId);
    const entryId = journal.insert(
      journal.q.insertInto('trash').values({
        kind,
        record_id: recordId,
        label: label.slice(0, 200),
        rows: JSON.stringify(rows.map((r) => ({ table: r.table, row: encode(r.row) }))),
        relinks: JSON.stringify(relinks),
        counts: JSON.stringify(countsOf(rows, true)),
        deleted_at: journal.now(),
      }),
    );
    // Children before parents, each by its key: the cascades find nothing left, SET NULL runs.
    for (const { table, row } of [...rows].reverse()) {
      const { clause, values } = whereKey(keyOf(schema, table, row));
      db.prepare(`DELETE FROM "${table}" WHERE ${clause}`).run(...values);
    }
    return entryId;
  });
}

/**
 * What a kind's own service does once one of its records is back (the contact that a merge moved
 * away takes its records back): called inside the restoring transaction, with the entry and the
 * record's number as restored.
 */
type RestoreHook = (journal: Journal, entryId: number, restoredId: number) => void;
const restoreHooks = new Map<RecordKind, RestoreHook[]>();
export function onRestore(kind: RecordKind, hook: RestoreHook): void {
  restoreHooks.set(kind, [...(restoreHooks.get(kind) ?? []), hook]);
}

interface StoredEntry {
  id: number;
  kind: string;
  record_id: number;
  label: string;
  rows: string;
  relinks: string;
  counts: string;
  deleted_at: string;
}

const isKind = (k: string): k is RecordKind => Object.hasOwn(RECORD_KINDS, k);

const humanDay = (instant: string): string => DateTime.fromISO(instant).toFormat('ccc d LLL');

const purgeDay = (deletedAt: string): string => DateTime.fromISO(deletedAt, { zone: 'utc' }).plus({ days: TRASH_DAYS }).toISODate() ?? deletedAt.slice(0, 10);

function toEntry(e: Omit<StoredEntry, 'rows' | 'relinks'>): TrashEntry {
  const kind = isKind(e.kind) ? e.kind : 'note';
  const counts = JSON.parse(e.counts) as TrashCount[];
  return {
    id: e.id,
    kind,
    kindLabel: RECORD_KINDS[kind].label,
    recordId: e.record_id,
    label: e.label,
    deletedAt: e.deleted_at,
    purgedAfter: purgeDay(e.deleted_at),
    counts,
    goesWith: counts.length > 0 ? goesWithSentence(counts) : '',
  };
}

export function listTrash(journal: Journal): TrashEntry[] {
  // Not the kept rows themselves: a list needs only what it shows.
  const rows = journal.all(
    journal.q.selectFrom('trash').select(['id', 'kind', 'record_id', 'label', 'counts', 'deleted_at']).orderBy('deleted_at', 'desc').orderBy('id', 'desc'),
  );
  return rows.map(toEntry);
}

function findEntry(journal: Journal, input: { id: number } | { kind: RecordKind; recordId: number }): StoredEntry {
  const q = journal.q.selectFrom('trash').selectAll();
  const entry =
    'id' in input
      ? journal.first(q.where('id', '=', input.id))
      : journal.first(q.where('kind', '=', input.kind).where('record_id', '=', input.recordId).orderBy('id', 'desc'));
  if (!entry) {
    throw new DomainError('not_found', 'That is no longer in the Trash (it may have been restored or deleted forever).');
  }
  return entry as StoredEntry;
}

/** "the boutique Ginza" for a missing parent, from the Trash when it is there. */
function describeMissing(journal: Journal, table: string, value: unknown): string {
  const kind = kindOfTable.get(table);
  const what = kind ? RECORD_KINDS[kind].inSentence : table.replace(/_/g, ' ');
  if (kind && typeof value === 'number') {
    const inTrash = journal.first(journal.q.selectFrom('trash').select(['label', 'deleted_at']).where('kind', '=', kind).where('record_id', '=', value).orderBy('id', 'desc'));
    if (inTrash) return `the ${what} “${inTrash.label}”, which is in the Trash too (deleted ${humanDay(inTrash.deleted_at)}): restore it first`;
  }
  return `a ${what} that was deleted for good`;
}

/**
 * Puts an entry back as it was, in one transaction: its rows with their ids, then the links
 * other records had to it. A record added since that took one of its numbers makes it come back
 * under new numbers (its parts and notes follow). Refuses, changing nothing, when something it
 * points at is gone.
 */
export function restoreTrash(journal: Journal, input: { id: number } | { kind: RecordKind; recordId: number }): Restored {
  return journal.tx(() => {
    const db = journal.sqlite;
    const schema = schemaOf(db);
    const entry = findEntry(journal, input);
    if (!isKind(entry.kind)) throw conflict('This entry of the Trash was written by another version of Carnet and cannot be restored here.');
    const kind = entry.kind;
    const rows = (JSON.parse(entry.rows) as KeptRow[]).map((r) => ({ table: r.table, row: decode(r.row) }));
    const relinks = JSON.parse(entry.relinks) as Relink[];
    const what = `${RECORD_KINDS[kind].label} “${entry.label}”`;

    for (const { table } of rows) {
      if (!schema.keys.has(table)) throw conflict(`${what} holds rows of a table this journal does not have (${table}); nothing was restored.`);
    }

    // New numbers for records whose number a newer record took (SQLite reuses the highest).
    const renumber = new Map<string, number>();
    const exists = (table: string, key: Row): boolean => {
      const { clause, values } = whereKey(key);
      return db.prepare(`SELECT 1 FROM "${table}" WHERE ${clause}`).get(...values) !== undefined;
    };
    const next = new Map<string, number>();
    for (const { table, row } of rows) {
      if (!schema.numbered.has(table) || !exists(table, { id: row['id'] })) continue;
      const max = Math.max(next.get(table) ?? 0, (db.prepare(`SELECT coalesce(max(id), 0) FROM "${table}"`).pluck().get() as number) + 1);
      renumber.set(`${table}:${String(row['id'])}`, max);
      next.set(table, max + 1);
    }
    const moved = (table: string, value: unknown): unknown => renumber.get(`${table}:${String(value)}`) ?? value;
    const placed = rows.map(({ table, row }) => {
      const out: Row = { ...row };
      if (schema.numbered.has(table)) out['id'] = moved(table, row['id']);
      for (const fk of schema.parents.get(table) ?? []) if (fk.to === 'id' && out[fk.from] != null) out[fk.from] = moved(fk.table, out[fk.from]);
      if (table === 'decision_notes') {
        const subject = RECORD_KINDS[String(row['subject_type']) as RecordKind];
        if (subject) out['subject_id'] = moved(subject.table, row['subject_id']);
      }
      if (table === 'attachments') {
        const subject = RECORD_KINDS[String(row['record_kind']) as RecordKind];
        if (subject) out['record_id'] = moved(subject.table, row['record_id']);
      }
      if (table === 'dismissals') {
        const m = /^note:(\d+)$/.exec(String(row['key']));
        if (m) out['key'] = `note:${String(moved('decision_notes', Number(m[1])))}`;
      }
      return { table, row: out };
    });

    // What the rows point at outside the entry must still be there.
    const inEntry = new Set(placed.map(({ table, row }) => identity(table, keyOf(schema, table, row))));
    for (const { table, row } of placed) {
      for (const fk of schema.parents.get(table) ?? []) {
        const value = row[fk.from];
        if (value === null || value === undefined) continue;
        if (inEntry.has(identity(fk.table, { [fk.to]: value })) || exists(fk.table, { [fk.to]: value })) continue;
        throw conflict(`${what} cannot be restored: it points at ${describeMissing(journal, fk.table, value)}. Nothing was restored.`);
      }
    }

    db.pragma('defer_foreign_keys = ON');
    for (const { table, row } of placed) {
      // A banner put away for the note: if the key is taken again, the newer choice stays.
      if (table === 'dismissals' && exists(table, keyOf(schema, table, row))) continue;
      const cols = Object.keys(row);
      try {
        db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (code.startsWith('SQLITE_CONSTRAINT')) {
          throw conflict(`${what} cannot be restored: a record added since conflicts with it (${(err as Error).message}). Nothing was restored.`);
        }
        throw err;
      }
    }

    const notes: string[] = [];
    for (const rule of ONE_HOLDER) {
      for (const { table, row } of placed) {
        if (table !== rule.table || row[rule.column] !== 1) continue;
        const others = db.prepare(`SELECT count(*) FROM "${table}" WHERE "${rule.column}" = 1 AND id != ?`).pluck().get(row['id']) as number;
        if (others === 0) continue;
        db.prepare(`UPDATE "${table}" SET "${rule.column}" = 0 WHERE id = ?`).run(row['id']);
        notes.push(`It is no longer your ${rule.what}: you chose another since.`);
      }
    }

    // Links other records had to it: put back where nothing else was linked since.
    let relinked = 0;
    for (const link of relinks) {
      if (!schema.keys.has(link.table)) continue;
      const { clause, values } = whereKey(link.key);
      const parent = (schema.parents.get(link.table) ?? []).find((p) => p.from === link.column);
      const value = parent && parent.to === 'id' ? moved(parent.table, link.value) : link.value;
      try {
        relinked += db.prepare(`UPDATE "${link.table}" SET "${link.column}" = ? WHERE ${clause} AND "${link.column}" IS NULL`).run(value, ...values).changes;
      } catch (err) {
        // The row changed since so that the link no longer fits (an offer no longer "taken"): leave it.
        if (!((err as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')) throw err;
      }
    }

    for (const hook of restoreHooks.get(kind) ?? []) hook(journal, entry.id, Number(placed[0]!.row['id']));

    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw conflict(`${what} cannot be restored: ${broken.length} of its links point at records no longer in the journal. Nothing was restored.`);
    journal.run(journal.q.deleteFrom('trash').where('id', '=', entry.id));
    const root = placed[0]!;
    return {
      kind,
      recordId: Number(root.row['id']),
      label: entry.label,
      screen: RECORD_KINDS[kind].screen,
      relinked,
      renumbered: renumber.size > 0 && Number(root.row['id']) !== entry.record_id,
      notes,
    };
  });
}

/** Deletes one entry forever, or all of them. */
export function purgeTrash(journal: Journal, input: { id: number } | { all: true }): { purged: number } {
  return journal.tx(() => {
    if ('id' in input) {
      findEntry(journal, input);
      return { purged: Number(journal.run(journal.q.deleteFrom('trash').where('id', '=', input.id)).changes) };
    }
    return { purged: Number(journal.run(journal.q.deleteFrom('trash')).changes) };
  });
}

/** On start: entries deleted more than 30 days ago go for good. */
export function purgeExpiredTrash(journal: Journal): number {
  const cutoff = DateTime.fromISO(journal.now(), { zone: 'utc' }).minus({ days: TRASH_DAYS }).toISO() ?? journal.now();
  return journal.tx(() => Number(journal.run(journal.q.deleteFrom('trash').where('deleted_at', '<', cutoff)).changes));
}

export const trashHandlers: DomainHandlers<typeof trashContract> = {
  'trash.list': (journal) => listTrash(journal),
  'trash.preview': previewTrash,
  'trash.restore': restoreTrash,
  'trash.purge': purgeTrash,
};
