/**
 * 019: the standing wishlist and the collection.
 *
 * - `wishlist_items`: what the user wants, with the special-order specification (model, size,
 *   exterior/interior leather and colour, stitching, hardware), a priority (1 must have, 2 would
 *   love, 3 if offered), acceptable alternatives in the user's words, a status (wanted → offered →
 *   bought, or let go), notes, and links to the offer that matched it and the purchase that
 *   fulfilled it (SET NULL: deleting either keeps the wish). A let-go wish names no purchase.
 * - Today's per-trip wishlists are carried over, losing nothing: every trip_wishlist row stays
 *   (with its per-trip found / offered state) and now points at a standing item. Rows that name
 *   the same bag (model, size, leather, colour, hardware, ignoring case and spaces) on several
 *   trips become one standing item: its priority the highest they had, its status the furthest
 *   along (bought > offered > wanted), its notes naming the trips it came from.
 * - `collection_items`: a bag or small leather good added by hand (a gift, pre-owned, bought before
 *   Carnet) with its provenance; or, with `purchase_item_id`, what the user records about a bag
 *   bought in Carnet (the purchase line itself is the record: nothing is entered twice). Leaving
 *   the collection (sold, given away) is a day and a how on the row; the row stays.
 * - Search: both are documents of their own (kind codes 14 and 15).
 */

const DOT = ' · ';
const WISH = 14;
const OWNED = 15;

/** `concat_ws(sep, …values)` for SQLite before 3.44 (as in 009). */
const joinNonNull = (sep: string, ...values: string[]): string =>
  `substr(${values.map((v) => `ifnull('${sep}' || (${v}), '')`).join(' || ')}, ${sep.length + 1})`;
/** The same, NULL when every value is (so it can be one value of an outer join). */
const part = (...values: string[]): string => `nullif(${joinNonNull(' ', ...values)}, '')`;

const SPEC = ['model', 'size', 'exterior_leather', 'exterior_colour', 'interior_leather', 'interior_colour', 'stitching', 'hardware'];
const specColumns = (model: string) => `
  model TEXT${model} CHECK (model IS NULL OR length(model) BETWEEN 1 AND 100),
  size TEXT,
  exterior_leather TEXT,
  exterior_colour TEXT,
  interior_leather TEXT,
  interior_colour TEXT,
  stitching TEXT,
  hardware TEXT,`;

const wishDoc = `SELECT r.id * 16 + ${WISH}, ${joinNonNull(' ', 'r.model', 'r.size')}, ${joinNonNull(
  DOT,
  part('r.exterior_leather', 'r.exterior_colour'),
  part('r.interior_leather', 'r.interior_colour'),
  'r.stitching',
  'r.hardware',
  'r.alternatives',
  'r.notes',
)} FROM wishlist_items r`;

const ownedDoc = `SELECT r.id * 16 + ${OWNED}, ${joinNonNull(' ', 'r.model', 'r.size')}, ${joinNonNull(
  DOT,
  part('r.exterior_leather', 'r.exterior_colour'),
  part('r.interior_leather', 'r.interior_colour'),
  'r.stitching',
  'r.hardware',
  'r.acquired_where',
  'r.acquired_from',
  'r.notes',
)} FROM collection_items r WHERE r.model IS NOT NULL`;

const rebuild = (code: number, doc: string, id: string) => `
  DELETE FROM search_index WHERE rowid = (${id}) * 16 + ${code};
  INSERT INTO search_index (rowid, title, body) ${doc} AND r.id = ${id};`;

const wishWatch = [...SPEC, 'alternatives', 'notes'];
const ownedWatch = [...SPEC, 'acquired_where', 'acquired_from', 'notes'];
const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');

/** The key two trip wishes share when they name the same bag. */
const sameBag = (a: string, b: string) =>
  ['model', 'size', 'leather', 'colour', 'hardware'].map((c) => `lower(trim(${a}.${c})) IS lower(trim(${b}.${c}))`).join(' AND ');

