/**
 * 004: passport and ID-card numbers (asked by the Paris lottery form), one row per document,
 * for the user (person NULL) or a named companion. The number itself is never stored in clear:
 * `number_sealed` holds AES-256-GCM output (version byte, nonce, tag, ciphertext) under a key
 * that lives outside the journal (Electron safeStorage in the app), so a copied journal file
 * or backup does not give the numbers away.
 * Append-only: once landed this text never changes.
 */
export const sql = `
CREATE TABLE identity_numbers (
  id INTEGER PRIMARY KEY,
  person TEXT,                            -- NULL: the user; else a companion's name
  document TEXT NOT NULL CHECK (document IN ('passport', 'national_id')),
  issuing_country TEXT,                   -- ISO 3166-1 alpha-2, when known
  expires_on TEXT,
  number_sealed BLOB NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX identity_numbers_by_person ON identity_numbers (person);
`;
