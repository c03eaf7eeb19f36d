CREATE INDEX appointment_attempts_by_appointment_boutique ON appointment_attempts (appointment_boutique_id) WHERE appointment_boutique_id IS NOT NULL;

CREATE INDEX appointment_attempts_by_boutique ON appointment_attempts (boutique_id) WHERE boutique_id IS NOT NULL;

CREATE INDEX appointment_attempts_by_companion ON appointment_attempts (companion_id) WHERE companion_id IS NOT NULL;

CREATE INDEX appointment_attempts_by_contact ON appointment_attempts (contact_id) WHERE contact_id IS NOT NULL;

CREATE INDEX appointment_attempts_by_day ON appointment_attempts (wanted_day);

CREATE INDEX appointment_attempts_by_time ON appointment_attempts (appointment_at) WHERE appointment_at IS NOT NULL;

CREATE INDEX appointment_attempts_by_trip ON appointment_attempts (trip_id);

CREATE INDEX attachments_by_hash ON attachments (sha256);

CREATE INDEX attachments_by_record ON attachments (record_kind, record_id, position);

CREATE UNIQUE INDEX attachments_one_cover ON attachments (record_kind, record_id) WHERE is_cover = 1;

CREATE INDEX contact_interactions_by_contact ON contact_interactions (contact_id, day);

CREATE INDEX contact_interactions_by_day ON contact_interactions (day);

CREATE INDEX contact_merges_by_kept ON contact_merges (kept_id);

CREATE INDEX contact_merges_by_trash ON contact_merges (trash_id);

CREATE INDEX contacts_by_boutique ON contacts (boutique_id, name);

CREATE INDEX contacts_by_follow_up ON contacts (follow_up_on) WHERE follow_up_on IS NOT NULL;

CREATE INDEX decision_notes_by_resurface ON decision_notes (resurface_on) WHERE resurface_on IS NOT NULL;

CREATE INDEX decision_notes_by_subject ON decision_notes (subject_type, subject_id, day);

CREATE INDEX gifts_by_contact ON gifts (contact_id, day);

CREATE INDEX gifts_by_purchase ON gifts (purchase_id) WHERE purchase_id IS NOT NULL;

CREATE INDEX guidance_choices_by_note ON guidance_choices (note_id) WHERE note_id IS NOT NULL;

CREATE INDEX identity_numbers_by_person ON identity_numbers (person);

CREATE INDEX offers_by_attempt ON offers (attempt_id) WHERE attempt_id IS NOT NULL;

CREATE INDEX offers_by_boutique ON offers (boutique_id, day);

CREATE INDEX offers_by_contact ON offers (contact_id) WHERE contact_id IS NOT NULL;

CREATE INDEX offers_by_day ON offers (day, time);

CREATE INDEX offers_by_purchase ON offers (purchase_id) WHERE purchase_id IS NOT NULL;

CREATE INDEX offers_by_special_order ON offers (special_order_id) WHERE special_order_id IS NOT NULL;

CREATE INDEX offers_by_year ON offers (quota_year);

CREATE INDEX price_entries_item ON price_entries (model, size, country, seen_on);

CREATE INDEX purchase_items_by_category ON purchase_items (category);

CREATE INDEX purchase_items_by_purchase ON purchase_items (purchase_id, position);

CREATE INDEX purchase_items_by_quota ON purchase_items (category, quota, purchase_id);

CREATE INDEX purchases_by_boutique ON purchases (boutique_id, day);

CREATE INDEX purchases_by_contact ON purchases (contact_id, day);

CREATE INDEX purchases_by_day ON purchases (day);

CREATE INDEX purchases_by_detaxe_form ON purchases (detaxe_form_id) WHERE detaxe_form_id IS NOT NULL;

CREATE INDEX purchases_by_trip ON purchases (trip_id);

CREATE INDEX special_order_events_by_day ON special_order_events (day);

CREATE INDEX special_order_events_by_order ON special_order_events (order_id, day, id);

CREATE INDEX special_orders_by_boutique ON special_orders (boutique_id);

CREATE INDEX special_orders_by_contact ON special_orders (contact_id) WHERE contact_id IS NOT NULL;

CREATE INDEX special_orders_by_expected ON special_orders (expected_from, expected_to);

CREATE INDEX special_orders_by_purchase ON special_orders (purchase_id) WHERE purchase_id IS NOT NULL;

CREATE INDEX store_group_members_by_boutique ON store_group_members (boutique_id);

CREATE INDEX trash_by_deleted ON trash (deleted_at);

CREATE INDEX trash_by_record ON trash (kind, record_id);

CREATE INDEX trip_boutiques_by_boutique ON trip_boutiques (boutique_id);

CREATE INDEX trip_companions_by_trip ON trip_companions (trip_id, position);

CREATE INDEX trip_wishlist_by_item ON trip_wishlist (wishlist_item_id) WHERE wishlist_item_id IS NOT NULL;

CREATE INDEX trip_wishlist_by_trip ON trip_wishlist (trip_id, position);

CREATE INDEX trips_by_days ON trips (start_day, end_day);

CREATE INDEX visits_by_boutique ON visits (boutique_id) WHERE boutique_id IS NOT NULL;

CREATE INDEX visits_by_contact ON visits (contact_id) WHERE contact_id IS NOT NULL;

CREATE INDEX visits_by_day ON visits (day);

CREATE INDEX visits_by_patrol ON visits (patrol_id, patrol_stop) WHERE patrol_id IS NOT NULL;

