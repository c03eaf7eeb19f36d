/**
 * 018: photos and documents on records. The files live beside the journal in a content-addressed
 * folder (named by the SHA-256 of the stored bytes, so a photo added twice is stored once); the
 * journal keeps only what describes them. A record is named by its kind in the record-kind
 * registry (src/shared/domain/records.ts, `attachments: true`) and its id: one table for every
 * kind, so no foreign key, and a trigger per kind removes a record's attachments with it (the
 * files stay: another attachment may use the same bytes, and a backup of the journal may too).
 * One cover per record at most (a partial unique index).
 *
 * Search: an attachment is a document of its own (kind code 10: its caption, then its file
 * name), so "counter" finds the photo captioned "At the counter"; a result opens its record.
 */
const ATTACHMENT = 10;
const attachmentDoc = (id: string) => `
  DELETE FROM search_index WHERE rowid = (${id}) * 16 + ${ATTACHMENT};
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + ${ATTACHMENT}, r.caption, r.original_name FROM attachments r WHERE r.id = ${id};`;

const FOLLOW: [kind: string, table: string][] = [
  ['trip', 'trips'],
  ['contact', 'contacts'],
  ['purchase', 'purchases'],
  ['attempt', 'appointment_attempts'],
  ['special_order', 'special_orders'],
  ['offer', 'offers'],
];

export const sql = `
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  record_kind TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  original_name TEXT NOT NULL,
  -- what is stored: photos are re-encoded without their metadata (HEIC as JPEG); PDFs as they came
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  -- what the person added (image/heic for an iPhone photo)
  source_mime TEXT NOT NULL,
  byte_size INTEGER NOT NULL CHECK (byte_size > 0),
  width INTEGER CHECK (width IS NULL OR width > 0),
  height INTEGER CHECK (height IS NULL OR height > 0),
  caption TEXT,
  taken_on TEXT,
  is_cover INTEGER NOT NULL DEFAULT 0 CHECK (is_cover IN (0, 1)),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX attachments_by_record ON attachments (record_kind, record_id, position);
CREATE INDEX attachments_by_hash ON attachments (sha256);
CREATE UNIQUE INDEX attachments_one_cover ON attachments (record_kind, record_id) WHERE is_cover = 1;
${FOLLOW.map(
  ([kind, table]) => `CREATE TRIGGER attachments_follow_${table} AFTER DELETE ON ${table} BEGIN
  DELETE FROM attachments WHERE record_kind = '${kind}' AND record_id = OLD.id;
END;`,
).join('\n')}
CREATE TRIGGER search_attachments_insert AFTER INSERT ON attachments BEGIN${attachmentDoc('new.id')}
END;
CREATE TRIGGER search_attachments_update AFTER UPDATE OF caption, original_name ON attachments WHEN old.caption IS NOT new.caption OR old.original_name IS NOT new.original_name BEGIN${attachmentDoc('new.id')}
END;
CREATE TRIGGER search_attachments_delete AFTER DELETE ON attachments BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + ${ATTACHMENT};
END;
`;
