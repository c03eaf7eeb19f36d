/**
 * The brief: one screen to read the evening before an appointment or a visit (or before seeing
 * a contact) — when and where, what to ask for, the relationship at a glance, the spend at that
 * store, and the user's own pinned advice. And the debrief: after it, one form whose parts
 * (the interaction, the offers, the purchases, the next follow-up) each become their own record,
 * in one transaction.
 */
import { z } from 'zod';
import { channel } from './channel';
import { INTERACTION_KINDS, type Contact, type Interaction } from './contacts';
import { currency, day, id, minorUnits, notes, optionalText, requiredText } from './fields';
import type { DecisionNote } from './notes';
import type { Offer, OfferDecision } from './offers';
import type { QuotaSummary, SpendScope } from './profile';
import { PURCHASE_CATEGORIES, purchaseItems, type Purchase } from './purchases';
import type { SpecialOrder } from './special-orders';
import type { Visit } from './visits';
import type { WishlistItem } from './wishlist';

export const BRIEF_SUBJECTS = ['attempt', 'visit', 'contact'] as const;
export type BriefSubject = (typeof BRIEF_SUBJECTS)[number];

export interface BriefMoment {
  /** The day on the boutique's wall clock. */
  day: string;
  /** 'HH:MM' on the boutique's clock; null when only the day is known. */
  time: string | null;
  /** The boutique's zone (Europe/Paris for the Paris stores). */
  zone: string;
  /** The moment, when the time is known (UTC ISO). */
  at: string | null;
  /** The user's home zone, and the same moment there. */
  homeZone: string;
  homeDay: string | null;
  homeTime: string | null;
  /** Whole days from today to the day (0: today; negative: it is past). */
  inDays: number;
}

export interface BriefStore {
  id: number;
  name: string;
  city: string;
  address: string | null;
  timeZone: string;
}

/** This year's and all-time spend in one currency, never summed with another. */
export interface BriefSpend {
  currency: string;
  thisYearMinor: number;
  allTimeMinor: number;
}

export interface Brief {
  subject: BriefSubject;
  id: number;
  /** "Appointment at George V", "Visit to Sèvres", "Camille". */
  title: string;
  moment: BriefMoment | null;
  store: BriefStore | null;
  /** The SA, when known. */
  contact: Contact | null;
  /** What to ask for: wanted and offered wishes, most wanted first, in the list's own order. */
  wishlist: WishlistItem[];
  /** The SA's latest interactions, newest first (at most 8). */
  interactions: Interaction[];
  /** Decision notes written about the SA, newest first. */
  contactNotes: DecisionNote[];
  /** Earlier store visits with this SA or at this store, newest first (at most 5). */
  visits: Visit[];
  /** The spend at the store (per currency), and the linked-store groups it belongs to. */
  year: number;
  storeSpend: BriefSpend[];
  groups: { id: number; label: string; spend: BriefSpend[] }[];
  storeScope: SpendScope | null;
  /** Days since the last offer at this store (or anywhere, when no store is known). */
  daysSinceLastOffer: number | null;
  lastOffer: Offer | null;
  quota: QuotaSummary;
  /** Special orders not yet arrived, decided or cancelled, with their waits. */
  openOrders: SpecialOrder[];
  /** The user's pinned advice-to-self notes, wherever they were written. */
  advice: DecisionNote[];
  today: string;
}

export const briefGet = z.strictObject({
  subject: z.enum(BRIEF_SUBJECTS, { error: 'A brief is for an appointment, a store visit or a contact.' }),
  id,
});

// ── Debrief ──────────────────────────────────────────────────────────────────

export const MAX_DEBRIEF_PARTS = 10;

const debriefOffer = z.strictObject({
  category: z.enum(PURCHASE_CATEGORIES, { error: 'Choose what was offered: bag, small leather goods, shoes, jewelry, scarves, ready-to-wear, home or other.' }).default('bag'),
  model: requiredText('What was offered', 100),
  size: optionalText('Size', 40),
  leather: optionalText('Leather', 60),
  colour: optionalText('Colour', 60),
  hardware: optionalText('Hardware', 60),
  quota: z.boolean({ error: 'Say whether the bag is a quota bag (yes / no), or leave it empty if you do not know.' }).nullish().transform((v) => v ?? null),
  priceMinor: minorUnits.nullish().transform((v) => v ?? null),
  currency: currency.nullish().transform((v) => v ?? null),
  decision: z.enum(['pending', 'taken', 'declined'], { error: 'Choose taken, declined or still deciding.' }),
  reason: optionalText('The reason', 2000),
});

const debriefPurchase = z.strictObject({
  currency,
  items: purchaseItems,
  notes,
});

export const debriefRecord = z.strictObject({
  subject: z.enum(['attempt', 'visit'], { error: 'A debrief follows an appointment or a store visit.' }),
  id,
  /** What was said and done, for the SA's log; absent: nothing logged. */
  interaction: z
    .strictObject({
      kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of contact it was.' }).default('visited'),
      summary: requiredText('What happened', 4000),
    })
    .optional(),
  offers: z.array(debriefOffer, { error: 'List the offers.' }).max(MAX_DEBRIEF_PARTS, { error: `At most ${MAX_DEBRIEF_PARTS} offers at once.` }).default([]),
  purchases: z.array(debriefPurchase, { error: 'List the purchases.' }).max(MAX_DEBRIEF_PARTS, { error: `At most ${MAX_DEBRIEF_PARTS} receipts at once.` }).default([]),
  /** The next follow-up with the SA; null clears it. */
  followUpOn: day.nullish(),
});

export type DebriefInput = z.input<typeof debriefRecord>;
export type DebriefOfferInput = z.input<typeof debriefOffer>;

export interface Debrief {
  interaction: Interaction | null;
  offers: Offer[];
  /** Receipts entered, then those made by taking an offer. */
  purchases: Purchase[];
  followUpOn: string | null;
  /** The visit, with its outcome brought up to date. */
  visit: Visit | null;
}

export type { OfferDecision };

export const briefsContract = {
  'briefs.get': channel<Brief>()(briefGet),
  /** Every part in one transaction, through the owners' services: all saved, or nothing. */
  'briefs.debrief': channel<Debrief>()(debriefRecord),
};
