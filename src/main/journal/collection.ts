/**
 * "My collection": every bag and small leather good the user owns, derived — never entered
 * twice. A purchase line of those categories is a bag owned (an accepted special order's purchase
 * included, with the order's specification; a taken offer's or a bought wish's spec likewise);
 * bags that came another way (a gift, pre-owned, before Carnet) are added by hand with their
 * provenance. What the user adds about a bought bag (notes, sold or given away) is a
 * collection_items row naming its purchase line. Leaving the collection is a day and a how; the
 * entry and its history stay ("left" shows them).
 */
import type { ParsedInputOf } from '../../shared/api';
import type { Collection, CollectionCategory, CollectionEntry, CollectionTotal, collectionContract } from '../../shared/api/collection';
import { addMinor } from '../../shared/domain/money';
import type { SpecialOrderSpec } from '../../shared/domain/special-order-spec';
import { conflict, DomainError, invalid, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { CollectionItemsTable } from '../db/tables';
import { nullableFlag, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';
import { knownPrice, pricePoints } from './prices';
import { percentChange, type PricePoint } from '../../shared/domain/price-book';

type OwnRow = Omit<CollectionItemsTable, 'id'> & { id: number };

const COLLECTABLE = ['bag', 'small_leather_goods'] as const;

const specOf = (r: {
  model: string | null;
  size: string | null;
  exterior_leather?: string | null;
  exterior_colour?: string | null;
  interior_leather?: string | null;
  interior_colour?: string | null;
  stitching?: string | null;
  hardware: string | null;
}): SpecialOrderSpec | null =>
  r.model
    ? {
        model: r.model,
        size: r.size,
        exteriorLeather: r.exterior_leather ?? null,
        exteriorColour: r.exterior_colour ?? null,
        interiorLeather: r.interior_leather ?? null,
        interiorColour: r.interior_colour ?? null,
        stitching: r.stitching ?? null,
        hardware: r.hardware,
      }
    : null;

const titleOf = (spec: SpecialOrderSpec | null, fallback: string) => (spec ? [spec.model, spec.size].filter(Boolean).join(' ') : fallback);
const boolOf = (f: 0 | 1 | null): boolean | null => (f === null ? null : f === 1);
const leftOf = (r: { left_how: OwnRow['left_how']; left_on: string | null } | undefined) =>
  r?.left_how && r.left_on ? { how: r.left_how, day: r.left_on } : null;

/** Every entry ever owned, newest first. */
function allEntries(journal: Journal): CollectionEntry[] {
  const lines = journal.all(
    journal.q
      .selectFrom('purchase_items as i')
      .innerJoin('purchases as p', 'p.id', 'i.purchase_id')
      .leftJoin('boutiques as b', 'b.id', 'p.boutique_id')
      .leftJoin('contacts as c', 'c.id', 'p.contact_id')
      .select(['i.id', 'i.purchase_id', 'i.category', 'i.description', 'i.quota', 'i.price_minor', 'p.day', 'p.currency', 'b.name as boutique', 'c.name as sa'])
      .where('i.category', 'in', [...COLLECTABLE])
      .orderBy('i.purchase_id')
      .orderBy('i.position'),
  );
  const purchaseIds = [...new Set(lines.map((l) => l.purchase_id))];
  const orders = purchaseIds.length ? journal.all(journal.q.selectFrom('special_orders').selectAll().where('purchase_id', 'in', purchaseIds)) : [];
  const offers = purchaseIds.length
    ? journal.all(journal.q.selectFrom('offers').selectAll().where('purchase_id', 'in', purchaseIds).where('decision', '=', 'taken'))
    : [];
  const wishes = purchaseIds.length ? journal.all(journal.q.selectFrom('wishlist_items').selectAll().where('purchase_id', 'in', purchaseIds)) : [];
  const own = journal.all(journal.q.selectFrom('collection_items').selectAll());
  const overlay = new Map(own.filter((o) => o.purchase_item_id !== null).map((o) => [o.purchase_item_id!, o]));

  // A special order, offer or wish describes the first bag line of its purchase (of its category).
  const firstLine = (purchaseId: number, category: string) =>
    lines.find((l) => l.purchase_id === purchaseId && l.category === category)?.id ?? lines.find((l) => l.purchase_id === purchaseId)?.id;
  const orderOf = new Map(orders.map((o) => [firstLine(o.purchase_id!, 'bag'), o]));
  const offerOf = new Map(offers.map((o) => [firstLine(o.purchase_id!, o.category), o]));
  const wishOf = new Map(wishes.map((w) => [firstLine(w.purchase_id!, 'bag'), w]));

  const bought = lines.map((l): CollectionEntry => {
    const order = orderOf.get(l.id);
    const offer = offerOf.get(l.id);
    const wish = wishOf.get(l.id);
    const spec = order ? specOf(order) : offer ? specOf({ ...offer, exterior_leather: offer.leather, exterior_colour: offer.colour }) : wish ? specOf(wish) : null;
    const extra = overlay.get(l.id);
    return {
      key: `line:${l.id}`,
      id: extra?.id ?? null,
      source: order ? 'special_order' : 'purchase',
      purchaseItemId: l.id,
      purchaseId: l.purchase_id,
      specialOrderId: order?.id ?? null,
      offerId: offer?.id ?? null,
      wishlistItemId: wish?.id ?? null,
      category: l.category as CollectionCategory,
      title: titleOf(spec, l.description),
      spec,
      provenance: null,
      acquiredOn: l.day,
      where: l.boutique,
      from: l.sa,
      priceMinor: l.price_minor,
      currency: l.currency,
      quota: boolOf(l.quota),
      left: leftOf(extra),
      notes: extra?.notes ?? null,
      todayPrice: null,
      changeSincePaid: null,
    };
  });
  const byHand = own.filter((o) => o.purchase_item_id === null).map(handEntry);
  const points = pricePoints(journal);
  return [...bought, ...byHand]
    .map((e) => priced(e, points)).sort((a, b) => (b.acquiredOn ?? '').localeCompare(a.acquiredOn ?? '') || a.key.localeCompare(b.key));
}

/** An entry with today's price from the price book and its change since it was paid. */
function priced(e: CollectionEntry, points: readonly PricePoint[]): CollectionEntry {
  if (!e.spec) return e;
  const today = knownPrice(points, { model: e.spec.model, size: e.spec.size, leather: e.spec.exteriorLeather, hardware: e.spec.hardware, currency: e.currency });
  const change = today && e.priceMinor !== null && e.currency === today.currency ? percentChange(e.priceMinor, today.priceMinor) : null;
  return { ...e, todayPrice: today, changeSincePaid: change };
}

function handEntry(o: OwnRow): CollectionEntry {
  const spec = specOf(o);
  return {
    key: `own:${o.id}`,
    id: o.id,
    source: 'by_hand',
    purchaseItemId: null,
    purchaseId: null,
    specialOrderId: null,
    offerId: null,
    wishlistItemId: null,
    category: o.category ?? 'bag',
    title: titleOf(spec, 'Bag'),
    spec,
    provenance: o.provenance,
    acquiredOn: o.acquired_on,
    where: o.acquired_where,
    from: o.acquired_from,
    priceMinor: o.price_minor,
    currency: o.currency,
    quota: boolOf(o.quota),
    left: leftOf(o),
    notes: o.notes,
    todayPrice: null,
    changeSincePaid: null,
  };
}

/** Sums per currency, never across currencies. */
function totalsOf(amounts: ({ minor: number; currency: string } | null)[]): CollectionTotal[] {
  const sums = new Map<string, CollectionTotal>();
  for (const a of amounts) {
    if (!a) continue;
    const t = sums.get(a.currency) ?? { currency: a.currency, totalMinor: 0, count: 0 };
    const total = addMinor(t.totalMinor, a.minor);
    if (total === null) throw new DomainError('internal', `The collection's total in ${a.currency} is too large to add up.`);
    sums.set(a.currency, { currency: a.currency, totalMinor: total, count: t.count + 1 });
  }
  return [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

const contains = (hay: string | null | undefined, needle: string) => !!hay && hay.toLocaleLowerCase().includes(needle.toLocaleLowerCase());
const modelOf = (e: CollectionEntry) => e.spec?.model ?? e.title;

export function listCollection(journal: Journal, input: ParsedInputOf<'collection.list'>): Collection {
  const all = allEntries(journal);
  const entries = all.filter(
    (e) =>
      (input.show === 'all' || (input.show === 'owned') === (e.left === null)) &&
      (!input.model || contains(modelOf(e), input.model) || contains(e.title, input.model)) &&
      (!input.colour || contains(e.spec?.exteriorColour, input.colour) || contains(e.spec?.interiorColour, input.colour) || (!e.spec && contains(e.title, input.colour))) &&
      (input.year === undefined || e.acquiredOn?.slice(0, 4) === String(input.year)) &&
      (input.quota === undefined || e.quota === input.quota),
  );
  const owned = entries.filter((e) => !e.left);
  const paid = totalsOf(owned.map((e) => (e.priceMinor !== null && e.currency !== null ? { minor: e.priceMinor, currency: e.currency } : null)));
  const today = totalsOf(owned.map((e) => (e.todayPrice ? { minor: e.todayPrice.priceMinor, currency: e.todayPrice.currency } : null)));
  const sorted = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
  return {
    entries,
    totals: paid,
    todayTotals: today,
    choices: {
      models: sorted(all.map((e) => e.spec?.model)),
      colours: sorted(all.map((e) => e.spec?.exteriorColour)),
      years: [...new Set(all.map((e) => e.acquiredOn?.slice(0, 4)).filter((y): y is string => !!y).map(Number))].sort((a, b) => b - a),
    },
  };
}

function entryByKey(journal: Journal, key: string): CollectionEntry {
  const found = allEntries(journal).find((e) => e.key === key);
  if (!found) throw new DomainError('not_found', 'That collection item does not exist (it may have been deleted).');
  return found;
}

function ownRow(journal: Journal, id: number): OwnRow {
  const row = journal.first(journal.q.selectFrom('collection_items').selectAll().where('id', '=', id));
  if (!row) throw notFound('Collection item', id);
  return row;
}

type HandInput = Partial<ParsedInputOf<'collection.create'>>;

const handValues = (v: HandInput) => ({
  category: v.category,
  model: v.model,
  size: v.size,
  exterior_leather: v.exteriorLeather,
  exterior_colour: v.exteriorColour,
  interior_leather: v.interiorLeather,
  interior_colour: v.interiorColour,
  stitching: v.stitching,
  hardware: v.hardware,
  provenance: v.provenance,
  acquired_on: v.acquiredOn,
  acquired_where: v.where,
  acquired_from: v.from,
  price_minor: v.priceMinor,
  currency: v.currency,
  quota: v.quota === undefined ? undefined : v.category === 'small_leather_goods' ? null : nullableFlag(v.quota),
  notes: v.notes,
});

export function createOwned(journal: Journal, input: ParsedInputOf<'collection.create'>): CollectionEntry {
  return journal.tx(() => {
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('collection_items').values({ ...handValues(input), purchase_item_id: null, left_how: null, left_on: null, created_at: now, updated_at: now }),
    );
    return entryByKey(journal, `own:${id}`);
  });
}

export function updateOwned(journal: Journal, input: ParsedInputOf<'collection.update'>): CollectionEntry {
  return journal.tx(() => {
    const row = ownRow(journal, input.id);
    const { id, ...rest } = input;
    if (row.purchase_item_id !== null) {
      const other = Object.entries(rest).filter(([k, v]) => k !== 'notes' && v !== undefined);
      if (other.length > 0) throw conflict('This bag comes from a purchase: change what it is, its price or its day on the purchase. Only its notes can be edited here; nothing was changed.');
    }
    const priceMinor = rest.priceMinor !== undefined ? rest.priceMinor : row.price_minor;
    const currency = rest.currency !== undefined ? rest.currency : row.currency;
    if ((priceMinor === null) !== (currency === null)) throw invalid(['currency'], 'Give the price paid with its currency (or neither).');
    // Kysely drops undefined values from set(): what was not given stays.
    journal.run(journal.q.updateTable('collection_items').set({ ...handValues({ ...rest, category: rest.category ?? row.category ?? undefined }), updated_at: journal.now() }).where('id', '=', id));
    return entryByKey(journal, row.purchase_item_id !== null ? `line:${row.purchase_item_id}` : `own:${id}`);
  });
}

export function deleteOwned(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const row = ownRow(journal, id);
    if (row.purchase_item_id !== null) {
      throw conflict('This bag comes from a purchase: it leaves your collection when you mark it sold or given away, or when you delete the purchase. Nothing was deleted.');
    }
    moveToTrash(journal, 'collection_item', id, [row.model, row.size].filter(Boolean).join(' ') || 'Collection item');
    return { id };
  });
}

export function leaveCollection(journal: Journal, input: ParsedInputOf<'collection.leave'>): CollectionEntry {
  return journal.tx(() => {
    const left = { left_how: input.how, left_on: input.how === null ? null : (input.day ?? null), updated_at: journal.now(), ...(input.notes !== undefined ? { notes: input.notes } : {}) };
    let key: string;
    if (input.id !== undefined) {
      const row = ownRow(journal, input.id);
      journal.run(journal.q.updateTable('collection_items').set(left).where('id', '=', row.id));
      key = row.purchase_item_id !== null ? `line:${row.purchase_item_id}` : `own:${row.id}`;
    } else {
      const lineId = input.purchaseItemId!;
      const line = journal.first(journal.q.selectFrom('purchase_items').select(['id', 'category']).where('id', '=', lineId));
      if (!line) throw notFound('Purchase line', lineId);
      if (!(COLLECTABLE as readonly string[]).includes(line.category)) throw invalid(['purchaseItemId'], 'Only bags and small leather goods are in the collection.');
      const existing = journal.first(journal.q.selectFrom('collection_items').select('id').where('purchase_item_id', '=', lineId));
      if (existing) journal.run(journal.q.updateTable('collection_items').set(left).where('id', '=', existing.id));
      else {
        journal.run(
          journal.q.insertInto('collection_items').values({
            purchase_item_id: lineId,
            category: null,
            model: null,
            size: null,
            exterior_leather: null,
            exterior_colour: null,
            interior_leather: null,
            interior_colour: null,
            stitching: null,
            hardware: null,
            provenance: null,
            acquired_on: null,
            acquired_where: null,
            acquired_from: null,
            price_minor: null,
            currency: null,
            quota: null,
            notes: null,
            created_at: journal.now(),
            ...left,
          }),
        );
      }
      key = `line:${lineId}`;
    }
    return entryByKey(journal, key);
  });
}

export const collectionHandlers = {
  'collection.list': listCollection,
  'collection.create': createOwned,
  'collection.update': updateOwned,
  'collection.delete': deleteOwned,
  'collection.leave': leaveCollection,
} satisfies DomainHandlers<typeof collectionContract>;
