/**
 * 005: full-text search over every record and note (SQLite FTS5).
 *
 * One index, `search_index (title, body)`, holds one document per searchable record. The
 * document's rowid says what it is: `rowid = record id * 16 + kind code` (codes below), so a
 * record's document is found, replaced and deleted by rowid, never by scanning the index.
 * Codes 1–7 are used; 8–15 are free for kinds added by later migrations.
 *
 * The index is kept in sync by triggers on the source tables: a write to a record (or to one
 * of its parts — a trip's wishlist, a receipt's items, an order's history) rebuilds that
 * record's document inside the very statement, so inside the very transaction, that changed
 * it. A rolled-back write rolls the index back with it; no service has to remember to
 * reindex. Every rebuild is "delete the document, then insert it again from the source row",
 * which is idempotent and right in any order (a cascade deleting a trip's wishlist after the
 * trip itself finds no trip and leaves no document).
 *
 * Tokenizer: unicode61 with remove_diacritics 2, so "sevres" finds "Sèvres" and "Étoupe" is
 * found by "etoupe"; prefix indexes of 2 and 3 characters keep search-as-you-type fast.
 *
 * A document also holds the name of the boutique its record names, so "sevres" finds what
 * happened at Sèvres; renaming a boutique rebuilds the documents that name it.
 *
 * Built from the table below at load time, but the resulting text is fixed: editing this file
 * after it landed would change a landed migration. Append-only like every migration.
 */

interface Part {
  /** A table whose rows are part of the document (their text is in it). */
  table: string;
  /** The column naming the record the part belongs to. */
  key: string;
  /** Columns whose change changes the document. */
  watch: string[];
}

interface Reference {
  /** A record the document names (its boutique): renaming it rebuilds every document pointing at it. */
  table: string;
  /** The document's column pointing at it. */
  key: string;
  watch: string[];
}

interface DocumentKind {
  code: number;
  table: string;
  /** Columns of the record itself whose change changes the document. */
  watch: string[];
  /** SQL over the record aliased `r`: the document's title (weighted above the body in ranking). */
  title: string;
  /** SQL over `r`: the rest of the document's words, joined with ' · ' so a snippet reads well. */
  body: string;
  parts: Part[];
  references: Reference[];
}

const boutique: Reference = { table: 'boutiques', key: 'boutique_id', watch: ['name'] };
const boutiqueName = '(SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)';

const kinds: DocumentKind[] = [
  {
    code: 1,
    table: 'trips',
    watch: ['title', 'city', 'hotel_name', 'hotel_concierge', 'notes'],
    title: 'r.title',
    body: `concat_ws(' · ', r.city, r.hotel_name, r.hotel_concierge,
      (SELECT group_concat(concat_ws(' ', w.model, w.size, w.leather, w.colour, w.hardware), ' · ' ORDER BY w.position) FROM trip_wishlist w WHERE w.trip_id = r.id),
      (SELECT group_concat(c.name, ' · ' ORDER BY c.position) FROM trip_companions c WHERE c.trip_id = r.id),
      r.notes)`,
    parts: [
      { table: 'trip_wishlist', key: 'trip_id', watch: ['trip_id', 'position', 'model', 'size', 'leather', 'colour', 'hardware'] },
      { table: 'trip_companions', key: 'trip_id', watch: ['trip_id', 'position', 'name'] },
    ],
    references: [],
  },
  {
    code: 2,
    table: 'contacts',
    watch: ['name', 'boutique_id', 'department', 'email', 'notes'],
    title: 'r.name',
    body: `concat_ws(' · ', ${boutiqueName}, r.department, r.email, r.notes)`,
    parts: [],
    references: [boutique],
  },
  {
    code: 3,
    table: 'contact_interactions',
    watch: ['summary'],
    title: 'NULL',
    body: 'r.summary',
    parts: [],
    references: [],
  },
  {
    code: 4,
    table: 'purchases',
    watch: ['boutique_id', 'notes'],
    title: `(SELECT group_concat(i.description, ', ' ORDER BY i.position) FROM purchase_items i WHERE i.purchase_id = r.id)`,
    body: `concat_ws(' · ', ${boutiqueName}, r.notes)`,
    parts: [{ table: 'purchase_items', key: 'purchase_id', watch: ['purchase_id', 'position', 'description'] }],
    references: [boutique],
  },
  {
    code: 5,
    table: 'appointment_attempts',
    watch: ['boutique_id', 'outcome_offered', 'outcome_bought', 'blocked_note', 'notes'],
    title: 'NULL',
    body: `concat_ws(' · ', ${boutiqueName}, r.outcome_offered, r.outcome_bought, r.blocked_note, r.notes)`,
    parts: [],
    references: [boutique],
  },
  {
    code: 6,
    table: 'special_orders',
    watch: ['model', 'size', 'boutique_id', 'exterior_leather', 'exterior_colour', 'interior_leather', 'interior_colour', 'stitching', 'hardware', 'notes'],
    title: `concat_ws(' ', r.model, r.size)`,
    body: `concat_ws(' · ', ${boutiqueName}, r.exterior_leather, r.exterior_colour, r.interior_leather, r.interior_colour, r.stitching, r.hardware,
      (SELECT group_concat(e.note, ' · ' ORDER BY e.id) FROM special_order_events e WHERE e.order_id = r.id),
      r.notes)`,
    parts: [{ table: 'special_order_events', key: 'order_id', watch: ['order_id', 'note'] }],
    references: [boutique],
  },
  {
    code: 7,
    table: 'decision_notes',
    watch: ['body'],
    title: 'NULL',
    body: 'r.body',
    parts: [],
    references: [],
  },
];

