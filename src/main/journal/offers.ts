/**
 * Offers: what an SA offered, when, how it came, and what the user decided.
 *
 * - The day (and optional time) are on the boutique's wall clock; the offer keeps the
 *   boutique's zone, and its quota year (the year in Paris time) is computed on every write.
 * - Taking an offer creates the purchase (one line, marked offered) — or links a receipt
 *   already in the journal — in the same transaction as the decision: a failure leaves neither.
 * - Setting a taken offer back (declined / still deciding) or deleting it keeps the purchase:
 *   it is money spent; only the link goes. Deleting an offer deletes its decision notes.
 * - An offer names the attempt or special order it came from; deleting those keeps the offer
 *   (the link is dropped by the schema, ON DELETE SET NULL).
 */
import { DateTime } from 'luxon';
import type { Selectable } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import { offerShapeIssues, type Offer, type offersContract } from '../../shared/api/offers';
import { describeOffer } from '../../shared/domain/offer-item';
import { offerInstant, quotaYearOf, QUOTA_ZONE } from '../../shared/domain/spend-profile';
import { quotaMark } from '../../shared/domain/quota-rule';
import { rulesOf } from './settings';
import { conflict, DomainError, invalid, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { OffersTable } from '../db/tables';
import { containsAny, flag, nullableFlag, requireLink, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';
import { today } from './today';

type OfferRow = Selectable<OffersTable>;
type TakeInput = NonNullable<ParsedInputOf<'offers.create'>['take']>;

const toOffer = (r: OfferRow): Offer => ({
  id: r.id,
  day: r.day,
  time: r.time,
  timeZone: r.time_zone,
  offeredAt: offerInstant(r.day, r.time, r.time_zone),
  quotaYear: r.quota_year,
  boutiqueId: r.boutique_id,
  contactId: r.contact_id,
  source: r.source,
  attemptId: r.attempt_id,
  specialOrderId: r.special_order_id,
  category: r.category,
  model: r.model,
  size: r.size,
  leather: r.leather,
  colour: r.colour,
  hardware: r.hardware,
  quota: r.quota === null ? null : r.quota === 1,
  priceMinor: r.price_minor,
  currency: r.currency,
  decision: r.decision,
  decidedOn: r.decided_on,
  reason: r.reason,
  purchaseId: r.purchase_id,
  wishId: null,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Each offer with the wish it answers (a wish names its offer: wishlist_items.offer_id). */
function withWishes(journal: Journal, offers: Offer[]): Offer[] {
  if (offers.length === 0) return offers;
  const links = journal.all(
    journal.q.selectFrom('wishlist_items').select(['id', 'offer_id']).where('offer_id', 'in', offers.map((o) => o.id)).orderBy('id'),
  );
  const wishOf = new Map<number, number>();
  for (const l of links) if (l.offer_id !== null && !wishOf.has(l.offer_id)) wishOf.set(l.offer_id, l.id);
  return offers.map((o) => ({ ...o, wishId: wishOf.get(o.id) ?? null }));
}

export function getOffer(journal: Journal, { id }: { id: number }): Offer {
  const row = journal.first(journal.q.selectFrom('offers').selectAll().where('id', '=', id));
  if (!row) throw notFound('Offer', id);
  return withWishes(journal, [toOffer(row)])[0]!;
}

/** The wish's status follows the offer it answers: offered while deciding, bought (with the purchase) when taken, wanted again when declined. */
const WISH_STATUS_OF: Record<Offer['decision'], 'offered' | 'bought' | 'wanted'> = { pending: 'offered', taken: 'bought', declined: 'wanted' };

/**
 * Links the offer to the wish it answers (null: none), or — with `wishId` undefined — brings the
 * linked wish's status in line after a decision. A wish already answered by another offer still
 * open or taken is refused; one answered by a declined offer moves to this one. Runs inside the
 * caller's transaction.
 */
function linkWish(journal: Journal, offerId: number, wishId: number | null | undefined, previousPurchaseId: number | null = null): void {
  const offer = getOffer(journal, { id: offerId });
  const now = journal.now();
  if (wishId !== undefined && wishId !== offer.wishId) {
    if (wishId !== null) {
      requireLink(journal, 'wishlist_items', wishId, 'Wish', ['wishId']);
      const wish = journal.first(journal.q.selectFrom('wishlist_items').select(['status', 'offer_id', 'purchase_id']).where('id', '=', wishId))!;
      if (wish.offer_id !== null && wish.offer_id !== offerId) {
        const other = journal.first(journal.q.selectFrom('offers').select(['day', 'decision']).where('id', '=', wish.offer_id));
        if (other && other.decision !== 'declined') {
          throw invalid(['wishId'], `That wish is already answered by the offer of ${other.day} (${other.decision === 'taken' ? 'taken' : 'still deciding'}); choose another wish or none.`);
        }
      }
      if (wish.status === 'bought' && wish.purchase_id !== null && wish.offer_id !== offerId) {
        throw invalid(['wishId'], 'That wish is already bought, with its purchase; choose another wish or none.');
      }
    }
    // The wish it answered until now is wanted again (a bought one stays bought: that purchase happened).
    journal.run(journal.q.updateTable('wishlist_items').set({ status: 'wanted' }).where('offer_id', '=', offerId).where('status', '=', 'offered'));
    journal.run(journal.q.updateTable('wishlist_items').set({ offer_id: null, updated_at: now }).where('offer_id', '=', offerId));
    if (wishId !== null) journal.run(journal.q.updateTable('wishlist_items').set({ offer_id: offerId, updated_at: now }).where('id', '=', wishId));
  }
  const status = WISH_STATUS_OF[offer.decision];
  const linked = journal.first(journal.q.selectFrom('wishlist_items').select(['id', 'purchase_id']).where('offer_id', '=', offerId));
  if (!linked) return;
  const purchaseId = offer.decision === 'taken' ? offer.purchaseId : linked.purchase_id !== null && linked.purchase_id === previousPurchaseId ? null : linked.purchase_id;
  journal.run(journal.q.updateTable('wishlist_items').set({ status, purchase_id: purchaseId, updated_at: now }).where('id', '=', linked.id));
}

/** The wall clock an offer is written in: its boutique's zone, Paris without one. */
function zoneOf(journal: Journal, boutiqueId: number | null): string {
  if (boutiqueId === null) return QUOTA_ZONE;
  return journal.first(journal.q.selectFrom('boutiques').select('time_zone').where('id', '=', boutiqueId))?.time_zone ?? QUOTA_ZONE;
}

/**
 * An offer is recorded once it happened. Tomorrow is still accepted: a boutique's day can be
 * ahead of this machine's (a call from Paris early in the morning, read in California).
 */
function checkDay(journal: Journal, day: string): void {
  const latest = DateTime.fromISO(today(journal)).plus({ days: 1 }).toISODate()!;
  if (day > latest) throw invalid(['day'], `An offer is recorded once it has happened; ${day} is still to come.`);
}

function checkLinks(
  journal: Journal,
  o: { boutiqueId?: number | null | undefined; contactId?: number | null | undefined; attemptId?: number | null | undefined; specialOrderId?: number | null | undefined },
): void {
  requireLink(journal, 'boutiques', o.boutiqueId, 'Boutique', ['boutiqueId']);
  requireLink(journal, 'contacts', o.contactId, 'Contact', ['contactId']);
  requireLink(journal, 'appointment_attempts', o.attemptId, 'Appointment attempt', ['attemptId']);
  requireLink(journal, 'special_orders', o.specialOrderId, 'Special order', ['specialOrderId']);
}

function checkShape(o: Parameters<typeof offerShapeIssues>[0]): void {
  const issue = offerShapeIssues(o)[0];
  if (issue) throw invalid(issue.path, issue.message);
}

/** Where the offer came from lends it its boutique and SA when the input leaves them out. */
function inherited(journal: Journal, input: ParsedInputOf<'offers.create'>): { boutiqueId: number | null; contactId: number | null; tripId: number | null } {
  let from: { boutique_id: number | null; contact_id: number | null; trip_id: number | null } | undefined;
  if (input.attemptId !== null) {
    from = journal.first(journal.q.selectFrom('appointment_attempts').select(['boutique_id', 'contact_id', 'trip_id']).where('id', '=', input.attemptId));
  } else if (input.specialOrderId !== null) {
    const order = journal.first(journal.q.selectFrom('special_orders').select(['boutique_id', 'contact_id']).where('id', '=', input.specialOrderId));
    from = order && { ...order, trip_id: null };
  }
  return {
    boutiqueId: input.boutiqueId !== undefined ? input.boutiqueId : (from?.boutique_id ?? null),
    contactId: input.contactId !== undefined ? input.contactId : (from?.contact_id ?? null),
    tripId: from?.trip_id ?? null,
  };
}

/**
 * The decision "taken": the purchase is created (or the given receipt linked) and the offer
 * points at it. Runs inside the caller's transaction. `at` prefixes field paths (['take'] when
 * the offer is created taken).
 */
function applyTake(journal: Journal, offer: Offer, take: TakeInput, at: string[], defaultTripId: number | null): void {
  let purchaseId: number;
  let decidedOn: string;
  if (take.purchaseId !== undefined) {
    requireLink(journal, 'purchases', take.purchaseId, 'Purchase', [...at, 'purchaseId']);
    const receipt = journal.first(journal.q.selectFrom('purchases').select('day').where('id', '=', take.purchaseId))!;
    if (receipt.day < offer.day) {
      throw invalid([...at, 'purchaseId'], `That purchase (${receipt.day}) is from before the offer (${offer.day}); choose the receipt of this offer.`);
    }
    purchaseId = take.purchaseId;
    decidedOn = take.day ?? receipt.day;
  } else {
    decidedOn = take.day ?? offer.day;
    const priceMinor = take.priceMinor ?? offer.priceMinor;
    const currency = take.currency ?? offer.currency;
    if (priceMinor === null) throw invalid([...at, 'priceMinor'], 'Enter the price paid; it becomes the purchase.');
    if (currency === null) throw invalid([...at, 'currency'], 'Choose the currency the price was paid in.');
    const tripId = take.tripId ?? defaultTripId;
    requireLink(journal, 'trips', take.tripId, 'Trip', [...at, 'tripId']);
    const now = journal.now();
    purchaseId = journal.insert(
      journal.q.insertInto('purchases').values({
        day: decidedOn,
        boutique_id: offer.boutiqueId,
        contact_id: offer.contactId,
        trip_id: tripId,
        currency,
        detaxe_status: 'not_applicable',
        detaxe_amount_minor: null,
        notes: `Taken offer of ${offer.day}.`,
        created_at: now,
        updated_at: now,
      }),
    );
    journal.run(
      journal.q.insertInto('purchase_items').values({
        purchase_id: purchaseId,
        position: 0,
        category: offer.category,
        description: describeOffer(offer),
        quota: nullableFlag(quotaMark(offer.category, offer.quota, offer.model, rulesOf(journal).quotaModels)),
        price_minor: priceMinor,
        offered: 1,
      }),
    );
  }
  if (decidedOn < offer.day) throw invalid([...at, 'day'], `The purchase cannot be before the offer (${offer.day}).`);
  journal.run(
    journal.q
      .updateTable('offers')
      .set({ decision: 'taken', decided_on: decidedOn, reason: take.reason ?? offer.reason, purchase_id: purchaseId, updated_at: journal.now() })
      .where('id', '=', offer.id),
  );
}

export function createOffer(journal: Journal, input: ParsedInputOf<'offers.create'>): Offer {
  return journal.tx(() => {
    checkDay(journal, input.day);
    checkLinks(journal, input);
    const links = inherited(journal, input);
    const timeZone = zoneOf(journal, links.boutiqueId);
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('offers').values({
        day: input.day,
        time: input.time,
        time_zone: timeZone,
        quota_year: quotaYearOf(input.day, input.time, timeZone),
        boutique_id: links.boutiqueId,
        contact_id: links.contactId,
        source: input.source,
        attempt_id: input.attemptId,
        special_order_id: input.specialOrderId,
        category: input.category,
        model: input.model,
        size: input.size,
        leather: input.leather,
        colour: input.colour,
        hardware: input.hardware,
        // "Not sure" on a Birkin or Kelly reads as the reported rule: a quota bag (No overrides it).
        quota: nullableFlag(quotaMark(input.category, input.quota, input.model, rulesOf(journal).quotaModels)),
        price_minor: input.priceMinor,
        currency: input.currency,
        decision: input.decision === 'declined' ? 'declined' : 'pending',
        decided_on: input.decision === 'declined' ? input.day : null,
        reason: input.reason,
        purchase_id: null,
        notes: input.notes,
        created_at: now,
        updated_at: now,
      }),
    );
    if (input.decision === 'taken' && input.take) applyTake(journal, getOffer(journal, { id }), input.take, ['take'], links.tripId);
    if (input.wishId !== null) linkWish(journal, id, input.wishId);
    return getOffer(journal, { id });
  });
}

export function updateOffer(journal: Journal, input: ParsedInputOf<'offers.update'>): Offer {
  return journal.tx(() => {
    const current = getOffer(journal, { id: input.id });
    const keep = <T>(next: T | undefined, was: T): T => (next !== undefined ? next : was);
    const merged = {
      day: input.day ?? current.day,
      time: keep(input.time, current.time),
      boutiqueId: keep(input.boutiqueId, current.boutiqueId),
      contactId: keep(input.contactId, current.contactId),
      source: input.source ?? current.source,
      attemptId: keep(input.attemptId, current.attemptId),
      specialOrderId: keep(input.specialOrderId, current.specialOrderId),
      category: input.category ?? current.category,
      model: input.model ?? current.model,
      size: keep(input.size, current.size),
      leather: keep(input.leather, current.leather),
      colour: keep(input.colour, current.colour),
      hardware: keep(input.hardware, current.hardware),
      quota: keep(input.quota, current.quota),
      priceMinor: keep(input.priceMinor, current.priceMinor),
      currency: keep(input.currency, current.currency),
      reason: keep(input.reason, current.reason),
      notes: keep(input.notes, current.notes),
    };
    // Moving the offer away from bags drops a stored quota mark rather than refusing the edit.
    if (input.category !== undefined && input.category !== 'bag' && input.quota === undefined) merged.quota = null;
    merged.quota = quotaMark(merged.category, merged.quota, merged.model, rulesOf(journal).quotaModels);
    checkShape(merged);
    if (input.day !== undefined) checkDay(journal, input.day);
    if (current.decidedOn !== null && merged.day > current.decidedOn) {
      throw invalid(['day'], `This offer was ${current.decision} on ${current.decidedOn}; it cannot have been made after that.`);
    }
    checkLinks(journal, input);
    const timeZone = zoneOf(journal, merged.boutiqueId);
    journal.run(
      journal.q
        .updateTable('offers')
        .set({
          day: merged.day,
          time: merged.time,
          time_zone: timeZone,
          quota_year: quotaYearOf(merged.day, merged.time, timeZone),
          boutique_id: merged.boutiqueId,
          contact_id: merged.contactId,
          source: merged.source,
          attempt_id: merged.attemptId,
          special_order_id: merged.specialOrderId,
          category: merged.category,
          model: merged.model,
          size: merged.size,
          leather: merged.leather,
          colour: merged.colour,
          hardware: merged.hardware,
          quota: nullableFlag(merged.quota),
          price_minor: merged.priceMinor,
          currency: merged.currency,
          reason: merged.reason,
          notes: merged.notes,
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    if (input.wishId !== undefined) linkWish(journal, input.id, input.wishId);
    return getOffer(journal, { id: input.id });
  });
}

export function takeOffer(journal: Journal, input: ParsedInputOf<'offers.take'>): Offer {
  return journal.tx(() => {
    const offer = getOffer(journal, { id: input.id });
    if (offer.decision === 'taken') {
      throw conflict(
        offer.purchaseId !== null
          ? `This offer is already taken (purchase ${offer.purchaseId}); nothing was changed.`
          : 'This offer is already taken; set it back to "still deciding" first to record its purchase. Nothing was changed.',
      );
    }
    const attemptTrip =
      offer.attemptId === null
        ? null
        : (journal.first(journal.q.selectFrom('appointment_attempts').select('trip_id').where('id', '=', offer.attemptId))?.trip_id ?? null);
    applyTake(journal, offer, input, [], attemptTrip);
    linkWish(journal, offer.id, undefined);
    return getOffer(journal, { id: offer.id });
  });
}

export function decideOffer(journal: Journal, input: ParsedInputOf<'offers.decide'>): Offer {
  return journal.tx(() => {
    const offer = getOffer(journal, { id: input.id });
    const reason = input.reason !== null ? input.reason : offer.reason;
    if (input.decision === 'declined') {
      const day = input.day ?? (today(journal) < offer.day ? offer.day : today(journal));
      if (day < offer.day) throw invalid(['day'], `An offer cannot be declined before it was made (${offer.day}).`);
      journal.run(
        journal.q.updateTable('offers').set({ decision: 'declined', decided_on: day, reason, purchase_id: null, updated_at: journal.now() }).where('id', '=', offer.id),
      );
    } else {
      if (input.day !== undefined) throw invalid(['day'], 'An offer you are still deciding on has no decision day; leave the day out.');
      journal.run(
        journal.q.updateTable('offers').set({ decision: 'pending', decided_on: null, reason, purchase_id: null, updated_at: journal.now() }).where('id', '=', offer.id),
      );
    }
    linkWish(journal, offer.id, undefined, offer.purchaseId);
    return getOffer(journal, { id: offer.id });
  });
}

export function deleteOffer(journal: Journal, { id }: { id: number }): { id: number; purchaseId: number | null } {
  return journal.tx(() => {
    const offer = getOffer(journal, { id });
    moveToTrash(journal, 'offer', id, [offer.model, offer.size].filter(Boolean).join(' '));
    return { id, purchaseId: offer.purchaseId };
  });
}

/** Newest first: by day, then time (offers without a time after those with one that day), then id. */
export function listOffers(journal: Journal, input: ParsedInputOf<'offers.list'>): Offer[] {
  let q = journal.q.selectFrom('offers').selectAll();
  if (input?.boutiqueId !== undefined) q = q.where('boutique_id', '=', input.boutiqueId);
  if (input?.contactId !== undefined) q = q.where('contact_id', '=', input.contactId);
  if (input?.year !== undefined) q = q.where('quota_year', '=', input.year);
  if (input?.decision !== undefined) q = q.where('decision', '=', input.decision);
  if (input?.category !== undefined) q = q.where('category', '=', input.category);
  if (input?.quota !== undefined) q = q.where('category', '=', 'bag').where('quota', '=', flag(input.quota));
  if (input?.source !== undefined) q = q.where('source', '=', input.source);
  if (input?.attemptId !== undefined) q = q.where('attempt_id', '=', input.attemptId);
  if (input?.specialOrderId !== undefined) q = q.where('special_order_id', '=', input.specialOrderId);
  if (input?.query) q = q.where(containsAny(['model', 'size', 'leather', 'colour', 'hardware', 'reason', 'notes'], input.query));
  q = q.orderBy('day', 'desc').orderBy('time', 'desc').orderBy('id', 'desc').limit(input?.limit ?? 500).offset(input?.offset ?? 0);
  return withWishes(journal, journal.all(q).map(toOffer));
}

/** Guards a caller that bypasses the contract (the schema already requires `take` for "taken"). */
function assertTakeGiven(input: ParsedInputOf<'offers.create'>): void {
  if (input.decision === 'taken' && !input.take) throw new DomainError('invalid_input', 'Say what the taken offer became.');
}

export const offersHandlers = {
  'offers.create': (journal, input) => {
    assertTakeGiven(input);
    return createOffer(journal, input);
  },
  'offers.get': getOffer,
  'offers.update': updateOffer,
  'offers.delete': deleteOffer,
  'offers.list': listOffers,
  'offers.take': takeOffer,
  'offers.decide': decideOffer,
} satisfies DomainHandlers<typeof offersContract>;