CREATE INDEX wishlist_items_by_offer ON wishlist_items (offer_id) WHERE offer_id IS NOT NULL;

CREATE INDEX wishlist_items_by_position ON wishlist_items (position);

CREATE INDEX wishlist_items_by_purchase ON wishlist_items (purchase_id) WHERE purchase_id IS NOT NULL;

CREATE TABLE appointment_attempts (
  id INTEGER PRIMARY KEY,
  method TEXT NOT NULL CHECK (method IN ('lottery', 'walk_in', 'concierge', 'home_sa', 'sa_relationship')),
  wanted_day TEXT NOT NULL,
  boutique_id INTEGER REFERENCES boutiques (id) ON DELETE RESTRICT, -- NULL: no preference
  trip_id INTEGER REFERENCES trips (id) ON DELETE RESTRICT,
  companion_id INTEGER REFERENCES trip_companions (id) ON DELETE RESTRICT, -- NULL: the user applied
  contact_id INTEGER REFERENCES contacts (id) ON DELETE RESTRICT,
  form_accepted_at TEXT,
  email_received_at TEXT,
  link_clicked_at TEXT,
  registered_at TEXT,
  blocked_count INTEGER NOT NULL DEFAULT 0 CHECK (blocked_count >= 0),
  blocked_note TEXT,
  result TEXT NOT NULL CHECK (result IN ('pending', 'granted', 'time_changed', 'not_granted', 'cancelled')),
  appointment_at TEXT,
  original_appointment_at TEXT,
  outcome_offered TEXT,
  outcome_bought TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
, appointment_boutique_id INTEGER REFERENCES boutiques (id) ON DELETE RESTRICT, result_channel TEXT CHECK (result_channel IN ('email', 'sms', 'phone', 'in_person')));

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

CREATE TABLE boutiques (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,                       -- 'fsh' | 'george_v' | 'sevres' for the built-in Paris boutiques
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL,                  -- ISO 3166-1 alpha-2
  time_zone TEXT NOT NULL,
  takes_leather_appointments INTEGER NOT NULL DEFAULT 0 CHECK (takes_leather_appointments IN (0, 1)),
  is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1)),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
, currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency))), address TEXT, online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)), archived_at TEXT);

CREATE TABLE calendar_overrides (
  day TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('closed', 'open')),
  note TEXT
) WITHOUT ROWID;

CREATE TABLE carnet_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE collection_items (
  id INTEGER PRIMARY KEY,
  purchase_item_id INTEGER UNIQUE REFERENCES purchase_items (id) ON DELETE CASCADE,
  category TEXT CHECK (category IS NULL OR category IN ('bag', 'small_leather_goods')),
  model TEXT CHECK (model IS NULL OR length(model) BETWEEN 1 AND 100),
  size TEXT,
  exterior_leather TEXT,
  exterior_colour TEXT,
  interior_leather TEXT,
  interior_colour TEXT,
  stitching TEXT,
  hardware TEXT,
  provenance TEXT CHECK (provenance IS NULL OR provenance IN ('gift', 'pre_owned', 'before_carnet', 'other')),
  acquired_on TEXT,
  acquired_where TEXT,
  acquired_from TEXT,
  price_minor INTEGER CHECK (price_minor IS NULL OR price_minor >= 0),
  currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency))),
  quota INTEGER CHECK (quota IS NULL OR quota IN (0, 1)),
  left_how TEXT CHECK (left_how IS NULL OR left_how IN ('sold', 'given_away')),
  left_on TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- By hand: what it is and where it came from. From a purchase line: the line says it.
  CHECK (purchase_item_id IS NOT NULL OR (model IS NOT NULL AND category IS NOT NULL AND provenance IS NOT NULL)),
  CHECK ((price_minor IS NULL) = (currency IS NULL)),
  CHECK ((left_how IS NULL) = (left_on IS NULL))
);

CREATE TABLE contact_interactions (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('visited', 'messaged', 'called', 'offered', 'asked_appointment', 'gift', 'other')),
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE contact_merges (
  id INTEGER PRIMARY KEY,
  kept_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  merged_id INTEGER NOT NULL,             -- the merged-away contact's number (in the Trash)
  merged_name TEXT NOT NULL,
  trash_id INTEGER NOT NULL,              -- its Trash entry
  moved TEXT NOT NULL,                    -- JSON [{ "table": …, "column": …, "ids": [...] }]
  merged_at TEXT NOT NULL
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('sa', 'manager', 'leather_desk', 'concierge', 'other')),
  boutique_id INTEGER REFERENCES boutiques (id) ON DELETE RESTRICT,
  department TEXT,
  languages TEXT NOT NULL DEFAULT '[]',   -- JSON array of language names
  phone TEXT,
  email TEXT,
  messaging TEXT,
  met_on TEXT,
  follow_up_on TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
, cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days BETWEEN 1 AND 1826), cadence_unit TEXT CHECK (cadence_unit IS NULL OR cadence_unit IN ('days', 'weeks')), follow_up_snoozed_to TEXT, follow_up_done_on TEXT, birthday TEXT, birth_year INTEGER, name_day TEXT, remind_days_before INTEGER NOT NULL DEFAULT 7 CHECK (remind_days_before BETWEEN 0 AND 60), may_offer TEXT NOT NULL DEFAULT 'unknown' CHECK (may_offer IN ('leather', 'non_quota', 'none', 'unknown')), working_days TEXT NOT NULL DEFAULT '[]', moved_on TEXT CHECK (moved_on IS NULL OR moved_on IN ('left', 'retired', 'changed_store')), moved_on_day TEXT, moved_to TEXT);

