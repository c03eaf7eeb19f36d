/**
 * The price book: prices the user saw, each for one item (model, size, leather, hardware) in one
 * country's currency on one day, with where (a boutique, or a source in their words). Carnet
 * never fetches a price. From these: each item's history, the yearly increase per country "from
 * your entries", and today's price for collection and wishlist items.
 */
import { z } from 'zod';
import { channel } from './channel';
import { country } from './boutiques';
import { byId, currency, day, id, money, notes, optionalText, requiredText } from './fields';
import type { MatchHow, YearlyIncrease } from '../domain/price-book';

export interface PriceEntry {
  id: number;
  model: string;
  size: string | null;
  leather: string | null;
  hardware: string | null;
  country: string;
  currency: string;
  priceMinor: number;
  seenOn: string;
  boutiqueId: number | null;
  /** The boutique's name, when one is named. */
  boutique: string | null;
  source: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One item in one country, its entries oldest first. */
export interface PriceHistory {
  key: string;
  model: string;
  size: string | null;
  leather: string | null;
  hardware: string | null;
  country: string;
  currency: string;
  entries: PriceEntry[];
  /** From its first entry to its latest, in percent; null with one entry. */
  changePercent: number | null;
}

export interface PriceBook {
  items: PriceHistory[];
  increases: YearlyIncrease[];
  count: number;
}

/** A price found for an item: the entry, and how it was matched (in words for the screen). */
export interface KnownPrice {
  entryId: number;
  priceMinor: number;
  currency: string;
  seenOn: string;
  how: MatchHow;
  howWords: string;
}

const fields = {
  model: requiredText('Model', 100),
  size: optionalText('Size', 40),
  leather: optionalText('Leather', 60),
  hardware: optionalText('Hardware', 60),
  country,
  currency,
  priceMinor: money({ positive: 'Enter the price you saw: more than zero.' }),
  seenOn: day,
  boutiqueId: id.nullish().transform((v) => v ?? null),
  source: optionalText('Where you saw it', 500),
  notes,
};

export const priceCreate = z.strictObject(fields);
export const priceUpdate = z.strictObject({ id, ...fields }).partial().required({ id: true });
export const priceList = z
  .strictObject({
    model: optionalText('Model', 100),
    country: country.optional(),
  })
  .prefault({});

export type PriceCreateInput = z.input<typeof priceCreate>;

export const pricesContract = {
  'prices.create': channel<PriceEntry>()(priceCreate),
  'prices.update': channel<PriceEntry>()(priceUpdate),
  'prices.delete': channel<{ id: number }>()(byId),
  /** Every item's history (filtered by model words or country) and the yearly increases. */
  'prices.list': channel<PriceBook>()(priceList),
};
