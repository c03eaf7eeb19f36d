/**
 * The standing wishlist: what the user wants, in the special-order specification, ordered by
 * hand. A trip's wishlist lines (trip_wishlist) point at these items and keep their own per-trip
 * state (ticked found, offered); a new line on a trip joins the standing item naming the same bag,
 * or starts one, so the standing list holds every wish once.
 *
 * - "Bought" links the purchase that fulfilled the wish: one already recorded, or a new one
 *   made here through the purchases service (one line describing the wish), so the bag reaches
 *   the collection once, as that purchase line.
 * - A let-go wish names no purchase (the contract, this service and the table's CHECK say so).
 * - Deleting an item moves it with its notes to the Trash; the trips that carried it keep their own line of it.
 */
import type { ParsedInputOf } from '../../shared/api';
import { purchaseCreate } from '../../shared/api/purchases';
import type { WishlistItem, WishTrip, wishlistContract } from '../../shared/api/wishlist';
import { quotaMark } from '../../shared/domain/quota-rule';
import { rulesOf } from './settings';
import { describeBag } from '../../shared/domain/special-order-spec';
import { LET_GO_WITH_PURCHASE, sameBagKey, type WishPriority, type WishStatus } from '../../shared/domain/wishlist';
import { conflict, invalid, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import { fromRow, toNewRow, toRow, withChanges } from '../db/rows';
import type { WishlistItemsTable } from '../db/tables';
import { containsAny, requireLink, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';
import { createPurchase } from './purchases';
import { knownPrice, pricePoints } from './prices';
import { getSettings } from './settings';

type Row = Omit<WishlistItemsTable, 'id'> & { id: number };

function load(journal: Journal, rows: Row[]): WishlistItem[] {
  if (rows.length === 0) return [];
  const trips = journal.all(
    journal.q
      .selectFrom('trip_wishlist as w')
      .innerJoin('trips as t', 't.id', 'w.trip_id')
      .select(['w.wishlist_item_id', 'w.status', 't.id', 't.title', 't.start_day'])
      .where('w.wishlist_item_id', 'in', rows.map((r) => r.id))
      .orderBy('t.start_day')
      .orderBy('t.id'),
  );
  const points = pricePoints(journal);
  const currency = points.length ? getSettings(journal).defaultCurrency : null;
  const priceOf = (r: Row) => {
    const item = { model: r.model, size: r.size, leather: r.exterior_leather, hardware: r.hardware };
    return knownPrice(points, { ...item, currency }) ?? knownPrice(points, { ...item, currency: null });
  };
  return rows.map((r) => ({
    ...fromRow(r),
    priority: r.priority as WishPriority,
    price: priceOf(r),
    trips: trips
      .filter((t) => t.wishlist_item_id === r.id)
      .map((t): WishTrip => ({ tripId: t.id, title: t.title, startDay: t.start_day, status: t.status })),
  }));
}

export function getWish(journal: Journal, { id }: { id: number }): WishlistItem {
  const row = journal.first(journal.q.selectFrom('wishlist_items').selectAll().where('id', '=', id));
  if (!row) throw notFound('Wishlist item', id);
  return load(journal, [row])[0]!;
}

export function listWishes(journal: Journal, input: ParsedInputOf<'wishlist.list'>): WishlistItem[] {
  let q = journal.q.selectFrom('wishlist_items').selectAll();
  if (input?.status) q = q.where('status', 'in', input.status);
  if (input?.query) {
    q = q.where(containsAny(['model', 'size', 'exterior_leather', 'exterior_colour', 'interior_leather', 'interior_colour', 'stitching', 'hardware', 'alternatives', 'notes'], input.query));
  }
  return load(journal, journal.all(q.orderBy('position').orderBy('id')));
}

function checkLinks(journal: Journal, input: { offerId?: number | null | undefined; purchaseId?: number | null | undefined }): void {
  requireLink(journal, 'offers', input.offerId, 'Offer', ['offerId']);
  requireLink(journal, 'purchases', input.purchaseId, 'Purchase', ['purchaseId']);
}

function nextPosition(journal: Journal): number {
  const row = journal.first(journal.q.selectFrom('wishlist_items').select((eb) => eb.fn.max('position').as('p')));
  return row?.p == null ? 0 : Number(row.p) + 1;
}

/** A new wish: the create channel's fields (a field left out is empty). */
type NewWish = ParsedInputOf<'wishlist.create'>;

function insertWish(journal: Journal, w: NewWish): number {
  const now = journal.now();
  return journal.insert(
    journal.q.insertInto('wishlist_items').values({ position: nextPosition(journal), ...toNewRow(w), created_at: now, updated_at: now }),
  );
}

export function createWish(journal: Journal, input: ParsedInputOf<'wishlist.create'>): WishlistItem {
  return journal.tx(() => {
    checkLinks(journal, input);
    const id = insertWish(journal, input);
    return getWish(journal, { id });
  });
}

export function updateWish(journal: Journal, input: ParsedInputOf<'wishlist.update'>): WishlistItem {
  return journal.tx(() => {
    const { id, ...changes } = input;
    const current = getWish(journal, { id });
    const next = withChanges(current, changes);
    if (next.status === 'let_go' && next.purchaseId !== null) throw invalid([changes.purchaseId !== undefined ? 'purchaseId' : 'status'], LET_GO_WITH_PURCHASE);
    checkLinks(journal, changes);
    journal.run(journal.q.updateTable('wishlist_items').set({ ...toRow(changes), updated_at: journal.now() }).where('id', '=', id));
    return getWish(journal, { id: input.id });
  });
}

export function deleteWish(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const wish = getWish(journal, { id });
    moveToTrash(journal, 'wishlist_item', id, [wish.model, wish.size].filter(Boolean).join(' '));
    return { id };
  });
}