CREATE TABLE custom_colours (
  name_key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  hex TEXT NOT NULL CHECK (length(hex) = 7 AND hex GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE decision_notes (
  id INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reflection', 'doubt', 'decision', 'advice')),
  body TEXT NOT NULL,
  confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 1 AND 5),
  pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  resurface_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE detaxe_forms (
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('issued', 'validated', 'refunded', 'refused')),
  issued_on TEXT,
  validated_on TEXT,
  refunded_on TEXT,
  refund_minor INTEGER CHECK (refund_minor IS NULL OR refund_minor >= 0),
  reference TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE dismissals (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 120),
  until TEXT,
  dismissed_at TEXT NOT NULL
);

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

CREATE TABLE guidance_choices (
  order_id INTEGER NOT NULL REFERENCES special_orders (id) ON DELETE CASCADE,
  guidance TEXT NOT NULL,
  choice TEXT NOT NULL CHECK (choice IN ('pinned', 'dismissed')),
  note_id INTEGER REFERENCES decision_notes (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (order_id, guidance)
) WITHOUT ROWID;

CREATE TABLE ics_revisions (
  uid TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  changed_at TEXT NOT NULL
);

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

CREATE TABLE purchase_items (
  id INTEGER PRIMARY KEY,
  purchase_id INTEGER NOT NULL REFERENCES purchases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('bag', 'small_leather_goods', 'shoes', 'jewelry', 'scarves', 'ready_to_wear', 'home', 'other')),
  description TEXT NOT NULL,
  quota INTEGER CHECK (quota IS NULL OR (quota IN (0, 1) AND category = 'bag')),
  price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
  offered INTEGER NOT NULL DEFAULT 0 CHECK (offered IN (0, 1))
);

CREATE TABLE purchases (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  boutique_id INTEGER REFERENCES boutiques (id) ON DELETE RESTRICT,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE RESTRICT,
  trip_id INTEGER REFERENCES trips (id) ON DELETE RESTRICT,
  currency TEXT NOT NULL,
  detaxe_status TEXT NOT NULL CHECK (detaxe_status IN ('not_applicable', 'eligible', 'form_issued', 'validated', 'refunded', 'refused')),
  detaxe_amount_minor INTEGER CHECK (detaxe_amount_minor IS NULL OR detaxe_amount_minor >= 0),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
, online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)), detaxe_form_id INTEGER REFERENCES detaxe_forms (id) ON DELETE SET NULL);

CREATE VIRTUAL TABLE search_index USING fts5(
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1);

CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL                     -- JSON
) WITHOUT ROWID;

CREATE TABLE special_order_events (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES special_orders (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('offered', 'placed', 'waiting', 'arrived', 'accepted', 'rejected', 'cancelled')),
  day TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE special_orders (
  id INTEGER PRIMARY KEY,
  boutique_id INTEGER REFERENCES boutiques (id) ON DELETE RESTRICT,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE RESTRICT,
  model TEXT NOT NULL,
  size TEXT,
  exterior_leather TEXT,
  exterior_colour TEXT,
  interior_leather TEXT,
  interior_colour TEXT,
  stitching TEXT,
  hardware TEXT,
  expected_from TEXT,
  expected_to TEXT,
  purchase_id INTEGER REFERENCES purchases (id) ON DELETE RESTRICT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (expected_from IS NULL OR expected_to IS NULL OR expected_to >= expected_from)
);

CREATE TABLE spend_targets (
  currency TEXT PRIMARY KEY,
  price_minor INTEGER NOT NULL CHECK (price_minor > 0),
  label TEXT,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE store_group_members (
  group_id INTEGER NOT NULL REFERENCES store_groups (id) ON DELETE CASCADE,
  boutique_id INTEGER NOT NULL REFERENCES boutiques (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, boutique_id)
) WITHOUT ROWID;

CREATE TABLE store_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

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

CREATE TABLE trip_boutiques (
  trip_id INTEGER NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  boutique_id INTEGER NOT NULL REFERENCES boutiques (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  PRIMARY KEY (trip_id, boutique_id)
) WITHOUT ROWID;

CREATE TABLE trip_companions (
  id INTEGER PRIMARY KEY,
  trip_id INTEGER NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  adult INTEGER NOT NULL CHECK (adult IN (0, 1))
);

CREATE TABLE trip_wishlist (
  id INTEGER PRIMARY KEY,
  trip_id INTEGER NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  model TEXT NOT NULL,
  size TEXT,
  leather TEXT,
  colour TEXT,
  hardware TEXT,
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
  status TEXT NOT NULL CHECK (status IN ('wanted', 'offered', 'bought'))
, wishlist_item_id INTEGER REFERENCES wishlist_items (id) ON DELETE SET NULL);

CREATE TABLE trips (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  city TEXT NOT NULL,
  start_day TEXT NOT NULL,
  end_day TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  hotel_name TEXT,
  hotel_concierge TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, budget_minor INTEGER CHECK (budget_minor IS NULL OR (budget_minor > 0 AND budget_minor <= 10000000000000)), budget_currency TEXT CHECK ((budget_currency IS NULL) = (budget_minor IS NULL) AND (budget_currency IS NULL OR length(budget_currency) = 3)),
  CHECK (end_day >= start_day)
);

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

CREATE TABLE wishlist_items (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  model TEXT NOT NULL CHECK (model IS NULL OR length(model) BETWEEN 1 AND 100),
  size TEXT,
  exterior_leather TEXT,
  exterior_colour TEXT,
  interior_leather TEXT,
  interior_colour TEXT,
  stitching TEXT,
  hardware TEXT,
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
  alternatives TEXT,
  status TEXT NOT NULL CHECK (status IN ('wanted', 'offered', 'bought', 'let_go')),
  offer_id INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  purchase_id INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (NOT (status = 'let_go' AND purchase_id IS NOT NULL))
);

CREATE TRIGGER attachments_follow_appointment_attempts AFTER DELETE ON appointment_attempts BEGIN
  DELETE FROM attachments WHERE record_kind = 'attempt' AND record_id = OLD.id;
END;

CREATE TRIGGER attachments_follow_contacts AFTER DELETE ON contacts BEGIN
  DELETE FROM attachments WHERE record_kind = 'contact' AND record_id = OLD.id;
END;

CREATE TRIGGER attachments_follow_offers AFTER DELETE ON offers BEGIN
  DELETE FROM attachments WHERE record_kind = 'offer' AND record_id = OLD.id;
END;

CREATE TRIGGER attachments_follow_purchases AFTER DELETE ON purchases BEGIN
  DELETE FROM attachments WHERE record_kind = 'purchase' AND record_id = OLD.id;
END;

CREATE TRIGGER attachments_follow_special_orders AFTER DELETE ON special_orders BEGIN
  DELETE FROM attachments WHERE record_kind = 'special_order' AND record_id = OLD.id;
END;

CREATE TRIGGER attachments_follow_trips AFTER DELETE ON trips BEGIN
  DELETE FROM attachments WHERE record_kind = 'trip' AND record_id = OLD.id;
END;

CREATE TRIGGER attachments_follow_visits AFTER DELETE ON visits BEGIN
  DELETE FROM attachments WHERE record_kind = 'visit' AND record_id = OLD.id;
END;

CREATE TRIGGER search_appointment_attempts_delete AFTER DELETE ON appointment_attempts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
END;

CREATE TRIGGER search_appointment_attempts_insert AFTER INSERT ON appointment_attempts BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 5;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 5, NULL, substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.outcome_offered), '') || ifnull(' · ' || (r.outcome_bought), '') || ifnull(' · ' || (r.blocked_note), '') || ifnull(' · ' || (r.notes), ''), 4) FROM appointment_attempts r WHERE r.id = new.id;
END;

