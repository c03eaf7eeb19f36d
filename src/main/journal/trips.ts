/**
 * Trips: the record that ties a stay together. Companions, boutiques to visit and the
 * wishlist are parts of the trip (replaced whole on update, deleted with it). Purchases and
 * appointment attempts point at a trip: deleting such a trip is refused (`conflict`). Each
 * wishlist line is an item of the standing wishlist (wishlist.ts), with the trip's own state.
 */
import type { ParsedInputOf } from '../../shared/api';
import type { Companion, Trip, WishlistItem } from '../../shared/api/trips';
import { conflict, DomainError } from '../../shared/result';
import { fixedQuery } from '../db/fixed-query';
import type { Journal } from '../db/journal';
import { fromRow, toNewRow, toRow } from '../db/rows';
import type { TripsTable } from '../db/tables';
import { containsAny, countWhere, describeLinks, flag, requireLink, requireRecord, type DomainHandlers } from './handler';
import type { tripsContract } from '../../shared/api/trips';
import { moveToTrash } from './trash';
import { advanceStandingWish, standingWishFor } from './wishlist';

type TripRow = Omit<TripsTable, 'id'> & { id: number };

function load(journal: Journal, rows: TripRow[]): Trip[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const single = ids.length === 1 ? { id: ids[0]! } : null;
  const companions = journal.all(single ? companionsOf(single) : journal.q.selectFrom('trip_companions').selectAll().where('trip_id', 'in', ids).orderBy('position'));
  const boutiques = journal.all(single ? boutiquesOf(single) : journal.q.selectFrom('trip_boutiques').selectAll().where('trip_id', 'in', ids).orderBy('position'));
  const wishes = journal.all(single ? wishlistOf(single) : journal.q.selectFrom('trip_wishlist').selectAll().where('trip_id', 'in', ids).orderBy('position'));
  return rows.map((r) => ({
    ...fromRow(r),
    companions: companions
      .filter((c) => c.trip_id === r.id)
      .map((c): Companion => ({ id: c.id, name: c.name, adult: c.adult === 1 })),
    boutiqueIds: boutiques.filter((b) => b.trip_id === r.id).map((b) => b.boutique_id),
    wishlist: wishes
      .filter((w) => w.trip_id === r.id)
      .map(
        (w): WishlistItem => ({
          id: w.id,
          model: w.model,
          size: w.size,
          leather: w.leather,
          colour: w.colour,
          hardware: w.hardware,
          priority: w.priority as 1 | 2 | 3,
          status: w.status,
          wishlistItemId: w.wishlist_item_id,
        }),
      ),
  }));
}

// One trip's rows: the common read, compiled once (see fixedQuery).
const tripById = fixedQuery((q, p: { id: number }) => q.selectFrom('trips').selectAll().where('id', '=', p.id));
const companionsOf = fixedQuery((q, p: { id: number }) => q.selectFrom('trip_companions').selectAll().where('trip_id', '=', p.id).orderBy('position'));
const boutiquesOf = fixedQuery((q, p: { id: number }) => q.selectFrom('trip_boutiques').selectAll().where('trip_id', '=', p.id).orderBy('position'));
const wishlistOf = fixedQuery((q, p: { id: number }) => q.selectFrom('trip_wishlist').selectAll().where('trip_id', '=', p.id).orderBy('position'));

export function getTrip(journal: Journal, { id }: { id: number }): Trip {
  const row = journal.first(tripById({ id }));
  if (!row) throw new DomainError('not_found', `Trip ${id} does not exist (it may have been deleted).`);
  return load(journal, [row])[0]!;
}

type Parts = Pick<ParsedInputOf<'trips.create'>, 'companions' | 'boutiqueIds' | 'wishlist'>;

function checkBoutiques(journal: Journal, boutiqueIds: number[]): void {
  boutiqueIds.forEach((b, i) => requireLink(journal, 'boutiques', b, 'Boutique', ['boutiqueIds', i]));
}

function writeCompanions(journal: Journal, tripId: number, companions: Parts['companions']): void {
  const existing = journal.all(journal.q.selectFrom('trip_companions').select('id').where('trip_id', '=', tripId)).map((c) => c.id);
  const kept = new Set<number>();
  companions.forEach((c, position) => {
    if (c.id !== undefined) {
      if (!existing.includes(c.id)) {
        const message = `Companion ${c.id} is not on this trip.`;
        throw new DomainError('invalid_input', message, [{ path: ['companions', position, 'id'], message }]);
      }
      kept.add(c.id);
      journal.run(journal.q.updateTable('trip_companions').set({ name: c.name, adult: flag(c.adult), position }).where('id', '=', c.id));
    } else {
      journal.run(journal.q.insertInto('trip_companions').values({ trip_id: tripId, position, name: c.name, adult: flag(c.adult) }));
    }
  });
  for (const gone of existing.filter((e) => !kept.has(e))) {
    const attempts = countWhere(journal, 'appointment_attempts', 'companion_id', gone);
    if (attempts > 0) {
      const message = `A companion you removed has ${describeLinks([[attempts, 'appointment attempt', 'appointment attempts']])}; delete those first or keep the companion.`;
      throw new DomainError('conflict', message, [{ path: ['companions'], message }]);
    }
    journal.run(journal.q.deleteFrom('trip_companions').where('id', '=', gone));
  }
}

