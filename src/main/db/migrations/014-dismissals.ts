/**
 * 014: banners the user put away. One row per banner key ('note:12', 'lottery:2026-12-07:open'):
 * `until` NULL means dismissed for good; an instant means snoozed, shown again from then. A
 * table rather than a settings value: keys come and go one by one (one write per click, no
 * read-modify-write of a growing list), and the journal keeps them across reloads and restarts.
 */
export const sql = `
CREATE TABLE dismissals (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 120),
  until TEXT,
  dismissed_at TEXT NOT NULL
);
`;