CREATE TRIGGER search_appointment_attempts_update AFTER UPDATE OF boutique_id, outcome_offered, outcome_bought, blocked_note, notes ON appointment_attempts WHEN old.boutique_id IS NOT new.boutique_id OR old.outcome_offered IS NOT new.outcome_offered OR old.outcome_bought IS NOT new.outcome_bought OR old.blocked_note IS NOT new.blocked_note OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 5;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 5, NULL, substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.outcome_offered), '') || ifnull(' · ' || (r.outcome_bought), '') || ifnull(' · ' || (r.blocked_note), '') || ifnull(' · ' || (r.notes), ''), 4) FROM appointment_attempts r WHERE r.id = new.id;
END;

CREATE TRIGGER search_attachments_delete AFTER DELETE ON attachments BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 10;
END;

CREATE TRIGGER search_attachments_insert AFTER INSERT ON attachments BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 10;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 10, r.caption, r.original_name FROM attachments r WHERE r.id = new.id;
END;

CREATE TRIGGER search_attachments_update AFTER UPDATE OF caption, original_name ON attachments WHEN old.caption IS NOT new.caption OR old.original_name IS NOT new.original_name BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 10;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 10, r.caption, r.original_name FROM attachments r WHERE r.id = new.id;
END;

CREATE TRIGGER search_boutiques_delete AFTER DELETE ON boutiques BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 9;
END;

CREATE TRIGGER search_boutiques_insert AFTER INSERT ON boutiques BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 9;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 9, r.name, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.country), '') || ifnull(' · ' || (r.address), '') || ifnull(' · ' || (CASE WHEN r.online = 1 THEN 'online' END), '') || ifnull(' · ' || (r.notes), ''), 4) FROM boutiques r WHERE r.id = new.id;
END;

CREATE TRIGGER search_boutiques_rename AFTER UPDATE OF name ON boutiques WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 2 FROM contacts r WHERE r.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 2, r.name, substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.department), '') || ifnull(' · ' || (r.email), '') || ifnull(' · ' || (r.notes), ''), 4) FROM contacts r WHERE r.boutique_id = new.id;
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 4 FROM purchases r WHERE r.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 4, (SELECT group_concat(v, ', ') FROM (SELECT i.description AS v FROM purchase_items i WHERE i.purchase_id = r.id ORDER BY i.position)), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM purchases r WHERE r.boutique_id = new.id;
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 5 FROM appointment_attempts r WHERE r.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 5, NULL, substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.outcome_offered), '') || ifnull(' · ' || (r.outcome_bought), '') || ifnull(' · ' || (r.blocked_note), '') || ifnull(' · ' || (r.notes), ''), 4) FROM appointment_attempts r WHERE r.boutique_id = new.id;
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 6 FROM special_orders r WHERE r.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 6, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.exterior_leather), '') || ifnull(' · ' || (r.exterior_colour), '') || ifnull(' · ' || (r.interior_leather), '') || ifnull(' · ' || (r.interior_colour), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT e.note AS v FROM special_order_events e WHERE e.order_id = r.id ORDER BY e.id))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM special_orders r WHERE r.boutique_id = new.id;
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 8 FROM offers r WHERE r.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 8, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || ((SELECT c.name FROM contacts c WHERE c.id = r.contact_id)), '') || ifnull(' · ' || (r.leather), '') || ifnull(' · ' || (r.colour), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.reason), '') || ifnull(' · ' || (r.notes), ''), 4) FROM offers r WHERE r.boutique_id = new.id;
END;

