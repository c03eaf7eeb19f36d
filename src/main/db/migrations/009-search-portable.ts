/**
 * 009: the search triggers rewritten in SQL that every SQLite from 3.37 (Ubuntu 22.04, Debian 12,
 * macOS, Python's standard library) can read.
 *
 * Migrations 005 and 007 used `group_concat(… ORDER BY …)` and `concat_ws`, both new in SQLite
 * 3.44 (November 2023). SQLite parses every trigger when it opens a file, so an older `sqlite3`
 * refused the whole journal ("malformed database schema (search_trips_insert) - near ORDER"),
 * though the journal promises to be a file "you can copy anywhere". This migration drops those
 * triggers and creates the same ones again, with the same documents, written without them:
 *
 * - `concat_ws(sep, a, b, …)` (the non-NULL values joined by sep) is
 *   `substr(ifnull(sep || a, '') || ifnull(sep || b, '') || …, length(sep) + 1)`: each non-NULL
 *   value is prefixed by the separator, and the first separator is cut off. Exactly the same text.
 * - `group_concat(x, sep ORDER BY k)` is `group_concat` over a subquery already in that order,
 *   which SQLite aggregates in the order the subquery yields its rows.
 *
 * The documents are then rebuilt from the records (same rowids, `record id * 16 + kind code`),
 * so the index is the one the new triggers would have written.
 *
 * Self-contained and fixed like every migration: it does not import 005 or 007 (landed
 * migrations are never edited, and a later change to a shared helper would change this one).
 */

interface Part {
  table: string;
  key: string;
  watch: string[];
}

interface Reference {
  table: string;
  key: string;
  watch: string[];
}

interface DocumentKind {
  code: number;
  table: string;
  watch: string[];
  title: string;
  body: string;
  parts: Part[];
  references: Reference[];
}

/** `concat_ws(sep, …values)` for SQLite before 3.44. */
const joinNonNull = (sep: string, ...values: string[]): string =>
  `substr(${values.map((v) => `ifnull('${sep}' || (${v}), '')`).join(' || ')}, ${sep.length + 1})`;

/** `(SELECT group_concat(expr, sep ORDER BY order) FROM from WHERE where)` for SQLite before 3.44. */
const orderedList = (expr: string, sep: string, from: string, where: string, order: string): string =>
  `(SELECT group_concat(v, '${sep}') FROM (SELECT ${expr} AS v FROM ${from} WHERE ${where} ORDER BY ${order}))`;

const DOT = ' · ';
const boutique: Reference = { table: 'boutiques', key: 'boutique_id', watch: ['name'] };
const contact: Reference = { table: 'contacts', key: 'contact_id', watch: ['name'] };
const boutiqueName = '(SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)';
const contactName = '(SELECT c.name FROM contacts c WHERE c.id = r.contact_id)';

