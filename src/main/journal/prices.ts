/**
 * The price book: the user's own price entries, each item's history, the yearly increase per
 * country from those entries, and today's price for an item (used by the collection). Deleting
 * an entry moves it to the Trash; a boutique deleted leaves the entry without it.
 */
import type { ParsedInputOf } from '../../shared/api';
import type { KnownPrice, PriceBook, PriceEntry, PriceHistory, pricesContract } from '../../shared/api/prices';
import { fold, itemKey, MATCH_WORDS, matchPrice, percentChange, yearlyIncreases, type PricedItem, type PricePoint } from '../../shared/domain/price-book';
import { notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import { fromRow, toNewRow, toRow } from '../db/rows';
import { requireLink, type DomainHandlers } from './handler';
import { importPricesCsv } from './price-import';
import { moveToTrash } from './trash';

function entries(journal: Journal, id?: number): PriceEntry[] {
  let q = journal.q.selectFrom('price_entries as e').leftJoin('boutiques as b', 'b.id', 'e.boutique_id').selectAll('e').select('b.name as boutique');
  if (id !== undefined) q = q.where('e.id', '=', id);
  return journal.all(q.orderBy('e.seen_on').orderBy('e.id')).map((r) => fromRow(r));
}

function getEntry(journal: Journal, id: number): PriceEntry {
  const found = entries(journal, id)[0];
  if (!found) throw notFound('Price', id);
  return found;
}

export function createPrice(journal: Journal, input: ParsedInputOf<'prices.create'>): PriceEntry {
  return journal.tx(() => {
    requireLink(journal, 'boutiques', input.boutiqueId, 'Boutique', ['boutiqueId']);
    const now = journal.now();
    const id = journal.insert(journal.q.insertInto('price_entries').values({ ...toNewRow(input), created_at: now, updated_at: now }));
    return getEntry(journal, id);
  });
}

export function updatePrice(journal: Journal, input: ParsedInputOf<'prices.update'>): PriceEntry {
  return journal.tx(() => {
    getEntry(journal, input.id);
    requireLink(journal, 'boutiques', input.boutiqueId, 'Boutique', ['boutiqueId']);
    const { id, ...changes } = input;
    journal.run(journal.q.updateTable('price_entries').set({ ...toRow(changes), updated_at: journal.now() }).where('id', '=', id));
    return getEntry(journal, id);
  });
}

export function deletePrice(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const e = getEntry(journal, id);
    moveToTrash(journal, 'price_entry', id, [e.model, e.size, `(${e.country}, ${e.seenOn})`].filter(Boolean).join(' '));
    return { id };
  });
}

export function listPrices(journal: Journal, input: ParsedInputOf<'prices.list'>): PriceBook {
  const all = entries(journal);
  const words = fold(input.model).split(' ').filter(Boolean);
  const shown = all.filter((e) => (!input.country || e.country === input.country) && words.every((w) => fold(`${e.model} ${e.size ?? ''} ${e.leather ?? ''} ${e.hardware ?? ''}`).includes(w)));
  const groups = new Map<string, PriceHistory>();
  for (const e of shown) {
    const key = `${itemKey(e)}|${e.currency}`;
    const g = groups.get(key) ?? { key, model: e.model, size: e.size, leather: e.leather, hardware: e.hardware, country: e.country, currency: e.currency, entries: [], changePercent: null };
    g.entries.push(e);
    // The item is named as the latest entry spells it.
    groups.set(key, { ...g, model: e.model, size: e.size, leather: e.leather, hardware: e.hardware });
  }
  const items = [...groups.values()].map((g) => ({ ...g, changePercent: g.entries.length > 1 ? percentChange(g.entries[0]!.priceMinor, g.entries[g.entries.length - 1]!.priceMinor) : null }));
  items.sort((a, b) => a.model.localeCompare(b.model) || (a.size ?? '').localeCompare(b.size ?? '', undefined, { numeric: true }) || a.country.localeCompare(b.country) || (a.leather ?? '').localeCompare(b.leather ?? ''));
  return { items, increases: yearlyIncreases(all), count: shown.length };
}

/** Every entry as a point, for matching many items at once. */
export function pricePoints(journal: Journal): PricePoint[] {
  return journal.all(journal.q.selectFrom('price_entries').select(['id', 'model', 'size', 'leather', 'hardware', 'country', 'currency', 'price_minor', 'seen_on'])).map((r) => fromRow(r));
}

/** Today's price of an item in a currency, from the points; null when no entry matches. */
export function knownPrice(points: readonly PricePoint[], item: PricedItem & { currency: string | null }): KnownPrice | null {
  const m = matchPrice(points, item);
  if (!m) return null;
  return { entryId: m.entry.id, priceMinor: m.entry.priceMinor, currency: m.entry.currency, seenOn: m.entry.seenOn, how: m.how, howWords: MATCH_WORDS[m.how] };
}

export const pricesHandlers = {
  'prices.create': createPrice,
  'prices.update': updatePrice,
  'prices.delete': deletePrice,
  'prices.list': listPrices,
  'prices.importCsv': importPricesCsv,
} satisfies DomainHandlers<typeof pricesContract>;