CREATE TRIGGER search_boutiques_rename_trips AFTER UPDATE OF name ON boutiques WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT tb.trip_id * 16 + 1 FROM trip_boutiques tb WHERE tb.boutique_id = new.id);
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT b.name AS v FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = r.id ORDER BY tb.position))), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id IN (SELECT tb.trip_id FROM trip_boutiques tb WHERE tb.boutique_id = new.id);
END;

CREATE TRIGGER search_boutiques_update AFTER UPDATE OF name, city, country, address, online, notes ON boutiques WHEN old.name IS NOT new.name OR old.city IS NOT new.city OR old.country IS NOT new.country OR old.address IS NOT new.address OR old.online IS NOT new.online OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 9;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 9, r.name, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.country), '') || ifnull(' · ' || (r.address), '') || ifnull(' · ' || (CASE WHEN r.online = 1 THEN 'online' END), '') || ifnull(' · ' || (r.notes), ''), 4) FROM boutiques r WHERE r.id = new.id;
END;

CREATE TRIGGER search_collection_items_delete AFTER DELETE ON collection_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 15;
END;

CREATE TRIGGER search_collection_items_insert AFTER INSERT ON collection_items BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 15;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 15, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.exterior_leather), '') || ifnull(' ' || (r.exterior_colour), ''), 2), '')), '') || ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.interior_leather), '') || ifnull(' ' || (r.interior_colour), ''), 2), '')), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.acquired_where), '') || ifnull(' · ' || (r.acquired_from), '') || ifnull(' · ' || (r.notes), ''), 4) FROM collection_items r WHERE r.model IS NOT NULL AND r.id = new.id;
END;

CREATE TRIGGER search_collection_items_update AFTER UPDATE OF model, size, exterior_leather, exterior_colour, interior_leather, interior_colour, stitching, hardware, acquired_where, acquired_from, notes ON collection_items WHEN old.model IS NOT new.model OR old.size IS NOT new.size OR old.exterior_leather IS NOT new.exterior_leather OR old.exterior_colour IS NOT new.exterior_colour OR old.interior_leather IS NOT new.interior_leather OR old.interior_colour IS NOT new.interior_colour OR old.stitching IS NOT new.stitching OR old.hardware IS NOT new.hardware OR old.acquired_where IS NOT new.acquired_where OR old.acquired_from IS NOT new.acquired_from OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 15;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 15, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.exterior_leather), '') || ifnull(' ' || (r.exterior_colour), ''), 2), '')), '') || ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.interior_leather), '') || ifnull(' ' || (r.interior_colour), ''), 2), '')), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.acquired_where), '') || ifnull(' · ' || (r.acquired_from), '') || ifnull(' · ' || (r.notes), ''), 4) FROM collection_items r WHERE r.model IS NOT NULL AND r.id = new.id;
END;

CREATE TRIGGER search_contact_interactions_delete AFTER DELETE ON contact_interactions BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 3;
END;

CREATE TRIGGER search_contact_interactions_insert AFTER INSERT ON contact_interactions BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 3;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 3, NULL, r.summary FROM contact_interactions r WHERE r.id = new.id;
END;

CREATE TRIGGER search_contact_interactions_update AFTER UPDATE OF summary ON contact_interactions WHEN old.summary IS NOT new.summary BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 3;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 3, NULL, r.summary FROM contact_interactions r WHERE r.id = new.id;
END;

CREATE TRIGGER search_contacts_delete AFTER DELETE ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 2;
END;

CREATE TRIGGER search_contacts_insert AFTER INSERT ON contacts BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 2;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 2, r.name, substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.department), '') || ifnull(' · ' || (r.email), '') || ifnull(' · ' || (r.notes), ''), 4) FROM contacts r WHERE r.id = new.id;
END;

CREATE TRIGGER search_contacts_rename AFTER UPDATE OF name ON contacts WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT r.id * 16 + 8 FROM offers r WHERE r.contact_id = new.id);
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 8, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || ((SELECT c.name FROM contacts c WHERE c.id = r.contact_id)), '') || ifnull(' · ' || (r.leather), '') || ifnull(' · ' || (r.colour), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.reason), '') || ifnull(' · ' || (r.notes), ''), 4) FROM offers r WHERE r.contact_id = new.id;
END;

CREATE TRIGGER search_contacts_update AFTER UPDATE OF name, boutique_id, department, email, notes ON contacts WHEN old.name IS NOT new.name OR old.boutique_id IS NOT new.boutique_id OR old.department IS NOT new.department OR old.email IS NOT new.email OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 2;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 2, r.name, substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.department), '') || ifnull(' · ' || (r.email), '') || ifnull(' · ' || (r.notes), ''), 4) FROM contacts r WHERE r.id = new.id;
END;

CREATE TRIGGER search_decision_notes_delete AFTER DELETE ON decision_notes BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 7;
END;

CREATE TRIGGER search_decision_notes_insert AFTER INSERT ON decision_notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 7;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 7, NULL, r.body FROM decision_notes r WHERE r.id = new.id;
END;

CREATE TRIGGER search_decision_notes_update AFTER UPDATE OF body ON decision_notes WHEN old.body IS NOT new.body BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 7;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 7, NULL, r.body FROM decision_notes r WHERE r.id = new.id;
END;