const kinds: DocumentKind[] = [
  {
    code: 1,
    table: 'trips',
    watch: ['title', 'city', 'hotel_name', 'hotel_concierge', 'notes'],
    title: 'r.title',
    body: joinNonNull(
      DOT,
      'r.city',
      'r.hotel_name',
      'r.hotel_concierge',
      orderedList(joinNonNull(' ', 'w.model', 'w.size', 'w.leather', 'w.colour', 'w.hardware'), DOT, 'trip_wishlist w', 'w.trip_id = r.id', 'w.position'),
      orderedList('c.name', DOT, 'trip_companions c', 'c.trip_id = r.id', 'c.position'),
      'r.notes',
    ),
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
    body: joinNonNull(DOT, boutiqueName, 'r.department', 'r.email', 'r.notes'),
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
    title: orderedList('i.description', ', ', 'purchase_items i', 'i.purchase_id = r.id', 'i.position'),
    body: joinNonNull(DOT, boutiqueName, 'r.notes'),
    parts: [{ table: 'purchase_items', key: 'purchase_id', watch: ['purchase_id', 'position', 'description'] }],
    references: [boutique],
  },
  {
    code: 5,
    table: 'appointment_attempts',
    watch: ['boutique_id', 'outcome_offered', 'outcome_bought', 'blocked_note', 'notes'],
    title: 'NULL',
    body: joinNonNull(DOT, boutiqueName, 'r.outcome_offered', 'r.outcome_bought', 'r.blocked_note', 'r.notes'),
    parts: [],
    references: [boutique],
  },
  {
    code: 6,
    table: 'special_orders',
    watch: ['model', 'size', 'boutique_id', 'exterior_leather', 'exterior_colour', 'interior_leather', 'interior_colour', 'stitching', 'hardware', 'notes'],
    title: joinNonNull(' ', 'r.model', 'r.size'),
    body: joinNonNull(
      DOT,
      boutiqueName,
      'r.exterior_leather',
      'r.exterior_colour',
      'r.interior_leather',
      'r.interior_colour',
      'r.stitching',
      'r.hardware',
      orderedList('e.note', DOT, 'special_order_events e', 'e.order_id = r.id', 'e.id'),
      'r.notes',
    ),
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
  {
    code: 8,
    table: 'offers',
    watch: ['model', 'size', 'boutique_id', 'contact_id', 'leather', 'colour', 'hardware', 'reason', 'notes'],
    title: joinNonNull(' ', 'r.model', 'r.size'),
    body: joinNonNull(DOT, boutiqueName, contactName, 'r.leather', 'r.colour', 'r.hardware', 'r.reason', 'r.notes'),
    parts: [],
    references: [boutique, contact],
  },
];

/** Every trigger 005 and 007 created, by name. */
const OLD_TRIGGERS = [
  ...kinds.flatMap((k) => ['insert', 'update', 'delete'].map((op) => `search_${k.table}_${op}`)),
  ...kinds.flatMap((k) => k.parts.flatMap((p) => ['insert', 'update', 'delete'].map((op) => `search_${p.table}_${op}`))),
  'search_boutiques_update',
  'search_boutiques_update_offers',
  'search_contacts_update_offers',
];

const select = (k: DocumentKind) => `SELECT r.id * 16 + ${k.code}, ${k.title}, ${k.body} FROM ${k.table} r`;

const rebuild = (k: DocumentKind, id: string, guard = '') => `
  DELETE FROM search_index WHERE rowid = (${id}) * 16 + ${k.code}${guard && ` AND ${guard}`};
  INSERT INTO search_index (rowid, title, body) ${select(k)} WHERE r.id = ${id}${guard && ` AND ${guard}`};`;

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

/** One trigger per referenced table (a renamed boutique or SA), rebuilding every document naming the row. */
function referenceTriggers(): string {
  const byTable = new Map<string, { ref: Reference; kind: DocumentKind }[]>();
  for (const kind of kinds) for (const ref of kind.references) byTable.set(ref.table, [...(byTable.get(ref.table) ?? []), { ref, kind }]);
  return [...byTable]
    .map(([table, uses]) => {
      const watch = [...new Set(uses.flatMap((u) => u.ref.watch))];
      return `
CREATE TRIGGER search_${table}_rename AFTER UPDATE OF ${watch.join(', ')} ON ${table} WHEN ${changed(watch)} BEGIN${uses.map((u) => rebuildWhere(u.kind, `r.${u.ref.key} = new.id`)).join('')}
END;`;
    })
    .join('\n');
}

export const sql = `
${OLD_TRIGGERS.map((t) => `DROP TRIGGER IF EXISTS ${t};`).join('\n')}
${kinds.map(triggers).join('\n')}
${referenceTriggers()}

-- The documents again, written as the new triggers write them.
DELETE FROM search_index;
${kinds.map((k) => `INSERT INTO search_index (rowid, title, body) ${select(k)};`).join('\n')}
`;
