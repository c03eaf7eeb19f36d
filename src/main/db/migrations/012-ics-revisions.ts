/**
 * 012: a revision per exported calendar event. Calendar programs keep the copy with the highest
 * SEQUENCE for a UID (RFC 5545 §3.8.7.4), so an event whose time or text changed must be exported
 * with a higher one. Each export compares a hash of what it writes with the stored one and bumps
 * the sequence only when they differ; two exports with nothing changed are identical.
 */
export const sql = `
CREATE TABLE ics_revisions (
  uid TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  changed_at TEXT NOT NULL
);
`;
