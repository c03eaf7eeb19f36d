/**
 * 021: contacts as relationships. Each contact may keep a keep-in-touch cadence (stored in days,
 * with the unit it was entered in so "every 6 weeks" reads back as written), a snooze and a "done"
 * day for the follow-up it produces, a birthday (month-day, optional year) and name day with how
 * many days before to be reminded, what the SA may offer, their working days (JSON array of ISO
 * weekdays 1–7), and whether and when they moved on (the contact and their history stay).
 * Gifts given, received and ideas (an idea has no day) belong to a contact and may name the
 * purchase they were bought with. A merge keeps what it moved, so it can be undone while the
 * merged-away contact is still in the Trash.
 * No json_* function in the schema: SQLite 3.37 without JSON1 opens the journal.
 */
export const sql = `
ALTER TABLE contacts ADD COLUMN cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days BETWEEN 1 AND 1826);
ALTER TABLE contacts ADD COLUMN cadence_unit TEXT CHECK (cadence_unit IS NULL OR cadence_unit IN ('days', 'weeks'));
ALTER TABLE contacts ADD COLUMN follow_up_snoozed_to TEXT;
ALTER TABLE contacts ADD COLUMN follow_up_done_on TEXT;
ALTER TABLE contacts ADD COLUMN birthday TEXT;        -- 'MM-DD'
ALTER TABLE contacts ADD COLUMN birth_year INTEGER;
ALTER TABLE contacts ADD COLUMN name_day TEXT;        -- 'MM-DD'
ALTER TABLE contacts ADD COLUMN remind_days_before INTEGER NOT NULL DEFAULT 7 CHECK (remind_days_before BETWEEN 0 AND 60);
ALTER TABLE contacts ADD COLUMN may_offer TEXT NOT NULL DEFAULT 'unknown' CHECK (may_offer IN ('leather', 'non_quota', 'none', 'unknown'));
ALTER TABLE contacts ADD COLUMN working_days TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contacts ADD COLUMN moved_on TEXT CHECK (moved_on IS NULL OR moved_on IN ('left', 'retired', 'changed_store'));
ALTER TABLE contacts ADD COLUMN moved_on_day TEXT;
ALTER TABLE contacts ADD COLUMN moved_to TEXT;

CREATE TABLE gifts (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  direction TEXT NOT NULL CHECK (direction IN ('given', 'received', 'idea')),
  what TEXT NOT NULL,
  day TEXT,
  amount_minor INTEGER CHECK (amount_minor IS NULL OR amount_minor >= 0),
  currency TEXT,
  purchase_id INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((direction = 'idea') = (day IS NULL)),
  CHECK ((amount_minor IS NULL) = (currency IS NULL))
);
CREATE INDEX gifts_by_contact ON gifts (contact_id, day);
CREATE INDEX gifts_by_purchase ON gifts (purchase_id) WHERE purchase_id IS NOT NULL;

CREATE TABLE contact_merges (
  id INTEGER PRIMARY KEY,
  kept_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  merged_id INTEGER NOT NULL,             -- the merged-away contact's number (in the Trash)
  merged_name TEXT NOT NULL,
  trash_id INTEGER NOT NULL,              -- its Trash entry
  moved TEXT NOT NULL,                    -- JSON [{ "table": …, "column": …, "ids": [...] }]
  merged_at TEXT NOT NULL
);
CREATE INDEX contact_merges_by_trash ON contact_merges (trash_id);
CREATE INDEX contact_merges_by_kept ON contact_merges (kept_id);
`;
