/**
 * 020: the Trash. A deleted record is not lost at once: one row here holds, as JSON, every row
 * the delete removed (the record, its parts, its decision notes, their banner dismissals) in
 * the order they are put back, and the links that pointed at it and were set to NULL (an offer
 * that named a deleted receipt). Restoring re-inserts those rows with their ids. Kept 30 days.
 * JSON as plain TEXT, read and written by Carnet only: no json_* function in the schema, so
 * SQLite 3.37 without JSON1 opens the journal.
 */
export const sql = `
CREATE TABLE trash (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,                     -- the record kind (src/shared/domain/records.ts)
  record_id INTEGER NOT NULL,
  label TEXT NOT NULL,                    -- what the person called it when it was deleted
  rows TEXT NOT NULL,                     -- JSON [{ "table": …, "row": {…} }], parents first
  relinks TEXT NOT NULL,                  -- JSON [{ "table": …, "key": {…}, "column": …, "value": … }]
  counts TEXT NOT NULL,                   -- JSON { table: rows } of what went with it
  deleted_at TEXT NOT NULL
);

CREATE INDEX trash_by_deleted ON trash (deleted_at);

CREATE INDEX trash_by_record ON trash (kind, record_id);
`;
