import { z } from 'zod';
import { channel } from './channel';
import { byId, currency, day, id, minorUnits, notes, optionalText, paging, requiredText } from './fields';
import { PURCHASE_CATEGORIES, type PurchaseCategory } from './purchases';

export const OFFER_SOURCES = ['appointment', 'sa_call', 'walk_in', 'special_order', 'other'] as const;
export type OfferSource = (typeof OFFER_SOURCES)[number];

export const SOURCE_LABELS: Record<OfferSource, string> = {
  appointment: 'At an appointment',
  sa_call: 'Call or message from the SA',
  walk_in: 'Walk-in',
  special_order: 'Special-order arrival',
  other: 'Other',
};

export const OFFER_DECISIONS = ['pending', 'taken', 'declined'] as const;
export type OfferDecision = (typeof OFFER_DECISIONS)[number];

export const DECISION_LABELS: Record<OfferDecision, string> = {
  pending: 'Still deciding',
  taken: 'Taken',
  declined: 'Declined',
};

/** Sources an appointment attempt can be the origin of (an attempt may be a walk-in). */
export const ATTEMPT_SOURCES: readonly OfferSource[] = ['appointment', 'walk_in'];

export interface Offer {
  id: number;
  /** The day it was offered, on the boutique's wall clock. */
  day: string;
  /** 'HH:MM' on the boutique's wall clock, when known. */
  time: string | null;
  /** The boutique's zone (Europe/Paris when no boutique is recorded). */
  timeZone: string;
  /** The moment (UTC ISO) when the time is known. */
  offeredAt: string | null;
  /** The calendar year the offer counts in for the quota: the year in Paris time. */
  quotaYear: number;
  boutiqueId: number | null;
  /** The SA who offered it. */
  contactId: number | null;
  source: OfferSource;
  /** The appointment attempt it came from. */
  attemptId: number | null;
  /** The special order whose arrival it was. */
  specialOrderId: number | null;
  category: PurchaseCategory;
  model: string;
  size: string | null;
  leather: string | null;
  colour: string | null;
  hardware: string | null;
  /** Bags only: quota (Birkin, Kelly) or not; null = not said. */
  quota: boolean | null;
  /** The price quoted, when noted. */
  priceMinor: number | null;
  currency: string | null;
  decision: OfferDecision;
  /** The day it was taken or declined. */
  decidedOn: string | null;
  /** Why it was taken or declined. */
  reason: string | null;
  /** The purchase it became (set by taking it). */
  purchaseId: number | null;
  /** The wish on the standing wishlist it answers: offered while deciding, bought when taken, wanted again when declined. */
  wishId: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** 'HH:MM', 24-hour clock. */
export const wallTime = z
  .string({ error: 'Enter a time like 14:30.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time like 14:30 (24-hour clock).' });

const optionalId = id.nullish().transform((v) => v ?? null);

const category = z.enum(PURCHASE_CATEGORIES, {
  error: 'Choose what was offered: bag, small leather goods, shoes, jewelry, scarves, ready-to-wear, home or other.',
});
const source = z.enum(OFFER_SOURCES, {
  error: 'Choose how the offer came: appointment, call from the SA, walk-in, special-order arrival or other.',
});
const quota = z
  .boolean({ error: 'Say whether the bag is a quota bag (yes / no), or leave it empty if you do not know.' })
  .nullish()
  .transform((v) => v ?? null);
const reason = optionalText('The reason', 2000);

export const QUOTA_ONLY_BAGS = 'Only bags are quota or non-quota; leave this empty for other items.';
export const ATTEMPT_SOURCE_MESSAGE = 'An offer from an appointment attempt came at an appointment or a walk-in; choose one of those.';
export const ORDER_SOURCE_MESSAGE = 'An offer linked to a special order is its arrival; choose "special-order arrival".';
export const PRICE_PAIR_MESSAGE = 'Enter the price and its currency together, or neither.';

/** What is checked on the whole offer, at create and (on the merged values) at update. */
export function offerShapeIssues(o: {
  category?: PurchaseCategory | undefined;
  quota?: boolean | null | undefined;
  source?: OfferSource | undefined;
  attemptId?: number | null | undefined;
  specialOrderId?: number | null | undefined;
  priceMinor?: number | null | undefined;
  currency?: string | null | undefined;
}): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (o.category !== undefined && o.category !== 'bag' && o.quota != null) issues.push({ path: ['quota'], message: QUOTA_ONLY_BAGS });
  if (o.source !== undefined && o.attemptId != null && !ATTEMPT_SOURCES.includes(o.source)) issues.push({ path: ['source'], message: ATTEMPT_SOURCE_MESSAGE });
  if (o.source !== undefined && o.specialOrderId != null && o.source !== 'special_order') issues.push({ path: ['source'], message: ORDER_SOURCE_MESSAGE });
  if (o.priceMinor !== undefined && o.currency !== undefined && (o.priceMinor === null) !== (o.currency === null)) {
    issues.push({ path: [o.priceMinor === null ? 'priceMinor' : 'currency'], message: PRICE_PAIR_MESSAGE });
  }
  return issues;
}

const offerFields = {
  day,
  time: wallTime.nullish().transform((v) => v ?? null),
  boutiqueId: optionalId,
  contactId: optionalId,
  source,
  attemptId: optionalId,
  specialOrderId: optionalId,
  category: category.default('bag'),
  model: requiredText('Model', 100),
  size: optionalText('Size', 40),
  leather: optionalText('Leather', 60),
  colour: optionalText('Colour', 60),
  hardware: optionalText('Hardware', 60),
  quota,
  priceMinor: minorUnits.nullish().transform((v) => v ?? null),
  currency: currency.nullish().transform((v) => v ?? null),
  notes,
};

