/**
 * 003: offers (what an SA offered, and whether it was taken), the stores the user marks as
 * linked (their spend is read together), the price of the bag the user hopes for (one per
 * currency, for the spend ratio), and the "bought online" flag on purchases.
 * Append-only: once landed this text never changes.
 *
 * Deletion rules:
 * - an offer's decision notes go with it (the service deletes them);
 * - an offer points at the attempt / special order it came from and the purchase it became:
 *   deleting those records keeps the offer and only drops the link (SET NULL) — the offer is
 *   still history worth keeping;
 * - a boutique or contact that an offer names cannot be deleted (RESTRICT);
 * - a group's memberships are parts of it; deleting a boutique drops it from its groups.
 */
export const sql = `
CREATE TABLE offers (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,                      -- the day on the wall clock of time_zone
  time TEXT CHECK (time IS NULL OR (length(time) = 5 AND time GLOB '[0-2][0-9]:[0-5][0-9]')),
  time_zone TEXT NOT NULL,                -- the boutique's zone (Europe/Paris without a boutique)
  quota_year INTEGER NOT NULL,            -- the calendar year the offer counts in, in Paris time (computed on write)
  boutique_id INTEGER REFERENCES boutiques (id) ON DELETE RESTRICT,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE RESTRICT,
  source TEXT NOT NULL CHECK (source IN ('appointment', 'sa_call', 'walk_in', 'special_order', 'other')),
  attempt_id INTEGER REFERENCES appointment_attempts (id) ON DELETE SET NULL,
  special_order_id INTEGER REFERENCES special_orders (id) ON DELETE SET NULL,
  category TEXT NOT NULL CHECK (category IN ('bag', 'small_leather_goods', 'shoes', 'jewelry', 'scarves', 'ready_to_wear', 'home', 'other')),
  model TEXT NOT NULL,
  size TEXT,
  leather TEXT,
  colour TEXT,
  hardware TEXT,
  quota INTEGER CHECK (quota IS NULL OR (quota IN (0, 1) AND category = 'bag')),
  price_minor INTEGER CHECK (price_minor IS NULL OR price_minor >= 0),
  currency TEXT,
  decision TEXT NOT NULL CHECK (decision IN ('pending', 'taken', 'declined')),
  decided_on TEXT,
  reason TEXT,
  purchase_id INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((price_minor IS NULL) = (currency IS NULL)),
  CHECK (purchase_id IS NULL OR decision = 'taken'),
  CHECK (decision = 'pending' OR decided_on IS NOT NULL)
);
CREATE INDEX offers_by_day ON offers (day, time);
CREATE INDEX offers_by_boutique ON offers (boutique_id, day);
CREATE INDEX offers_by_year ON offers (quota_year);
CREATE INDEX offers_by_contact ON offers (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX offers_by_attempt ON offers (attempt_id) WHERE attempt_id IS NOT NULL;
CREATE INDEX offers_by_special_order ON offers (special_order_id) WHERE special_order_id IS NOT NULL;
CREATE INDEX offers_by_purchase ON offers (purchase_id) WHERE purchase_id IS NOT NULL;

CREATE TABLE store_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE store_group_members (
  group_id INTEGER NOT NULL REFERENCES store_groups (id) ON DELETE CASCADE,
  boutique_id INTEGER NOT NULL REFERENCES boutiques (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, boutique_id)
) WITHOUT ROWID;
CREATE INDEX store_group_members_by_boutique ON store_group_members (boutique_id);

-- The price of the bag the user hopes for, per currency: spend is compared only with a price
-- in its own currency (amounts are never converted).
CREATE TABLE spend_targets (
  currency TEXT PRIMARY KEY,
  price_minor INTEGER NOT NULL CHECK (price_minor > 0),
  label TEXT,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Bought online (hermes.com): shown apart from every store's spend.
ALTER TABLE purchases ADD COLUMN online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1));
`;
