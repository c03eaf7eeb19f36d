/**
 * Every kind of record the journal holds, written down once: its table, the screen that shows
 * it, what a person calls it, and which cross-cutting features it takes part in (decision notes,
 * search, links between records). Notes, search, the calendar, note reminders, the JSON import,
 * link checks and the command palette all derive their lists from here, so a kind is added in
 * one place, and a table that is neither a kind, a part of one, nor listed as infrastructure
 * fails a test (tests/unit/records.test.ts).
 */

import type { ScreenPath } from '../navigation';

/** The app's screens that open a record: hash routes '#/<screen>/<id>'. */
export const RECORD_SCREENS = ['trips', 'contacts', 'purchases', 'appointments', 'special-orders', 'offers', 'boutiques', 'wishlist', 'collection', 'visits'] as const satisfies readonly ScreenPath[];
export type RecordScreen = (typeof RECORD_SCREENS)[number];

interface RecordKindDef {
  /** The journal table holding one row per record. */
  readonly table: string;
  /** The screen that shows it (a contact-log entry opens its contact; a note its subject). */
  readonly screen: RecordScreen | null;
  /** What a person calls one, at the start of a sentence or a label. */
  readonly label: string;
  /** The same within a sentence ("Note on special order", "points at appointment attempt 4"). */
  readonly inSentence: string;
  /** Decision notes can be written about it. */
  readonly notes: boolean;
  /**
   * Photos and documents can be added to it (migration 018 gives each such table a trigger that
   * removes its attachments with the record; a test holds the two lists together).
   */
  readonly attachments: boolean;
  /**
   * Its kind code in the search index (a document's rowid is `record id * 16 + code`, fixed by
   * migrations 005, 007, 009, 013 and 019), and what a result of that kind is called; null: not searchable.
   */
  readonly search: { readonly code: number; readonly label: string } | null;
  /** Tables whose rows belong to the record and go with it (a trip's wishlist, a receipt's items). */
  readonly parts: readonly string[];
}

export const RECORD_KINDS = {
  trip: {
    table: 'trips',
    screen: 'trips',
    label: 'Trip',
    inSentence: 'trip',
    notes: true,
    attachments: true,
    search: { code: 1, label: 'Trip' },
    parts: ['trip_companions', 'trip_boutiques', 'trip_wishlist'],
  },
  contact: {
    table: 'contacts',
    screen: 'contacts',
    label: 'Contact',
    inSentence: 'contact',
    notes: true,
    attachments: true,
    search: { code: 2, label: 'Contact' },
    parts: [],
  },
  interaction: {
    table: 'contact_interactions',
    screen: 'contacts',
    label: 'Contact log entry',
    inSentence: 'contact log entry',
    notes: false,
    attachments: false,
    search: { code: 3, label: 'Contact log' },
    parts: [],
  },
  purchase: {
    table: 'purchases',
    screen: 'purchases',
    label: 'Purchase',
    inSentence: 'purchase',
    notes: true,
    attachments: true,
    search: { code: 4, label: 'Purchase' },
    parts: ['purchase_items'],
  },
  attempt: {
    table: 'appointment_attempts',
    screen: 'appointments',
    label: 'Appointment attempt',
    inSentence: 'appointment attempt',
    notes: true,
    attachments: true,
    search: { code: 5, label: 'Appointment' },
    parts: [],
  },
  special_order: {
    table: 'special_orders',
    screen: 'special-orders',
    label: 'Special order',
    inSentence: 'special order',
    notes: true,
    attachments: true,
    search: { code: 6, label: 'Special order' },
    parts: ['special_order_events', 'guidance_choices'],
  },
  offer: {
    table: 'offers',
    screen: 'offers',
    label: 'Offer',
    inSentence: 'offer',
    notes: true,
    attachments: true,
    search: { code: 8, label: 'Offer' },
    parts: [],
  },
  note: {
    table: 'decision_notes',
    screen: null,
    label: 'Note',
    inSentence: 'note',
    notes: false,
    attachments: false,
    search: { code: 7, label: 'Note' },
    parts: [],
  },
  boutique: {
    table: 'boutiques',
    screen: 'boutiques',
    label: 'Boutique',
    inSentence: 'boutique',
    notes: false,
    attachments: false,
    search: { code: 9, label: 'Boutique' },
    parts: [],
  },
  detaxe_form: {
    table: 'detaxe_forms',
    screen: null,
    label: 'Détaxe form',
    inSentence: 'détaxe form',
    notes: false,
    search: null,
    attachments: false,
    parts: [],
  },
  attachment: {
    table: 'attachments',
    screen: null,
    label: 'Photo',
    inSentence: 'photo',
    notes: false,
    attachments: false,
    search: { code: 10, label: 'Photo' },
    parts: [],
  },
  wishlist_item: {
    table: 'wishlist_items',
    screen: 'wishlist',
    label: 'Wishlist item',
    inSentence: 'wishlist item',
    notes: true,
    attachments: false,
    search: { code: 14, label: 'Wishlist' },
    parts: [],
  },
  collection_item: {
    table: 'collection_items',
    screen: 'collection',
    label: 'Collection item',
    inSentence: 'collection item',
    notes: false,
    attachments: false,
    search: { code: 15, label: 'My collection' },
    parts: [],
  },
  visit: {
    table: 'visits',
    screen: 'visits',
    label: 'Store visit',
    inSentence: 'store visit',
    notes: true,
    attachments: true,
    search: { code: 13, label: 'Store visit' },
    parts: [],
  },
  gift: {
    table: 'gifts',
    screen: 'contacts',
    label: 'Gift',
    inSentence: 'gift',
    notes: false,
    attachments: false,
    search: null,
    parts: [],
  },
  price_entry: {
    table: 'price_entries',
    screen: 'collection',
    label: 'Price',
    inSentence: 'price-book entry',
    notes: false,
    attachments: false,
    search: null,
    parts: [],
  },
  companion: {
    table: 'trip_companions',
    screen: null,
    label: 'Travel companion',
    inSentence: 'travel companion',
    notes: false,
    attachments: false,
    search: null,
    parts: [],
  },
} as const satisfies Record<string, RecordKindDef>;