export const sql = `
CREATE TABLE wishlist_items (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,${specColumns(' NOT NULL')}
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
  alternatives TEXT,
  status TEXT NOT NULL CHECK (status IN ('wanted', 'offered', 'bought', 'let_go')),
  offer_id INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  purchase_id INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (NOT (status = 'let_go' AND purchase_id IS NOT NULL))
);
CREATE INDEX wishlist_items_by_position ON wishlist_items (position);
CREATE INDEX wishlist_items_by_offer ON wishlist_items (offer_id) WHERE offer_id IS NOT NULL;
CREATE INDEX wishlist_items_by_purchase ON wishlist_items (purchase_id) WHERE purchase_id IS NOT NULL;

ALTER TABLE trip_wishlist ADD COLUMN wishlist_item_id INTEGER REFERENCES wishlist_items (id) ON DELETE SET NULL;
CREATE INDEX trip_wishlist_by_item ON trip_wishlist (wishlist_item_id) WHERE wishlist_item_id IS NOT NULL;

CREATE TABLE collection_items (
  id INTEGER PRIMARY KEY,
  purchase_item_id INTEGER UNIQUE REFERENCES purchase_items (id) ON DELETE CASCADE,
  category TEXT CHECK (category IS NULL OR category IN ('bag', 'small_leather_goods')),${specColumns('')}
  provenance TEXT CHECK (provenance IS NULL OR provenance IN ('gift', 'pre_owned', 'before_carnet', 'other')),
  acquired_on TEXT,
  acquired_where TEXT,
  acquired_from TEXT,
  price_minor INTEGER CHECK (price_minor IS NULL OR price_minor >= 0),
  currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency))),
  quota INTEGER CHECK (quota IS NULL OR quota IN (0, 1)),
  left_how TEXT CHECK (left_how IS NULL OR left_how IN ('sold', 'given_away')),
  left_on TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- By hand: what it is and where it came from. From a purchase line: the line says it.
  CHECK (purchase_item_id IS NOT NULL OR (model IS NOT NULL AND category IS NOT NULL AND provenance IS NOT NULL)),
  CHECK ((price_minor IS NULL) = (currency IS NULL)),
  CHECK ((left_how IS NULL) = (left_on IS NULL))
);

-- Today's trip wishlists, one standing item per bag named (see the header).
INSERT INTO wishlist_items (position, model, size, exterior_leather, exterior_colour, hardware, priority, status, notes, created_at, updated_at)
SELECT
  row_number() OVER (ORDER BY g.priority, g.first_id) - 1,
  w.model, w.size, w.leather, w.colour, w.hardware,
  g.priority,
  CASE g.rank WHEN 3 THEN 'bought' WHEN 2 THEN 'offered' ELSE 'wanted' END,
  'From the wishlist of ' || g.trips || '.',
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (
  SELECT
    min(x.id) AS first_id,
    min(x.priority) AS priority,
    max(CASE x.status WHEN 'bought' THEN 3 WHEN 'offered' THEN 2 ELSE 1 END) AS rank,
    (SELECT group_concat(title, ', ') FROM (
       SELECT DISTINCT t.title AS title FROM trip_wishlist y JOIN trips t ON t.id = y.trip_id
       WHERE ${sameBag('y', 'x')} ORDER BY t.start_day, t.id)) AS trips
  FROM trip_wishlist x
  GROUP BY lower(trim(x.model)), lower(trim(x.size)), lower(trim(x.leather)), lower(trim(x.colour)), lower(trim(x.hardware))
) g
JOIN trip_wishlist w ON w.id = g.first_id
ORDER BY g.priority, g.first_id;

UPDATE trip_wishlist SET wishlist_item_id = (
  SELECT i.id FROM wishlist_items i
  WHERE lower(trim(i.model)) IS lower(trim(trip_wishlist.model))
    AND lower(trim(i.size)) IS lower(trim(trip_wishlist.size))
    AND lower(trim(i.exterior_leather)) IS lower(trim(trip_wishlist.leather))
    AND lower(trim(i.exterior_colour)) IS lower(trim(trip_wishlist.colour))
    AND lower(trim(i.hardware)) IS lower(trim(trip_wishlist.hardware))
  ORDER BY i.id LIMIT 1
);

-- Search documents of their own.
CREATE TRIGGER search_wishlist_items_insert AFTER INSERT ON wishlist_items BEGIN${rebuild(WISH, `${wishDoc} WHERE 1`, 'new.id')}
END;
CREATE TRIGGER search_wishlist_items_update AFTER UPDATE OF ${wishWatch.join(', ')} ON wishlist_items WHEN ${changed(wishWatch)} BEGIN${rebuild(WISH, `${wishDoc} WHERE 1`, 'new.id')}
END;
CREATE TRIGGER search_wishlist_items_delete AFTER DELETE ON wishlist_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + ${WISH};
END;
CREATE TRIGGER search_collection_items_insert AFTER INSERT ON collection_items BEGIN${rebuild(OWNED, ownedDoc, 'new.id')}
END;
CREATE TRIGGER search_collection_items_update AFTER UPDATE OF ${ownedWatch.join(', ')} ON collection_items WHEN ${changed(ownedWatch)} BEGIN${rebuild(OWNED, ownedDoc, 'new.id')}
END;
CREATE TRIGGER search_collection_items_delete AFTER DELETE ON collection_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + ${OWNED};
END;

INSERT INTO search_index (rowid, title, body) ${wishDoc};
`;