/** Taking an offer: the purchase it becomes, created in the same transaction (or an existing receipt linked). */
const takeFields = {
  /** The purchase day; the offer's day when absent. */
  day: day.optional(),
  /** The price paid; the offer's quoted price when absent. */
  priceMinor: minorUnits.optional(),
  currency: currency.optional(),
  tripId: id.nullish().transform((v) => v ?? null),
  /** Link a receipt already in the journal instead of creating one. */
  purchaseId: id.optional(),
  reason,
};

const takeShape = (t: { purchaseId?: number | undefined; priceMinor?: number | undefined; currency?: string | undefined }, ctx: z.RefinementCtx) => {
  if (t.purchaseId !== undefined && (t.priceMinor !== undefined || t.currency !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['purchaseId'], message: 'Either link an existing purchase or enter the price paid, not both.' });
  }
};

export const offerTakeInline = z.strictObject(takeFields).superRefine((t, ctx) => takeShape(t, ctx));

export const offerCreate = z
  .strictObject({
    ...offerFields,
    /** Absent: the boutique (and SA) of the attempt or special order it came from; null: none. */
    boutiqueId: id.nullish(),
    contactId: id.nullish(),
    decision: z.enum(OFFER_DECISIONS, { error: 'Choose still deciding, taken or declined.' }).default('pending'),
    reason,
    /** Only with decision "taken": the purchase it became. */
    take: offerTakeInline.optional(),
    /** The wish on the wishlist it answers (null or absent: none). */
    wishId: optionalId,
  })
  .superRefine((o, ctx) => {
    for (const issue of offerShapeIssues(o)) ctx.addIssue({ code: 'custom', ...issue });
    if (o.decision === 'taken' && o.take === undefined) {
      ctx.addIssue({ code: 'custom', path: ['take'], message: 'Say what the taken offer became: the price paid, or the purchase to link.' });
    }
    if (o.decision !== 'taken' && o.take !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Only a taken offer becomes a purchase; choose "taken" or leave the purchase out.' });
    }
  });

/** Update: any subset of the offer's own fields; null clears. The decision changes through take / decide. */
export const offerUpdate = z
  .strictObject({
    id,
    day: day.optional(),
    time: wallTime.nullable().optional(),
    boutiqueId: id.nullable().optional(),
    contactId: id.nullable().optional(),
    source: source.optional(),
    attemptId: id.nullable().optional(),
    specialOrderId: id.nullable().optional(),
    category: category.optional(),
    model: requiredText('Model', 100).optional(),
    size: optionalText('Size', 40).optional(),
    leather: optionalText('Leather', 60).optional(),
    colour: optionalText('Colour', 60).optional(),
    hardware: optionalText('Hardware', 60).optional(),
    quota: z.boolean({ error: 'Say whether the bag is a quota bag (yes / no), or leave it empty if you do not know.' }).nullable().optional(),
    priceMinor: minorUnits.nullable().optional(),
    currency: currency.nullable().optional(),
    reason: reason.optional(),
    notes: notes.optional(),
    /** Link the wish it answers; null unlinks (the wish is wanted again). */
    wishId: id.nullable().optional(),
  })
  .superRefine((o, ctx) => {
    for (const issue of offerShapeIssues(o)) ctx.addIssue({ code: 'custom', ...issue });
  });

export const offerTake = z.strictObject({ id, ...takeFields }).superRefine((t, ctx) => takeShape(t, ctx));

/**
 * Decline an offer, or set it back to "still deciding". A taken offer set back keeps its
 * purchase in the journal (it is money spent) and only drops the link.
 */
export const offerDecide = z.strictObject({
  id,
  decision: z.enum(['pending', 'declined'], { error: 'Choose declined or still deciding (taking an offer records its purchase).' }),
  /** The day it was declined; today when absent. */
  day: day.optional(),
  reason,
});

export const offerList = z
  .strictObject({
    boutiqueId: id.optional(),
    contactId: id.optional(),
    /** Offers counting in this quota year (Paris time). */
    year: z.number({ error: 'A year is a number like 2026.' }).int({ error: 'A year is a whole number like 2026.' }).min(1900).max(2200).optional(),
    decision: z.enum(OFFER_DECISIONS, { error: 'Filter by still deciding, taken or declined.' }).optional(),
    category: category.optional(),
    quota: z.boolean({ error: 'Quota filter is yes or no.' }).optional(),
    source: source.optional(),
    attemptId: id.optional(),
    specialOrderId: id.optional(),
    /** Words in the model, leather, colour, hardware, reason or notes. */
    query: optionalText('Search', 100),
    ...paging,
  })
  .optional();

export type OfferCreateInput = z.input<typeof offerCreate>;
export type OfferUpdateInput = z.input<typeof offerUpdate>;
export type OfferTakeInput = z.input<typeof offerTake>;

export const offersContract = {
  'offers.create': channel<Offer>()(offerCreate),
  'offers.get': channel<Offer>()(byId),
  'offers.update': channel<Offer>()(offerUpdate),
  /** The offer and its decision notes; a purchase it became stays (unlinked). */
  'offers.delete': channel<{ id: number; purchaseId: number | null }>()(byId),
  'offers.list': channel<Offer[]>()(offerList),
  /** Taken: creates the purchase (or links one) in the same transaction. */
  'offers.take': channel<Offer>()(offerTake),
  'offers.decide': channel<Offer>()(offerDecide),
};