CREATE TRIGGER search_offers_delete AFTER DELETE ON offers BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 8;
END;

CREATE TRIGGER search_offers_insert AFTER INSERT ON offers BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 8;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 8, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || ((SELECT c.name FROM contacts c WHERE c.id = r.contact_id)), '') || ifnull(' · ' || (r.leather), '') || ifnull(' · ' || (r.colour), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.reason), '') || ifnull(' · ' || (r.notes), ''), 4) FROM offers r WHERE r.id = new.id;
END;

CREATE TRIGGER search_offers_update AFTER UPDATE OF model, size, boutique_id, contact_id, leather, colour, hardware, reason, notes ON offers WHEN old.model IS NOT new.model OR old.size IS NOT new.size OR old.boutique_id IS NOT new.boutique_id OR old.contact_id IS NOT new.contact_id OR old.leather IS NOT new.leather OR old.colour IS NOT new.colour OR old.hardware IS NOT new.hardware OR old.reason IS NOT new.reason OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 8;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 8, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || ((SELECT c.name FROM contacts c WHERE c.id = r.contact_id)), '') || ifnull(' · ' || (r.leather), '') || ifnull(' · ' || (r.colour), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.reason), '') || ifnull(' · ' || (r.notes), ''), 4) FROM offers r WHERE r.id = new.id;
END;

CREATE TRIGGER search_purchase_items_delete AFTER DELETE ON purchase_items BEGIN
  DELETE FROM search_index WHERE rowid = (old.purchase_id) * 16 + 4;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 4, (SELECT group_concat(v, ', ') FROM (SELECT i.description AS v FROM purchase_items i WHERE i.purchase_id = r.id ORDER BY i.position)), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM purchases r WHERE r.id = old.purchase_id;
END;

CREATE TRIGGER search_purchase_items_insert AFTER INSERT ON purchase_items BEGIN
  DELETE FROM search_index WHERE rowid = (new.purchase_id) * 16 + 4;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 4, (SELECT group_concat(v, ', ') FROM (SELECT i.description AS v FROM purchase_items i WHERE i.purchase_id = r.id ORDER BY i.position)), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM purchases r WHERE r.id = new.purchase_id;
END;

CREATE TRIGGER search_purchase_items_update AFTER UPDATE OF purchase_id, position, description ON purchase_items WHEN old.purchase_id IS NOT new.purchase_id OR old.position IS NOT new.position OR old.description IS NOT new.description BEGIN
  DELETE FROM search_index WHERE rowid = (old.purchase_id) * 16 + 4 AND old.purchase_id IS NOT new.purchase_id;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 4, (SELECT group_concat(v, ', ') FROM (SELECT i.description AS v FROM purchase_items i WHERE i.purchase_id = r.id ORDER BY i.position)), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM purchases r WHERE r.id = old.purchase_id AND old.purchase_id IS NOT new.purchase_id;
  DELETE FROM search_index WHERE rowid = (new.purchase_id) * 16 + 4;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 4, (SELECT group_concat(v, ', ') FROM (SELECT i.description AS v FROM purchase_items i WHERE i.purchase_id = r.id ORDER BY i.position)), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM purchases r WHERE r.id = new.purchase_id;
END;

CREATE TRIGGER search_purchases_delete AFTER DELETE ON purchases BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 4;
END;

CREATE TRIGGER search_purchases_insert AFTER INSERT ON purchases BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 4;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 4, (SELECT group_concat(v, ', ') FROM (SELECT i.description AS v FROM purchase_items i WHERE i.purchase_id = r.id ORDER BY i.position)), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM purchases r WHERE r.id = new.id;
END;

CREATE TRIGGER search_purchases_update AFTER UPDATE OF boutique_id, notes ON purchases WHEN old.boutique_id IS NOT new.boutique_id OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 4;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 4, (SELECT group_concat(v, ', ') FROM (SELECT i.description AS v FROM purchase_items i WHERE i.purchase_id = r.id ORDER BY i.position)), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM purchases r WHERE r.id = new.id;
END;

CREATE TRIGGER search_special_order_events_delete AFTER DELETE ON special_order_events BEGIN
  DELETE FROM search_index WHERE rowid = (old.order_id) * 16 + 6;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 6, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.exterior_leather), '') || ifnull(' · ' || (r.exterior_colour), '') || ifnull(' · ' || (r.interior_leather), '') || ifnull(' · ' || (r.interior_colour), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT e.note AS v FROM special_order_events e WHERE e.order_id = r.id ORDER BY e.id))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM special_orders r WHERE r.id = old.order_id;
END;

CREATE TRIGGER search_special_order_events_insert AFTER INSERT ON special_order_events BEGIN
  DELETE FROM search_index WHERE rowid = (new.order_id) * 16 + 6;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 6, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.exterior_leather), '') || ifnull(' · ' || (r.exterior_colour), '') || ifnull(' · ' || (r.interior_leather), '') || ifnull(' · ' || (r.interior_colour), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT e.note AS v FROM special_order_events e WHERE e.order_id = r.id ORDER BY e.id))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM special_orders r WHERE r.id = new.order_id;
END;

