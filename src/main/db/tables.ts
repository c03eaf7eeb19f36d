/** Kysely's view of the journal's tables: column names as stored (snake_case), SQLite types. */
import type { Generated } from 'kysely';

type Flag = 0 | 1;

export interface BoutiquesTable {
  id: Generated<number>;
  code: string | null;
  name: string;
  city: string;
  country: string;
  time_zone: string;
  takes_leather_appointments: Flag;
  is_home: Flag;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface TripsTable {
  id: Generated<number>;
  title: string;
  city: string;
  start_day: string;
  end_day: string;
  time_zone: string;
  hotel_name: string | null;
  hotel_concierge: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface TripCompanionsTable {
  id: Generated<number>;
  trip_id: number;
  position: number;
  name: string;
  adult: Flag;
}

export interface TripBoutiquesTable {
  trip_id: number;
  boutique_id: number;
  position: number;
}

export interface TripWishlistTable {
  id: Generated<number>;
  trip_id: number;
  position: number;
  model: string;
  size: string | null;
  leather: string | null;
  colour: string | null;
  hardware: string | null;
  priority: number;
  status: 'wanted' | 'offered' | 'bought';
}

export interface ContactsTable {
  id: Generated<number>;
  name: string;
  role: 'sa' | 'manager' | 'leather_desk' | 'concierge' | 'other';
  boutique_id: number | null;
  department: string | null;
  languages: string;
  phone: string | null;
  email: string | null;
  messaging: string | null;
  met_on: string | null;
  follow_up_on: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactInteractionsTable {
  id: Generated<number>;
  contact_id: number;
  day: string;
  kind: 'visited' | 'messaged' | 'called' | 'offered' | 'asked_appointment' | 'gift' | 'other';
  summary: string;
  created_at: string;
  updated_at: string;
}

export interface PurchasesTable {
  id: Generated<number>;
  day: string;
  boutique_id: number | null;
  contact_id: number | null;
  trip_id: number | null;
  currency: string;
  detaxe_status: 'not_applicable' | 'eligible' | 'form_issued' | 'validated' | 'refunded' | 'refused';
  detaxe_amount_minor: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface PurchaseItemsTable {
  id: Generated<number>;
  purchase_id: number;
  position: number;
  category: 'bag' | 'small_leather_goods' | 'shoes' | 'jewelry' | 'scarves' | 'ready_to_wear' | 'home' | 'other';
  description: string;
  quota: Flag | null;
  price_minor: number;
  offered: Flag;
}

export interface AppointmentAttemptsTable {
  id: Generated<number>;
  method: 'lottery' | 'walk_in' | 'concierge' | 'home_sa' | 'sa_relationship';
  wanted_day: string;
  boutique_id: number | null;
  trip_id: number | null;
  companion_id: number | null;
  contact_id: number | null;
  form_accepted_at: string | null;
  email_received_at: string | null;
  link_clicked_at: string | null;
  registered_at: string | null;
  blocked_count: number;
  blocked_note: string | null;
  result: 'pending' | 'granted' | 'time_changed' | 'not_granted' | 'cancelled';
  appointment_at: string | null;
  original_appointment_at: string | null;
  outcome_offered: string | null;
  outcome_bought: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface SpecialOrdersTable {
  id: Generated<number>;
  boutique_id: number | null;
  contact_id: number | null;
  model: string;
  size: string | null;
  exterior_leather: string | null;
  exterior_colour: string | null;
  interior_leather: string | null;
  interior_colour: string | null;
  stitching: string | null;
  hardware: string | null;
  expected_from: string | null;
  expected_to: string | null;
  purchase_id: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface SpecialOrderEventsTable {
  id: Generated<number>;
  order_id: number;
  status: 'offered' | 'placed' | 'waiting' | 'arrived' | 'accepted' | 'rejected' | 'cancelled';
  day: string;
  note: string | null;
  created_at: string;
}

export interface DecisionNotesTable {
  id: Generated<number>;
  subject_type: string;
  subject_id: number;
  day: string;
  kind: 'reflection' | 'doubt' | 'decision' | 'advice';
  body: string;
  confidence: number | null;
  pinned: Flag;
  resurface_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface CalendarOverridesTable {
  day: string;
  kind: 'closed' | 'open';
  note: string | null;
}

export interface MigrationsTable {
  id: string;
  applied_at: string;
}

export interface DB {
  boutiques: BoutiquesTable;
  trips: TripsTable;
  trip_companions: TripCompanionsTable;
  trip_boutiques: TripBoutiquesTable;
  trip_wishlist: TripWishlistTable;
  contacts: ContactsTable;
  contact_interactions: ContactInteractionsTable;
  purchases: PurchasesTable;
  purchase_items: PurchaseItemsTable;
  appointment_attempts: AppointmentAttemptsTable;
  special_orders: SpecialOrdersTable;
  special_order_events: SpecialOrderEventsTable;
  decision_notes: DecisionNotesTable;
  settings: SettingsTable;
  calendar_overrides: CalendarOverridesTable;
  carnet_migrations: MigrationsTable;
}