/** The whole list in its new order: every item once, nothing else. */
export function reorderWishes(journal: Journal, { ids }: ParsedInputOf<'wishlist.reorder'>): WishlistItem[] {
  return journal.tx(() => {
    const all = journal.all(journal.q.selectFrom('wishlist_items').select('id')).map((r) => r.id);
    const given = new Set(ids);
    if (given.size !== ids.length || given.size !== all.length || all.some((id) => !given.has(id))) {
      throw invalid(['ids'], 'The new order must name every wishlist item once; the list may have changed meanwhile. Nothing was moved.');
    }
    ids.forEach((id, position) => journal.run(journal.q.updateTable('wishlist_items').set({ position }).where('id', '=', id)));
    return listWishes(journal, undefined);
  });
}

export function markBought(journal: Journal, input: ParsedInputOf<'wishlist.markBought'>): WishlistItem {
  return journal.tx(() => {
    const wish = getWish(journal, { id: input.id });
    if (wish.status === 'bought' && wish.purchaseId !== null) {
      throw conflict('This wish is already bought, with its purchase linked. Nothing was changed.');
    }
    let purchaseId = input.purchaseId;
    if (purchaseId !== undefined) {
      requireLink(journal, 'purchases', purchaseId, 'Purchase', ['purchaseId']);
    } else {
      requireLink(journal, 'boutiques', input.boutiqueId, 'Boutique', ['boutiqueId']);
      purchaseId = createPurchase(
        journal,
        purchaseCreate.parse({
          day: input.day,
          boutiqueId: input.boutiqueId,
          currency: input.currency,
          items: [
            {
              category: input.category,
              description: describeBag(wish).slice(0, 200),
              quota: input.category === 'bag' ? quotaMark('bag', null, wish.model, rulesOf(journal).quotaModels) : null,
              priceMinor: input.priceMinor,
            },
          ],
          notes: `Bought from the wishlist (item ${wish.id}).`,
        }),
      ).id;
    }
    journal.run(journal.q.updateTable('wishlist_items').set({ status: 'bought', purchase_id: purchaseId, updated_at: journal.now() }).where('id', '=', wish.id));
    return getWish(journal, { id: wish.id });
  });
}

const RANK: Record<WishStatus, number> = { wanted: 1, offered: 2, bought: 3, let_go: 0 };

/**
 * The standing item a trip's new wishlist line is: the one naming the same bag, or a new one.
 * Called by the trips service inside its transaction.
 */
export function standingWishFor(
  journal: Journal,
  line: { model: string; size: string | null; leather: string | null; colour: string | null; hardware: string | null; priority: WishPriority; status: 'wanted' | 'offered' | 'bought' },
): number {
  const key = sameBagKey({ model: line.model, size: line.size, exteriorLeather: line.leather, exteriorColour: line.colour, hardware: line.hardware });
  const rows = journal.all(journal.q.selectFrom('wishlist_items').select(['id', 'model', 'size', 'exterior_leather', 'exterior_colour', 'hardware']).orderBy('id'));
  const found = rows.find((r) => sameBagKey({ model: r.model, size: r.size, exteriorLeather: r.exterior_leather, exteriorColour: r.exterior_colour, hardware: r.hardware }) === key);
  if (found) return found.id;
  return insertWish(journal, {
    model: line.model,
    size: line.size,
    exteriorLeather: line.leather,
    exteriorColour: line.colour,
    interiorLeather: null,
    interiorColour: null,
    stitching: null,
    hardware: line.hardware,
    priority: line.priority,
    alternatives: null,
    status: line.status,
    offerId: null,
    purchaseId: null,
    notes: null,
  });
}

/** A trip's line moved on (offered, ticked bought): the standing item follows, never back, never out of "let go". */
export function advanceStandingWish(journal: Journal, id: number, status: 'wanted' | 'offered' | 'bought'): void {
  const row = journal.first(journal.q.selectFrom('wishlist_items').select(['status']).where('id', '=', id));
  if (!row || row.status === 'let_go' || RANK[row.status] >= RANK[status]) return;
  journal.run(journal.q.updateTable('wishlist_items').set({ status, updated_at: journal.now() }).where('id', '=', id));
}

export const wishlistHandlers = {
  'wishlist.list': listWishes,
  'wishlist.get': getWish,
  'wishlist.create': createWish,
  'wishlist.update': updateWish,
  'wishlist.delete': deleteWish,
  'wishlist.reorder': reorderWishes,
  'wishlist.markBought': markBought,
} satisfies DomainHandlers<typeof wishlistContract>;