CREATE TRIGGER search_special_order_events_update AFTER UPDATE OF order_id, note ON special_order_events WHEN old.order_id IS NOT new.order_id OR old.note IS NOT new.note BEGIN
  DELETE FROM search_index WHERE rowid = (old.order_id) * 16 + 6 AND old.order_id IS NOT new.order_id;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 6, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.exterior_leather), '') || ifnull(' · ' || (r.exterior_colour), '') || ifnull(' · ' || (r.interior_leather), '') || ifnull(' · ' || (r.interior_colour), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT e.note AS v FROM special_order_events e WHERE e.order_id = r.id ORDER BY e.id))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM special_orders r WHERE r.id = old.order_id AND old.order_id IS NOT new.order_id;
  DELETE FROM search_index WHERE rowid = (new.order_id) * 16 + 6;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 6, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.exterior_leather), '') || ifnull(' · ' || (r.exterior_colour), '') || ifnull(' · ' || (r.interior_leather), '') || ifnull(' · ' || (r.interior_colour), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT e.note AS v FROM special_order_events e WHERE e.order_id = r.id ORDER BY e.id))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM special_orders r WHERE r.id = new.order_id;
END;

CREATE TRIGGER search_special_orders_delete AFTER DELETE ON special_orders BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 6;
END;

CREATE TRIGGER search_special_orders_insert AFTER INSERT ON special_orders BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 6;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 6, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.exterior_leather), '') || ifnull(' · ' || (r.exterior_colour), '') || ifnull(' · ' || (r.interior_leather), '') || ifnull(' · ' || (r.interior_colour), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT e.note AS v FROM special_order_events e WHERE e.order_id = r.id ORDER BY e.id))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM special_orders r WHERE r.id = new.id;
END;

CREATE TRIGGER search_special_orders_update AFTER UPDATE OF model, size, boutique_id, exterior_leather, exterior_colour, interior_leather, interior_colour, stitching, hardware, notes ON special_orders WHEN old.model IS NOT new.model OR old.size IS NOT new.size OR old.boutique_id IS NOT new.boutique_id OR old.exterior_leather IS NOT new.exterior_leather OR old.exterior_colour IS NOT new.exterior_colour OR old.interior_leather IS NOT new.interior_leather OR old.interior_colour IS NOT new.interior_colour OR old.stitching IS NOT new.stitching OR old.hardware IS NOT new.hardware OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 6;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 6, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || ((SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id)), '') || ifnull(' · ' || (r.exterior_leather), '') || ifnull(' · ' || (r.exterior_colour), '') || ifnull(' · ' || (r.interior_leather), '') || ifnull(' · ' || (r.interior_colour), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT e.note AS v FROM special_order_events e WHERE e.order_id = r.id ORDER BY e.id))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM special_orders r WHERE r.id = new.id;
END;

CREATE TRIGGER search_trip_boutiques_delete AFTER DELETE ON trip_boutiques BEGIN
  DELETE FROM search_index WHERE rowid = (old.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT b.name AS v FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = r.id ORDER BY tb.position))), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = old.trip_id;
END;

CREATE TRIGGER search_trip_boutiques_insert AFTER INSERT ON trip_boutiques BEGIN
  DELETE FROM search_index WHERE rowid = (new.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT b.name AS v FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = r.id ORDER BY tb.position))), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.trip_id;
END;

CREATE TRIGGER search_trip_boutiques_update AFTER UPDATE OF trip_id, boutique_id, position ON trip_boutiques BEGIN
  DELETE FROM search_index WHERE rowid = (old.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT b.name AS v FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = r.id ORDER BY tb.position))), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = old.trip_id;
  DELETE FROM search_index WHERE rowid = (new.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT b.name AS v FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = r.id ORDER BY tb.position))), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.trip_id;
END;

CREATE TRIGGER search_trip_companions_delete AFTER DELETE ON trip_companions BEGIN
  DELETE FROM search_index WHERE rowid = (old.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = old.trip_id;
END;

CREATE TRIGGER search_trip_companions_insert AFTER INSERT ON trip_companions BEGIN
  DELETE FROM search_index WHERE rowid = (new.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.trip_id;
END;

CREATE TRIGGER search_trip_companions_update AFTER UPDATE OF trip_id, position, name ON trip_companions WHEN old.trip_id IS NOT new.trip_id OR old.position IS NOT new.position OR old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid = (old.trip_id) * 16 + 1 AND old.trip_id IS NOT new.trip_id;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = old.trip_id AND old.trip_id IS NOT new.trip_id;
  DELETE FROM search_index WHERE rowid = (new.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.trip_id;
END;

CREATE TRIGGER search_trip_wishlist_delete AFTER DELETE ON trip_wishlist BEGIN
  DELETE FROM search_index WHERE rowid = (old.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = old.trip_id;
END;

CREATE TRIGGER search_trip_wishlist_insert AFTER INSERT ON trip_wishlist BEGIN
  DELETE FROM search_index WHERE rowid = (new.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.trip_id;
END;

CREATE TRIGGER search_trip_wishlist_update AFTER UPDATE OF trip_id, position, model, size, leather, colour, hardware ON trip_wishlist WHEN old.trip_id IS NOT new.trip_id OR old.position IS NOT new.position OR old.model IS NOT new.model OR old.size IS NOT new.size OR old.leather IS NOT new.leather OR old.colour IS NOT new.colour OR old.hardware IS NOT new.hardware BEGIN
  DELETE FROM search_index WHERE rowid = (old.trip_id) * 16 + 1 AND old.trip_id IS NOT new.trip_id;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = old.trip_id AND old.trip_id IS NOT new.trip_id;
  DELETE FROM search_index WHERE rowid = (new.trip_id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.trip_id;
END;

CREATE TRIGGER search_trips_delete AFTER DELETE ON trips BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 1;
END;

CREATE TRIGGER search_trips_insert AFTER INSERT ON trips BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT b.name AS v FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = r.id ORDER BY tb.position))), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.id;
END;

CREATE TRIGGER search_trips_update AFTER UPDATE OF title, city, hotel_name, hotel_concierge, notes ON trips WHEN old.title IS NOT new.title OR old.city IS NOT new.city OR old.hotel_name IS NOT new.hotel_name OR old.hotel_concierge IS NOT new.hotel_concierge OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 1, r.title, substr(ifnull(' · ' || (r.city), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT b.name AS v FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = r.id ORDER BY tb.position))), '') || ifnull(' · ' || (r.hotel_name), '') || ifnull(' · ' || (r.hotel_concierge), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT substr(ifnull(' ' || (w.model), '') || ifnull(' ' || (w.size), '') || ifnull(' ' || (w.leather), '') || ifnull(' ' || (w.colour), '') || ifnull(' ' || (w.hardware), ''), 2) AS v FROM trip_wishlist w WHERE w.trip_id = r.id ORDER BY w.position))), '') || ifnull(' · ' || ((SELECT group_concat(v, ' · ') FROM (SELECT c.name AS v FROM trip_companions c WHERE c.trip_id = r.id ORDER BY c.position))), '') || ifnull(' · ' || (r.notes), ''), 4) FROM trips r WHERE r.id = new.id;
END;

