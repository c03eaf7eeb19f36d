/**
 * 026: the price book. A price the user saw (in a boutique, on a receipt, in a source they name)
 * for one item — model, size, leather, hardware — in one country's currency on one day. Carnet
 * never fetches prices: every row is the user's. Amounts are integer minor units.
 */
export const sql = `
CREATE TABLE price_entries (
  id INTEGER PRIMARY KEY,
  model TEXT NOT NULL CHECK (length(trim(model)) BETWEEN 1 AND 100),
  size TEXT CHECK (size IS NULL OR length(size) <= 40),
  leather TEXT CHECK (leather IS NULL OR length(leather) <= 60),
  hardware TEXT CHECK (hardware IS NULL OR length(hardware) <= 60),
  country TEXT NOT NULL CHECK (length(country) = 2),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  price_minor INTEGER NOT NULL CHECK (price_minor > 0 AND price_minor <= 10000000000000),
  seen_on TEXT NOT NULL CHECK (seen_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  boutique_id INTEGER REFERENCES boutiques(id) ON DELETE SET NULL,
  source TEXT CHECK (source IS NULL OR length(source) <= 500),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX price_entries_item ON price_entries (model, size, country, seen_on);
`;