export type RecordKind = keyof typeof RECORD_KINDS;
type Def<K extends RecordKind> = (typeof RECORD_KINDS)[K];

export const recordKinds = Object.keys(RECORD_KINDS) as RecordKind[];

/** The table of each kind, as a type: what `requireRecord` and `requireLink` accept. */
export type RecordTable = Def<RecordKind>['table'];

/** Records that decision notes can attach to. */
export type NoteSubject = { [K in RecordKind]: Def<K>['notes'] extends true ? K : never }[RecordKind];
export const NOTE_SUBJECTS = recordKinds.filter((k) => RECORD_KINDS[k].notes) as [NoteSubject, ...NoteSubject[]];

/** Records that photos and documents can be added to. */
export type AttachmentSubject = { [K in RecordKind]: Def<K>['attachments'] extends true ? K : never }[RecordKind];
export const ATTACHMENT_SUBJECTS = recordKinds.filter((k) => RECORD_KINDS[k].attachments) as [AttachmentSubject, ...AttachmentSubject[]];
export const isAttachmentSubject = (value: string): value is AttachmentSubject => (ATTACHMENT_SUBJECTS as readonly string[]).includes(value);

/** What a search result is. A note and a contact-log entry open the record they belong to. */
export type SearchKind = { [K in RecordKind]: Def<K>['search'] extends null ? never : K }[RecordKind];
export const SEARCH_KINDS = recordKinds.filter((k) => RECORD_KINDS[k].search !== null) as [SearchKind, ...SearchKind[]];

export const SEARCH_KIND_LABELS = Object.fromEntries(SEARCH_KINDS.map((k) => [k, RECORD_KINDS[k].search.label])) as Record<SearchKind, string>;

/** Search kind by its code in the index (the low four bits of a document's rowid). */
export const SEARCH_KIND_BY_CODE: ReadonlyMap<number, SearchKind> = new Map(SEARCH_KINDS.map((k) => [RECORD_KINDS[k].search.code, k]));

/** The screen showing a note's subject. */
export const noteSubjectScreen = (subject: NoteSubject): RecordScreen => RECORD_KINDS[subject].screen;

export const isNoteSubject = (value: string): value is NoteSubject => (NOTE_SUBJECTS as readonly string[]).includes(value);

/** "a trip, contact, purchase, appointment attempt, special order or offer" */
export const noteSubjectsInWords = (): string => {
  const words = NOTE_SUBJECTS.map((k) => RECORD_KINDS[k].inSentence);
  return `a ${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
};
