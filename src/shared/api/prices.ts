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

/** A price-book CSV is read whole in memory: 2 MB is tens of thousands of prices. */
export const MAX_PRICE_CSV_CHARS = 2 * 1024 * 1024;

export const priceImportCsv = z.strictObject({
  content: z
    .string({ error: 'A CSV file with a header row (model, country, currency, price, seen on) is required.' })
    .min(1, { error: 'A CSV file with a header row (model, country, currency, price, seen on) is required.' })
    .max(MAX_PRICE_CSV_CHARS, { error: 'The file is larger than 2 MB: split it in two and import each part.' }),
  /** Check and preview only: nothing is written. */
  dryRun: z.boolean({ error: 'Say whether this is a preview.' }).default(false),
});

/** One row of the file as it will be (or was) imported; `row` is its spreadsheet row (the header is row 1). */
export interface PriceImportRow extends Pick<PriceEntry, 'model' | 'size' | 'leather' | 'hardware' | 'country' | 'currency' | 'priceMinor' | 'seenOn' | 'boutique' | 'source'> {
  row: number;
  /** The same price (item, country, currency, amount, day) is already in the price book, or earlier in the file. */
  duplicate: boolean;
}

export interface PriceImport {
  dryRun: boolean;
  /** Prices added (or, in a preview, that would be). */
  added: number;
  skippedDuplicates: number;
  /** The first rows of the file, for the preview. */
  rows: PriceImportRow[];
  /** Columns of the file that Carnet does not read, as the header names them. */
  ignoredColumns: string[];
}

export const pricesContract = {
  'prices.create': channel<PriceEntry>()(priceCreate),
  'prices.update': channel<PriceEntry>()(priceUpdate),
  'prices.delete': channel<{ id: number }>()(byId),
  /** Every item's history (filtered by model words or country) and the yearly increases. */
  'prices.list': channel<PriceBook>()(priceList),
  /** Prices from a CSV file (a header row naming the columns): all or nothing, exact duplicates skipped. */
  'prices.importCsv': channel<PriceImport>()(priceImportCsv),
};