const select = (k: DocumentKind) => `SELECT r.id * 16 + ${k.code}, ${k.title}, ${k.body} FROM ${k.table} r`;

/** Rebuilds the document of record `id` (an SQL expression) of kind `k`, if `guard` holds. */
const rebuild = (k: DocumentKind, id: string, guard = '') => `
  DELETE FROM search_index WHERE rowid = (${id}) * 16 + ${k.code}${guard && ` AND ${guard}`};
  INSERT INTO search_index (rowid, title, body) ${select(k)} WHERE r.id = ${id}${guard && ` AND ${guard}`};`;

/** Rebuilds every document of kind `k` whose record matches `where` (an SQL condition over `r`). */
const rebuildWhere = (k: DocumentKind, where: string) => `
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + ${k.code} FROM ${k.table} r WHERE ${where});
  INSERT INTO search_index (rowid, title, body) ${select(k)} WHERE ${where};`;

const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');

function triggers(k: DocumentKind): string {
  const own = `
CREATE TRIGGER search_${k.table}_insert AFTER INSERT ON ${k.table} BEGIN${rebuild(k, 'new.id')}
END;
CREATE TRIGGER search_${k.table}_update AFTER UPDATE OF ${k.watch.join(', ')} ON ${k.table} WHEN ${changed(k.watch)} BEGIN${rebuild(k, 'new.id')}
END;
CREATE TRIGGER search_${k.table}_delete AFTER DELETE ON ${k.table} BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + ${k.code};
END;`;
  const parts = k.parts.map(
    (p) => `
CREATE TRIGGER search_${p.table}_insert AFTER INSERT ON ${p.table} BEGIN${rebuild(k, `new.${p.key}`)}
END;
CREATE TRIGGER search_${p.table}_update AFTER UPDATE OF ${p.watch.join(', ')} ON ${p.table} WHEN ${changed(p.watch)} BEGIN${rebuild(k, `old.${p.key}`, `old.${p.key} IS NOT new.${p.key}`)}${rebuild(k, `new.${p.key}`)}
END;
CREATE TRIGGER search_${p.table}_delete AFTER DELETE ON ${p.table} BEGIN${rebuild(k, `old.${p.key}`)}
END;`,
  );
  return own + parts.join('');
}

/** One trigger per referenced table, rebuilding the documents of every kind that names the changed row. */
function referenceTriggers(): string {
  const byTable = new Map<string, { ref: Reference; kind: DocumentKind }[]>();
  for (const kind of kinds) for (const ref of kind.references) byTable.set(ref.table, [...(byTable.get(ref.table) ?? []), { ref, kind }]);
  return [...byTable]
    .map(([table, uses]) => {
      const watch = [...new Set(uses.flatMap((u) => u.ref.watch))];
      return `
CREATE TRIGGER search_${table}_update AFTER UPDATE OF ${watch.join(', ')} ON ${table} WHEN ${changed(watch)} BEGIN${uses.map((u) => rebuildWhere(u.kind, `r.${u.ref.key} = new.id`)).join('')}
END;`;
    })
    .join('\n');
}

export const sql = `
CREATE VIRTUAL TABLE search_index USING fts5(
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
${kinds.map(triggers).join('\n')}
${referenceTriggers()}

-- Index what the journal already holds.
${kinds.map((k) => `INSERT INTO search_index (rowid, title, body) ${select(k)};`).join('\n')}
`;
