/**
 * 013: boutiques are the user's. A store gets its currency (ISO 4217), its street address (for
 * the .ics LOCATION and the Boutiques screen), whether it is an online store (hermes.com…), and
 * an archive day: an archived store stays on the records that name it but leaves the pickers.
 * The three built-in Paris boutiques get their public addresses and EUR.
 *
 * Search: a boutique becomes a document of its own (kind code 9: name, then city, country,
 * address and notes), so "sevres" finds the Sèvres boutique itself; and a trip's document now
 * holds the names of the boutiques it visits (trip_boutiques becomes a part of the trip, and
 * renaming a boutique rebuilds the trips visiting it). The trip triggers are the ones 009 wrote,
 * with the boutiques added; written out here in full, as every migration is self-contained.
 */

/** `concat_ws(sep, …values)` for SQLite before 3.44 (as in 009). */
const joinNonNull = (sep: string, ...values: string[]): string =>
  `substr(${values.map((v) => `ifnull('${sep}' || (${v}), '')`).join(' || ')}, ${sep.length + 1})`;

/** `(SELECT group_concat(expr, sep ORDER BY order) …)` for SQLite before 3.44 (as in 009). */
const orderedList = (expr: string, sep: string, from: string, where: string, order: string): string =>
  `(SELECT group_concat(v, '${sep}') FROM (SELECT ${expr} AS v FROM ${from} WHERE ${where} ORDER BY ${order}))`;

const DOT = ' · ';
const BOUTIQUE = 9;
const TRIP = 1;

const boutiqueDoc = `SELECT r.id * 16 + ${BOUTIQUE}, r.name, ${joinNonNull(DOT, 'r.city', 'r.country', 'r.address', "CASE WHEN r.online = 1 THEN 'online' END", 'r.notes')} FROM boutiques r`;

const tripDoc = `SELECT r.id * 16 + ${TRIP}, r.title, ${joinNonNull(
  DOT,
  'r.city',
  orderedList('b.name', DOT, 'trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id', 'tb.trip_id = r.id', 'tb.position'),
  'r.hotel_name',
  'r.hotel_concierge',
  orderedList(joinNonNull(' ', 'w.model', 'w.size', 'w.leather', 'w.colour', 'w.hardware'), DOT, 'trip_wishlist w', 'w.trip_id = r.id', 'w.position'),
  orderedList('c.name', DOT, 'trip_companions c', 'c.trip_id = r.id', 'c.position'),
  'r.notes',
)} FROM trips r`;

const rebuildTrip = (id: string) => `
  DELETE FROM search_index WHERE rowid = (${id}) * 16 + ${TRIP};
  INSERT INTO search_index (rowid, title, body) ${tripDoc} WHERE r.id = ${id};`;

const rebuildBoutique = (id: string) => `
  DELETE FROM search_index WHERE rowid = (${id}) * 16 + ${BOUTIQUE};
  INSERT INTO search_index (rowid, title, body) ${boutiqueDoc} WHERE r.id = ${id};`;

const tripWatch = ['title', 'city', 'hotel_name', 'hotel_concierge', 'notes'];
const boutiqueWatch = ['name', 'city', 'country', 'address', 'online', 'notes'];
const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');

export const sql = `
ALTER TABLE boutiques ADD COLUMN currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency)));
ALTER TABLE boutiques ADD COLUMN address TEXT;
ALTER TABLE boutiques ADD COLUMN online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1));
ALTER TABLE boutiques ADD COLUMN archived_at TEXT;

UPDATE boutiques SET currency = 'EUR', address = '24 Rue du Faubourg Saint-Honoré, 75008 Paris, France' WHERE code = 'fsh';
UPDATE boutiques SET currency = 'EUR', address = '42 Avenue George V, 75008 Paris, France' WHERE code = 'george_v';
UPDATE boutiques SET currency = 'EUR', address = '17 Rue de Sèvres, 75006 Paris, France' WHERE code = 'sevres';

-- A boutique's own document.
CREATE TRIGGER search_boutiques_insert AFTER INSERT ON boutiques BEGIN${rebuildBoutique('new.id')}
END;
CREATE TRIGGER search_boutiques_update AFTER UPDATE OF ${boutiqueWatch.join(', ')} ON boutiques WHEN ${changed(boutiqueWatch)} BEGIN${rebuildBoutique('new.id')}
END;
CREATE TRIGGER search_boutiques_delete AFTER DELETE ON boutiques BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + ${BOUTIQUE};
END;

-- A trip's document with the boutiques it visits.
DROP TRIGGER IF EXISTS search_trips_insert;
DROP TRIGGER IF EXISTS search_trips_update;
CREATE TRIGGER search_trips_insert AFTER INSERT ON trips BEGIN${rebuildTrip('new.id')}
END;
CREATE TRIGGER search_trips_update AFTER UPDATE OF ${tripWatch.join(', ')} ON trips WHEN ${changed(tripWatch)} BEGIN${rebuildTrip('new.id')}
END;
CREATE TRIGGER search_trip_boutiques_insert AFTER INSERT ON trip_boutiques BEGIN${rebuildTrip('new.trip_id')}
END;
CREATE TRIGGER search_trip_boutiques_update AFTER UPDATE OF trip_id, boutique_id, position ON trip_boutiques BEGIN${rebuildTrip('old.trip_id')}${rebuildTrip('new.trip_id')}
END;
CREATE TRIGGER search_trip_boutiques_delete AFTER DELETE ON trip_boutiques BEGIN${rebuildTrip('old.trip_id')}
END;
CREATE TRIGGER search_boutiques_rename_trips AFTER UPDATE OF name ON boutiques WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT tb.trip_id * 16 + ${TRIP} FROM trip_boutiques tb WHERE tb.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body) ${tripDoc} WHERE r.id IN (SELECT tb.trip_id FROM trip_boutiques tb WHERE tb.boutique_id = new.id);
END;

-- The documents, as the new triggers write them.
DELETE FROM search_index WHERE rowid % 16 = ${TRIP};
INSERT INTO search_index (rowid, title, body) ${tripDoc};
INSERT INTO search_index (rowid, title, body) ${boutiqueDoc};
`;
