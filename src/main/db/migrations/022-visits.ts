/**
 * 022: store visits. A visit to any boutique, with or without an appointment: the day and time
 * on the boutique's wall clock (with its zone kept, as offers do), who was seen, what was asked,
 * what was available or shown (free text, and one bag's specification as special orders and the
 * wishlist write it), whether the leather desk or a waiting list was involved, and the outcome.
 *
 * - A patrol — several stores in one day — is stops sharing a `patrol_id` (the id of its first
 *   stop), in the order `patrol_stop` gives.
 * - A planned visit has no outcome yet; a done one may (the service refuses a done visit dated
 *   in the future, with a sentence).
 * - The boutique and the contact are links: deleting either keeps the visit (SET NULL; the zone
 *   stays on the row, so its time still reads right).
 * - Search: a document of its own (kind code 13): the boutique's name when it was written, then
 *   what was asked, shown, the bag, and the notes. Photos follow the record (as 018 does).
 */
const VISIT = 13;

/** `concat_ws(sep, …values)` for SQLite before 3.44 (as in 009). */
const joinNonNull = (sep: string, ...values: string[]): string =>
  `substr(${values.map((v) => `ifnull('${sep}' || (${v}), '')`).join(' || ')}, ${sep.length + 1})`;

const visitDoc = `SELECT r.id * 16 + ${VISIT}, (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), ${joinNonNull(
  ' · ',
  'r.asked',
  'r.shown',
  joinNonNull(' ', 'r.model', 'r.size', 'r.exterior_leather', 'r.exterior_colour', 'r.interior_leather', 'r.interior_colour', 'r.stitching', 'r.hardware'),
  'r.notes',
)} FROM visits r`;

const WATCH = ['boutique_id', 'asked', 'shown', 'model', 'size', 'exterior_leather', 'exterior_colour', 'interior_leather', 'interior_colour', 'stitching', 'hardware', 'notes'];

const rebuild = (id: string) => `
  DELETE FROM search_index WHERE rowid = (${id}) * 16 + ${VISIT};
  INSERT INTO search_index (rowid, title, body) ${visitDoc} WHERE r.id = ${id};`;

export const sql = `
CREATE TABLE visits (
  id INTEGER PRIMARY KEY,
  patrol_id INTEGER,
  patrol_stop INTEGER CHECK (patrol_stop IS NULL OR patrol_stop >= 0),
  day TEXT NOT NULL,
  time TEXT CHECK (time IS NULL OR length(time) = 5),
  time_zone TEXT NOT NULL,
  boutique_id INTEGER REFERENCES boutiques (id) ON DELETE SET NULL,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'done')),
  asked TEXT,
  shown TEXT,
  model TEXT,
  size TEXT,
  exterior_leather TEXT,
  exterior_colour TEXT,
  interior_leather TEXT,
  interior_colour TEXT,
  stitching TEXT,
  hardware TEXT,
  leather_desk INTEGER NOT NULL DEFAULT 0 CHECK (leather_desk IN (0, 1)),
  waiting_list INTEGER NOT NULL DEFAULT 0 CHECK (waiting_list IN (0, 1)),
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('nothing', 'offered', 'bought', 'appointment_later')),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status = 'done' OR outcome IS NULL),
  CHECK ((patrol_id IS NULL) = (patrol_stop IS NULL))
);
CREATE INDEX visits_by_day ON visits (day);
CREATE INDEX visits_by_contact ON visits (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX visits_by_boutique ON visits (boutique_id) WHERE boutique_id IS NOT NULL;
CREATE INDEX visits_by_patrol ON visits (patrol_id, patrol_stop) WHERE patrol_id IS NOT NULL;

CREATE TRIGGER attachments_follow_visits AFTER DELETE ON visits BEGIN
  DELETE FROM attachments WHERE record_kind = 'visit' AND record_id = OLD.id;
END;
CREATE TRIGGER search_visits_insert AFTER INSERT ON visits BEGIN${rebuild('new.id')}
END;
CREATE TRIGGER search_visits_update AFTER UPDATE OF ${WATCH.join(', ')} ON visits WHEN ${WATCH.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ')} BEGIN${rebuild('new.id')}
END;
CREATE TRIGGER search_visits_delete AFTER DELETE ON visits BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + ${VISIT};
END;
`;
