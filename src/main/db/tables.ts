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
  /** ISO 4217, e.g. 'USD' for a Beverly Hills home store. */
  currency: string | null;
  address: string | null;
  /** 1: an online store (hermes.com…). */
  online: Generated<Flag>;
  /** Set: the store leaves the pickers but stays on the records that name it. */
  archived_at: string | null;
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
  /** Minor units of budget_currency; both or neither (025). */
  budget_minor: number | null;
  budget_currency: string | null;
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
  /** Added by 019: the standing wishlist item this trip's wish is (SET NULL when it is deleted). */
  wishlist_item_id: number | null;
}

/** 019: the standing wishlist. */
export interface WishlistItemsTable {
  id: Generated<number>;
  position: number;
  model: string;
  size: string | null;
  exterior_leather: string | null;
  exterior_colour: string | null;
  interior_leather: string | null;
  interior_colour: string | null;
  stitching: string | null;
  hardware: string | null;
  priority: number;
  alternatives: string | null;
  status: 'wanted' | 'offered' | 'bought' | 'let_go';
  offer_id: number | null;
  purchase_id: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/** 019: an owned bag added by hand, or what the user records about one bought in Carnet. */
export interface CollectionItemsTable {
  id: Generated<number>;
  purchase_item_id: number | null;
  category: 'bag' | 'small_leather_goods' | null;
  model: string | null;
  size: string | null;
  exterior_leather: string | null;
  exterior_colour: string | null;
  interior_leather: string | null;
  interior_colour: string | null;
  stitching: string | null;
  hardware: string | null;
  provenance: 'gift' | 'pre_owned' | 'before_carnet' | 'other' | null;
  acquired_on: string | null;
  acquired_where: string | null;
  acquired_from: string | null;
  price_minor: number | null;
  currency: string | null;
  quota: Flag | null;
  left_how: 'sold' | 'given_away' | null;
  left_on: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
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
  cadence_days: number | null;
  cadence_unit: 'days' | 'weeks' | null;
  follow_up_snoozed_to: string | null;
  follow_up_done_on: string | null;
  birthday: string | null;
  birth_year: number | null;
  name_day: string | null;
  remind_days_before: Generated<number>;
  may_offer: Generated<'leather' | 'non_quota' | 'none' | 'unknown'>;
  working_days: Generated<string>;
  moved_on: 'left' | 'retired' | 'changed_store' | null;
  moved_on_day: string | null;
  moved_to: string | null;
}

/** 026: a price the user saw for one item, in one country's currency, on one day. */
export interface PriceEntriesTable {
  id: Generated<number>;
  model: string;
  size: string | null;
  leather: string | null;
  hardware: string | null;
  country: string;
  currency: string;
  price_minor: number;
  seen_on: string;
  boutique_id: number | null;
  source: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface GiftsTable {
  id: Generated<number>;
  contact_id: number;
  direction: 'given' | 'received' | 'idea';
  what: string;
  day: string | null;
  amount_minor: number | null;
  currency: string | null;
  purchase_id: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactMergesTable {
  id: Generated<number>;
  kept_id: number;
  merged_id: number;
  merged_name: string;
  trash_id: number;
  moved: string;
  merged_at: string;
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
  /** Added by 003-offers: bought online (shown apart from every store's spend). */
  online: Generated<Flag>;
  /** Added by 017: the détaxe form the receipt is on (its status then follows the form's). */
  detaxe_form_id: number | null;
}

export interface DetaxeFormsTable {
  id: Generated<number>;
  status: 'issued' | 'validated' | 'refunded' | 'refused';
  issued_on: string | null;
  validated_on: string | null;
  refunded_on: string | null;
  /** What actually came back, in euro cents (after the operator's fee). */
  refund_minor: number | null;
  reference: string | null;
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
  /** Migration 016: where the appointment is (may differ from the preferred boutique), and how the answer came. */
  appointment_boutique_id: number | null;
  result_channel: 'email' | 'sms' | 'phone' | 'in_person' | null;
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

export interface GuidanceChoicesTable {
  order_id: number;
  guidance: string;
  choice: 'pinned' | 'dismissed';
  note_id: number | null;
  created_at: string;
}

export interface CustomColoursTable {
  name_key: string;
  name: string;
  hex: string;
  updated_at: string;
}

export interface OffersTable {
  id: Generated<number>;
  day: string;
  time: string | null;
  time_zone: string;
  quota_year: number;
  boutique_id: number | null;
  contact_id: number | null;
  source: 'appointment' | 'sa_call' | 'walk_in' | 'special_order' | 'other';
  attempt_id: number | null;
  special_order_id: number | null;
  category: PurchaseItemsTable['category'];
  model: string;
  size: string | null;
  leather: string | null;
  colour: string | null;
  hardware: string | null;
  quota: Flag | null;
  price_minor: number | null;
  currency: string | null;
  decision: 'pending' | 'taken' | 'declined';
  decided_on: string | null;
  reason: string | null;
  purchase_id: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface StoreGroupsTable {
  id: Generated<number>;
  name: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface StoreGroupMembersTable {
  group_id: number;
  boutique_id: number;
}

export interface SpendTargetsTable {
  currency: string;
  price_minor: number;
  label: string | null;
  updated_at: string;
}

/** Added by 004-identities: passport / ID numbers, sealed (AES-256-GCM) with a key kept outside the journal. */
export interface IdentityNumbersTable {
  id: Generated<number>;
  person: string | null;
  document: 'passport' | 'national_id';
  issuing_country: string | null;
  expires_on: string | null;
  number_sealed: Buffer;
  created_at: string;
  updated_at: string;
}

export interface IcsRevisionsTable {
  uid: string;
  hash: string;
  sequence: Generated<number>;
  changed_at: string;
}

export interface DismissalsTable {
  key: string;
  until: string | null;
  dismissed_at: string;
}

export interface TrashTable {
  id: Generated<number>;
  kind: string;
  record_id: number;
  label: string;
  /** JSON: the rows the delete removed, parents first. */
  rows: string;
  /** JSON: the links set to NULL by the delete. */
  relinks: string;
  /** JSON: table → how many of its rows went with the record. */
  counts: string;
  deleted_at: string;
}

/** Added by 018-attachments: a photo or document on a record; the bytes are in the content-addressed folder beside the journal. */
export interface AttachmentsTable {
  id: Generated<number>;
  record_kind: string;
  record_id: number;
  sha256: string;
  original_name: string;
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  source_mime: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  caption: string | null;
  taken_on: string | null;
  is_cover: Generated<0 | 1>;
  position: number;
  created_at: string;
}

/** Added by 022-visits: a store visit, alone or a stop of a patrol (several stores in one day). */
export interface VisitsTable {
  id: Generated<number>;
  /** The id of the patrol's first stop, shared by every stop; null for a visit on its own. */
  patrol_id: number | null;
  patrol_stop: number | null;
  day: string;
  /** 'HH:MM' on the boutique's wall clock. */
  time: string | null;
  time_zone: string;
  boutique_id: number | null;
  contact_id: number | null;
  status: 'planned' | 'done';
  asked: string | null;
  shown: string | null;
  model: string | null;
  size: string | null;
  exterior_leather: string | null;
  exterior_colour: string | null;
  interior_leather: string | null;
  interior_colour: string | null;
  stitching: string | null;
  hardware: string | null;
  leather_desk: Flag;
  waiting_list: Flag;
  outcome: 'nothing' | 'offered' | 'bought' | 'appointment_later' | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
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
  wishlist_items: WishlistItemsTable;
  collection_items: CollectionItemsTable;
  contacts: ContactsTable;
  contact_interactions: ContactInteractionsTable;
  gifts: GiftsTable;
  price_entries: PriceEntriesTable;
  contact_merges: ContactMergesTable;
  purchases: PurchasesTable;
  detaxe_forms: DetaxeFormsTable;
  purchase_items: PurchaseItemsTable;
  appointment_attempts: AppointmentAttemptsTable;
  special_orders: SpecialOrdersTable;
  special_order_events: SpecialOrderEventsTable;
  decision_notes: DecisionNotesTable;
  settings: SettingsTable;
  ics_revisions: IcsRevisionsTable;
  dismissals: DismissalsTable;
  calendar_overrides: CalendarOverridesTable;
  guidance_choices: GuidanceChoicesTable;
  custom_colours: CustomColoursTable;
  offers: OffersTable;
  store_groups: StoreGroupsTable;
  store_group_members: StoreGroupMembersTable;
  spend_targets: SpendTargetsTable;
  identity_numbers: IdentityNumbersTable;
  trash: TrashTable;
  attachments: AttachmentsTable;
  visits: VisitsTable;
  carnet_migrations: MigrationsTable;
}