CREATE TRIGGER search_visits_delete AFTER DELETE ON visits BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 13;
END;

CREATE TRIGGER search_visits_insert AFTER INSERT ON visits BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 13;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 13, (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), substr(ifnull(' · ' || (r.asked), '') || ifnull(' · ' || (r.shown), '') || ifnull(' · ' || (substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), '') || ifnull(' ' || (r.exterior_leather), '') || ifnull(' ' || (r.exterior_colour), '') || ifnull(' ' || (r.interior_leather), '') || ifnull(' ' || (r.interior_colour), '') || ifnull(' ' || (r.stitching), '') || ifnull(' ' || (r.hardware), ''), 2)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM visits r WHERE r.id = new.id;
END;

CREATE TRIGGER search_visits_update AFTER UPDATE OF boutique_id, asked, shown, model, size, exterior_leather, exterior_colour, interior_leather, interior_colour, stitching, hardware, notes ON visits WHEN old.boutique_id IS NOT new.boutique_id OR old.asked IS NOT new.asked OR old.shown IS NOT new.shown OR old.model IS NOT new.model OR old.size IS NOT new.size OR old.exterior_leather IS NOT new.exterior_leather OR old.exterior_colour IS NOT new.exterior_colour OR old.interior_leather IS NOT new.interior_leather OR old.interior_colour IS NOT new.interior_colour OR old.stitching IS NOT new.stitching OR old.hardware IS NOT new.hardware OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 13;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 13, (SELECT b.name FROM boutiques b WHERE b.id = r.boutique_id), substr(ifnull(' · ' || (r.asked), '') || ifnull(' · ' || (r.shown), '') || ifnull(' · ' || (substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), '') || ifnull(' ' || (r.exterior_leather), '') || ifnull(' ' || (r.exterior_colour), '') || ifnull(' ' || (r.interior_leather), '') || ifnull(' ' || (r.interior_colour), '') || ifnull(' ' || (r.stitching), '') || ifnull(' ' || (r.hardware), ''), 2)), '') || ifnull(' · ' || (r.notes), ''), 4) FROM visits r WHERE r.id = new.id;
END;

CREATE TRIGGER search_wishlist_items_delete AFTER DELETE ON wishlist_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 16 + 14;
END;

CREATE TRIGGER search_wishlist_items_insert AFTER INSERT ON wishlist_items BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 14;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 14, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.exterior_leather), '') || ifnull(' ' || (r.exterior_colour), ''), 2), '')), '') || ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.interior_leather), '') || ifnull(' ' || (r.interior_colour), ''), 2), '')), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.alternatives), '') || ifnull(' · ' || (r.notes), ''), 4) FROM wishlist_items r WHERE 1 AND r.id = new.id;
END;

CREATE TRIGGER search_wishlist_items_update AFTER UPDATE OF model, size, exterior_leather, exterior_colour, interior_leather, interior_colour, stitching, hardware, alternatives, notes ON wishlist_items WHEN old.model IS NOT new.model OR old.size IS NOT new.size OR old.exterior_leather IS NOT new.exterior_leather OR old.exterior_colour IS NOT new.exterior_colour OR old.interior_leather IS NOT new.interior_leather OR old.interior_colour IS NOT new.interior_colour OR old.stitching IS NOT new.stitching OR old.hardware IS NOT new.hardware OR old.alternatives IS NOT new.alternatives OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (new.id) * 16 + 14;
  INSERT INTO search_index (rowid, title, body) SELECT r.id * 16 + 14, substr(ifnull(' ' || (r.model), '') || ifnull(' ' || (r.size), ''), 2), substr(ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.exterior_leather), '') || ifnull(' ' || (r.exterior_colour), ''), 2), '')), '') || ifnull(' · ' || (nullif(substr(ifnull(' ' || (r.interior_leather), '') || ifnull(' ' || (r.interior_colour), ''), 2), '')), '') || ifnull(' · ' || (r.stitching), '') || ifnull(' · ' || (r.hardware), '') || ifnull(' · ' || (r.alternatives), '') || ifnull(' · ' || (r.notes), ''), 4) FROM wishlist_items r WHERE 1 AND r.id = new.id;
END;
