/**
 * 002: what the user did with Carnet's guidance on a special order (pinned it as a note, or
 * dismissed it, so it is not offered again), and the user's own swatch colours for colour
 * names (a season's colour Carnet does not know, or a shade the user sees differently).
 * Append-only: once landed this text never changes.
 */
export const sql = `
-- One choice per order and piece of guidance; it goes with the order. A pinned choice keeps the
-- note it created; if the user deletes that note the choice stays (the guidance is not offered again).
CREATE TABLE guidance_choices (
  order_id INTEGER NOT NULL REFERENCES special_orders (id) ON DELETE CASCADE,
  guidance TEXT NOT NULL,
  choice TEXT NOT NULL CHECK (choice IN ('pinned', 'dismissed')),
  note_id INTEGER REFERENCES decision_notes (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (order_id, guidance)
) WITHOUT ROWID;
CREATE INDEX guidance_choices_by_note ON guidance_choices (note_id) WHERE note_id IS NOT NULL;

-- name_key: the name folded (no accents, lower case, single spaces), so "Étoupe" and "etoupe" are one colour.
CREATE TABLE custom_colours (
  name_key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  hex TEXT NOT NULL CHECK (length(hex) = 7 AND hex GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
`;