function writeBoutiques(journal: Journal, tripId: number, boutiqueIds: number[]): void {
  journal.run(journal.q.deleteFrom('trip_boutiques').where('trip_id', '=', tripId));
  boutiqueIds.forEach((boutique_id, position) =>
    journal.run(journal.q.insertInto('trip_boutiques').values({ trip_id: tripId, boutique_id, position })),
  );
}

/**
 * Kept wishes are updated in place (their ids stay), new ones inserted, dropped ones deleted.
 * Each line is an item of the standing wishlist: the one chosen, the one it already was, or the
 * one naming the same bag (started when there is none); the item follows the line's progress.
 */
function writeWishlist(journal: Journal, tripId: number, wishlist: Parts['wishlist']): void {
  // selectAll: on a journal opened with fewer migrations (the upgrade tests do) 019's column is absent.
  const rows = journal.all(journal.q.selectFrom('trip_wishlist').selectAll().where('trip_id', '=', tripId));
  const existing = new Map(rows.map((w) => [w.id, w.wishlist_item_id]));
  const kept = new Set<number>();
  wishlist.forEach((w, position) => {
    requireLink(journal, 'wishlist_items', w.wishlistItemId, 'Wishlist item', ['wishlist', position, 'wishlistItemId']);
    const keep = w.id !== undefined && existing.has(w.id) && !kept.has(w.id);
    const item = w.wishlistItemId ?? (keep ? existing.get(w.id!) : null) ?? standingWishFor(journal, w);
    const values = {
      position,
      model: w.model,
      size: w.size,
      leather: w.leather,
      colour: w.colour,
      hardware: w.hardware,
      priority: w.priority,
      status: w.status,
      wishlist_item_id: item,
    };
    if (keep) {
      kept.add(w.id!);
      journal.run(journal.q.updateTable('trip_wishlist').set(values).where('id', '=', w.id!));
    } else {
      journal.run(journal.q.insertInto('trip_wishlist').values({ trip_id: tripId, ...values }));
    }
    advanceStandingWish(journal, item, w.status);
  });
  const gone = [...existing.keys()].filter((id) => !kept.has(id));
  if (gone.length > 0) journal.run(journal.q.deleteFrom('trip_wishlist').where('id', 'in', gone));
}

export function createTrip(journal: Journal, input: ParsedInputOf<'trips.create'>): Trip {
  return journal.tx(() => {
    const { companions, boutiqueIds, wishlist, ...fields } = input;
    checkBoutiques(journal, boutiqueIds);
    const now = journal.now();
    const id = journal.insert(journal.q.insertInto('trips').values({ ...toNewRow(fields), created_at: now, updated_at: now }));
    if (companions.some((c) => c.id !== undefined)) {
      const message = 'A new trip cannot name existing companions by id.';
      throw new DomainError('invalid_input', message, [{ path: ['companions'], message }]);
    }
    writeCompanions(journal, id, companions);
    writeBoutiques(journal, id, boutiqueIds);
    writeWishlist(journal, id, wishlist);
    return getTrip(journal, { id });
  });
}

export function updateTrip(journal: Journal, input: ParsedInputOf<'trips.update'>): Trip {
  return journal.tx(() => {
    const current = getTrip(journal, { id: input.id });
    const { id, companions, boutiqueIds, wishlist, ...fields } = input;
    if ((fields.endDay ?? current.endDay) < (fields.startDay ?? current.startDay)) {
      const message = 'The end day must be on or after the start day.';
      throw new DomainError('invalid_input', message, [{ path: [fields.endDay ? 'endDay' : 'startDay'], message }]);
    }
    if (boutiqueIds) checkBoutiques(journal, boutiqueIds);
    // Fields left out are undefined, which Kysely leaves out of the SET: they keep their value.
    journal.run(journal.q.updateTable('trips').set({ ...toRow(fields), updated_at: journal.now() }).where('id', '=', id));
    if (companions) writeCompanions(journal, id, companions);
    if (boutiqueIds) writeBoutiques(journal, id, boutiqueIds);
    if (wishlist) writeWishlist(journal, id, wishlist);
    return getTrip(journal, { id: input.id });
  });
}

export function deleteTrip(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    requireRecord(journal, 'trips', id, 'Trip');
    const links = describeLinks([
      [countWhere(journal, 'purchases', 'trip_id', id), 'purchase', 'purchases'],
      [countWhere(journal, 'appointment_attempts', 'trip_id', id), 'appointment attempt', 'appointment attempts'],
    ]);
    if (links) throw conflict(`This trip still has ${links}. Delete them or move them to another trip first; nothing was deleted.`);
    const { title } = journal.first(journal.q.selectFrom('trips').select('title').where('id', '=', id))!;
    // To the Trash with its companions, boutiques, wishlist and notes.
    moveToTrash(journal, 'trip', id, title);
    return { id };
  });
}

export function listTrips(journal: Journal, input: ParsedInputOf<'trips.list'>): Trip[] {
  let q = journal.q.selectFrom('trips').selectAll();
  if (input?.from) q = q.where('end_day', '>=', input.from);
  if (input?.to) q = q.where('start_day', '<=', input.to);
  if (input?.query) q = q.where(containsAny(['title', 'city', 'hotel_name', 'notes'], input.query));
  q = q.orderBy('start_day', 'desc').orderBy('id', 'desc').limit(input?.limit ?? 200).offset(input?.offset ?? 0);
  return load(journal, journal.all(q));
}

export const tripsHandlers = {
  'trips.create': createTrip,
  'trips.get': getTrip,
  'trips.update': updateTrip,
  'trips.delete': deleteTrip,
  'trips.list': listTrips,
} satisfies DomainHandlers<typeof tripsContract>;
