import { z } from 'zod';
import { channel } from './channel';
import { byId, currency, day, id, minorUnits, notes, optionalDay, optionalText, requiredText } from './fields';
import type { SpecialOrderSpec } from '../domain/special-order-spec';
import type { KnownPrice } from './prices';

export const COLLECTION_CATEGORIES = ['bag', 'small_leather_goods'] as const;
export type CollectionCategory = (typeof COLLECTION_CATEGORIES)[number];
export const PROVENANCES = ['gift', 'pre_owned', 'before_carnet', 'other'] as const;
export type Provenance = (typeof PROVENANCES)[number];
export const LEFT_HOWS = ['sold', 'given_away'] as const;
export type LeftHow = (typeof LEFT_HOWS)[number];

export const PROVENANCE_LABELS: Record<Provenance, string> = { gift: 'A gift', pre_owned: 'Pre-owned', before_carnet: 'Bought before Carnet', other: 'Other' };
export const LEFT_LABELS: Record<LeftHow, string> = { sold: 'Sold', given_away: 'Given away' };
export const SOURCE_LABELS = { purchase: 'Purchase', special_order: 'Special order', by_hand: 'Added by hand' } as const;

/**
 * One bag or small leather good the user owns (or owned). A purchase line is the record of a bag
 * bought in Carnet (an accepted special order's purchase included): it appears once, as itself;
 * `id` is the row of what the user added about it (notes, sold or given away), when there is one.
 */
export interface CollectionEntry {
  /** 'line:<purchase item id>' or 'own:<collection item id>'. */
  key: string;
  id: number | null;
  source: keyof typeof SOURCE_LABELS;
  purchaseItemId: number | null;
  purchaseId: number | null;
  specialOrderId: number | null;
  offerId: number | null;
  wishlistItemId: number | null;
  category: CollectionCategory;
  /** "Kelly 25" (the spec's model and size), or the purchase line's description. */
  title: string;
  /** The full specification, where one is known (by hand, a special order, an offer, a wish). */
  spec: SpecialOrderSpec | null;
  provenance: Provenance | null;
  acquiredOn: string | null;
  /** The boutique, or where it came from in the user's words. */
  where: string | null;
  /** The SA, or whom it came from. */
  from: string | null;
  priceMinor: number | null;
  currency: string | null;
  quota: boolean | null;
  left: { how: LeftHow; day: string } | null;
  notes: string | null;
  /** Its price today from the price book (in the currency paid, when there is one), with how it was matched. */
  todayPrice: KnownPrice | null;
  /** From the price paid to today's price, in percent; null unless both are known in one currency. */
  changeSincePaid: number | null;
}

export interface CollectionTotal {
  currency: string;
  totalMinor: number;
  count: number;
}

export interface Collection {
  entries: CollectionEntry[];
  /** Per currency, of the entries shown that are still owned and have a price; never summed across currencies. */
  totals: CollectionTotal[];
  /** Per currency, today's prices of the entries shown that are still owned and have one (replacement value, from your entries). */
  todayTotals: CollectionTotal[];
  /** What the filters can choose from (of everything ever owned). */
  choices: { models: string[]; colours: string[]; years: number[] };
}

export const collectionList = z
  .strictObject({
    show: z.enum(['owned', 'left', 'all'], { error: 'Show owned, left or all.' }).default('owned'),
    model: optionalText('Model', 100),
    colour: optionalText('Colour', 60),
    year: z.number({ error: 'A year is a number.' }).int({ error: 'A year is a whole number.' }).min(1900).max(2200).optional(),
    quota: z.boolean({ error: 'Quota is yes or no.' }).optional(),
  })
  .prefault({});

const handFields = {
  category: z.enum(COLLECTION_CATEGORIES, { error: 'Choose bag or small leather good.' }),
  model: requiredText('Model', 100),
  size: optionalText('Size', 40),
  exteriorLeather: optionalText('Exterior leather', 60),
  exteriorColour: optionalText('Exterior colour', 60),
  interiorLeather: optionalText('Interior leather', 60),
  interiorColour: optionalText('Interior colour', 60),
  stitching: optionalText('Stitching', 60),
  hardware: optionalText('Hardware', 60),
  provenance: z.enum(PROVENANCES, { error: 'Choose where it came from: a gift, pre-owned, bought before Carnet or other.' }),
  acquiredOn: optionalDay,
  where: optionalText('Where', 200),
  from: optionalText('From whom', 200),
  priceMinor: minorUnits.nullish().transform((v) => v ?? null),
  currency: currency.nullish().transform((v) => v ?? null),
  quota: z.boolean({ error: 'Quota is yes or no.' }).nullish().transform((v) => v ?? null),
  notes,
};

const priceWithCurrency = (v: { priceMinor?: number | null | undefined; currency?: string | null | undefined }) =>
  v.priceMinor === undefined || v.currency === undefined || (v.priceMinor === null) === (v.currency === null);
const priceMessage = { error: 'Give the price paid with its currency (or neither).', path: ['currency'] };

export const collectionCreate = z.strictObject(handFields).refine(priceWithCurrency, priceMessage);
export const collectionUpdate = z.strictObject({ id, ...handFields }).partial().required({ id: true }).refine(priceWithCurrency, priceMessage);

/** Which entry: a bag added by hand (id) or a purchase line (purchaseItemId). */
const ref = {
  id: id.optional(),
  purchaseItemId: id.optional(),
};
const oneRef = (v: { id?: number | undefined; purchaseItemId?: number | undefined }) => (v.id === undefined) !== (v.purchaseItemId === undefined);
const refMessage = { error: 'Name the collection item or the purchase line, one of the two.' };

/** Sold or given away (it leaves the collection, its history stays); `how: null` brings it back. */
export const collectionLeave = z
  .strictObject({
    ...ref,
    how: z.enum(LEFT_HOWS, { error: 'Choose sold or given away.' }).nullable(),
    day: day.optional(),
    notes: notes.optional(),
  })
  .refine(oneRef, refMessage)
  .refine((v) => v.how === null || v.day !== undefined, { error: 'Enter the day it left your collection.', path: ['day'] });

export type CollectionCreateInput = z.input<typeof collectionCreate>;
export type CollectionListInput = z.input<typeof collectionList>;

export const collectionContract = {
  'collection.list': channel<Collection>()(collectionList),
  'collection.create': channel<CollectionEntry>()(collectionCreate),
  'collection.update': channel<CollectionEntry>()(collectionUpdate),
  /** Only a bag added by hand; a bag bought in Carnet leaves with its purchase, or is marked sold. */
  'collection.delete': channel<{ id: number }>()(byId),
  'collection.leave': channel<CollectionEntry>()(collectionLeave),
};
