CREATE INDEX appointment_attempts_by_boutique ON appointment_attempts (boutique_id) WHERE boutique_id IS NOT NULL;

CREATE INDEX appointment_attempts_by_companion ON appointment_attempts (companion_id) WHERE companion_id IS NOT NULL;

CREATE INDEX appointment_attempts_by_contact ON appointment_attempts (contact_id) WHERE contact_id IS NOT NULL;

CREATE INDEX appointment_attempts_by_day ON appointment_attempts (wanted_day);

CREATE INDEX appointment_attempts_by_trip ON appointment_attempts (trip_id);

CREATE INDEX contact_interactions_by_contact ON contact_interactions (contact_id, day);

CREATE INDEX contact_interactions_by_day ON contact_interactions (day);

CREATE INDEX contacts_by_boutique ON contacts (boutique_id, name);

CREATE INDEX contacts_by_follow_up ON contacts (follow_up_on) WHERE follow_up_on IS NOT NULL;

CREATE INDEX decision_notes_by_resurface ON decision_notes (resurface_on) WHERE resurface_on IS NOT NULL;

CREATE INDEX decision_notes_by_subject ON decision_notes (subject_type, subject_id, day);

CREATE INDEX guidance_choices_by_note ON guidance_choices (note_id) WHERE note_id IS NOT NULL;

CREATE INDEX purchase_items_by_category ON purchase_items (category);

CREATE INDEX purchase_items_by_purchase ON purchase_items (purchase_id, position);

CREATE INDEX purchases_by_boutique ON purchases (boutique_id, day);

CREATE INDEX purchases_by_contact ON purchases (contact_id, day);

CREATE INDEX purchases_by_day ON purchases (day);

CREATE INDEX purchases_by_trip ON purchases (trip_id);

CREATE INDEX special_order_events_by_day ON special_order_events (day);

CREATE INDEX special_order_events_by_order ON special_order_events (order_id, day, id);

CREATE INDEX special_orders_by_boutique ON special_orders (boutique_id);

CREATE INDEX special_orders_by_contact ON special_orders (contact_id) WHERE contact_id IS NOT NULL;

CREATE INDEX special_orders_by_purchase ON special_orders (purchase_id) WHERE purchase_id IS NOT NULL;

CREATE INDEX trip_boutiques_by_boutique ON trip_boutiques (boutique_id);

CREATE INDEX trip_companions_by_trip ON trip_companions (trip_id, position);

CREATE INDEX trip_wishlist_by_trip ON trip_wishlist (trip_id, position);

CREATE INDEX trips_by_days ON trips (start_day, end_day);

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
);

CREATE TABLE calendar_overrides (
  day TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('closed', 'open')),
  note TEXT
) WITHOUT ROWID;

CREATE TABLE carnet_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE contact_interactions (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('visited', 'messaged', 'called', 'offered', 'asked_appointment', 'gift', 'other')),
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
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
);

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

CREATE TABLE guidance_choices (
  order_id INTEGER NOT NULL REFERENCES special_orders (id) ON DELETE CASCADE,
  guidance TEXT NOT NULL,
  choice TEXT NOT NULL CHECK (choice IN ('pinned', 'dismissed')),
  note_id INTEGER REFERENCES decision_notes (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (order_id, guidance)
) WITHOUT ROWID;

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
);

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
);

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
  updated_at TEXT NOT NULL,
  CHECK (end_day >= start_day)
);
