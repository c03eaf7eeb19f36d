/**
 * Special orders: the specification, the status history (special_order_events, a part of the
 * order: deleted with it) and the decision on arrival.
 *
 * - Steps follow the order in shared/domain/special-order-status.ts and never go back in time.
 * - Accepting or rejecting happens only through `decide`, once the bag has arrived: the reasons
 *   become a decision note, and accepting creates the purchase (one bag line, offered) and
 *   links it — all in one transaction, so a failure leaves neither.
 * - Deleting an order deletes its history and its decision notes; a purchase created by
 *   accepting it stays in the user's purchases (it is money spent), only unlinked.
 */
import { sql } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import type { SpecialOrder, SpecialOrderEvent, specialOrdersContract } from '../../shared/api/special-orders';
import { RANGE_MESSAGE } from '../../shared/api/special-orders';
import { describeSpec } from '../../shared/domain/special-order-spec';
import {
  dayProblem,
  historyProblem,
  futureProblem,
  latestDayBegun,
  isFinal,
  STATUS_LABELS,
  transitionProblem,
  type SpecialOrderStatus,
} from '../../shared/domain/special-order-status';
import { computeWait, type OtherOrder } from '../../shared/domain/special-order-timing';
import { conflict, DomainError, invalid, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import { knownPrice, pricePoints } from './prices';
import { getSettings } from './settings';
import { percentChange } from '../../shared/domain/price-book';
import type { SpecialOrderEventsTable, SpecialOrdersTable } from '../db/tables';
import { containsAny, nullableFlag, requireLink, type DomainHandlers } from './handler';
import { quotaMark } from '../../shared/domain/quota-rule';
import { rulesOf } from './settings';
import { insertNote } from './notes';
import { moveToTrash } from './trash';
import { today } from './today';

type OrderRow = Omit<SpecialOrdersTable, 'id'> & { id: number };
type EventRow = Omit<SpecialOrderEventsTable, 'id'> & { id: number };

const toEvent = (e: EventRow): SpecialOrderEvent => ({ id: e.id, status: e.status, day: e.day, note: e.note, createdAt: e.created_at });

/** Every order's placed and arrived days, for comparing waits. */
function allWaits(journal: Journal): OtherOrder[] {
  const rows = journal.all(
    journal.q
      .selectFrom('special_order_events as e')
      .innerJoin('special_orders as o', 'o.id', 'e.order_id')
      .select(['e.order_id', 'e.status', 'e.day', 'o.model'])
      .where('e.status', 'in', ['placed', 'arrived'])
      .orderBy('e.id'),
  );
  const byOrder = new Map<number, OtherOrder>();
  for (const r of rows) {
    const o = byOrder.get(r.order_id) ?? { orderId: r.order_id, model: r.model, placedOn: null, arrivedOn: null };
    if (r.status === 'placed') o.placedOn ??= r.day;
    if (r.status === 'arrived') o.arrivedOn ??= r.day;
    byOrder.set(r.order_id, o);
  }
  return [...byOrder.values()];
}

function load(journal: Journal, rows: OrderRow[]): SpecialOrder[] {
  if (rows.length === 0) return [];
  const events = journal.all(
    journal.q
      .selectFrom('special_order_events')
      .selectAll()
      .where('order_id', 'in', rows.map((r) => r.id))
      .orderBy('id'),
  );
  const waits = allWaits(journal);
  const day = today(journal);
  const points = pricePoints(journal);
  const currencies = new Map(points.length ? journal.all(journal.q.selectFrom('boutiques').select(['id', 'currency'])).map((b) => [b.id, b.currency]) : []);
  const fallback = points.length ? getSettings(journal).defaultCurrency : null;
  const pricesOf = (r: OrderRow, placedOn: string | null) => {
    const item = { model: r.model, size: r.size, leather: r.exterior_leather, hardware: r.hardware };
    const currency = (r.boutique_id !== null ? currencies.get(r.boutique_id) : null) ?? fallback;
    const find = (ps: typeof points) => knownPrice(ps, { ...item, currency }) ?? knownPrice(ps, { ...item, currency: null });
    const latest = find(points);
    const atPlacing = placedOn ? find(points.filter((p) => p.seenOn <= placedOn)) : null;
    const changePercent = atPlacing && latest && atPlacing.currency === latest.currency && atPlacing.entryId !== latest.entryId ? percentChange(atPlacing.priceMinor, latest.priceMinor) : null;
    return { atPlacing, latest, changePercent };
  };
  return rows.map((r) => {
    const history = events.filter((e) => e.order_id === r.id).map(toEvent);
    const dayOf = (s: SpecialOrderStatus) => history.find((e) => e.status === s)?.day ?? null;
    return {
      id: r.id,
      boutiqueId: r.boutique_id,
      contactId: r.contact_id,
      model: r.model,
      size: r.size,
      exteriorLeather: r.exterior_leather,
      exteriorColour: r.exterior_colour,
      interiorLeather: r.interior_leather,
      interiorColour: r.interior_colour,
      stitching: r.stitching,
      hardware: r.hardware,
      expectedFrom: r.expected_from,
      expectedTo: r.expected_to,
      purchaseId: r.purchase_id,
      notes: r.notes,
      history,
      // Every order keeps at least one step (create requires one; deleteEvent keeps one).
      status: history[history.length - 1]!.status,
      offeredOn: dayOf('offered'),
      placedOn: dayOf('placed'),
      arrivedOn: dayOf('arrived'),
      wait: computeWait({
        history,
        expectedFrom: r.expected_from,
        expectedTo: r.expected_to,
        today: day,
        others: waits.filter((w) => w.orderId !== r.id),
      }),
      prices: pricesOf(r, dayOf('placed')),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export function getSpecialOrder(journal: Journal, { id }: { id: number }): SpecialOrder {
  const row = journal.first(journal.q.selectFrom('special_orders').selectAll().where('id', '=', id));
  if (!row) throw notFound('Special order', id);
  return load(journal, [row])[0]!;
}

function checkLinks(journal: Journal, input: { boutiqueId?: number | null | undefined; contactId?: number | null | undefined }): void {
  requireLink(journal, 'boutiques', input.boutiqueId, 'Boutique', ['boutiqueId']);
  requireLink(journal, 'contacts', input.contactId, 'Contact', ['contactId']);
}

function insertEvent(journal: Journal, orderId: number, step: { status: SpecialOrderStatus; day: string; note: string | null }): number {
  return journal.insert(
    journal.q.insertInto('special_order_events').values({ order_id: orderId, status: step.status, day: step.day, note: step.note, created_at: journal.now() }),
  );
}

function touch(journal: Journal, orderId: number): void {
  journal.run(journal.q.updateTable('special_orders').set({ updated_at: journal.now() }).where('id', '=', orderId));
}

export function createSpecialOrder(journal: Journal, input: ParsedInputOf<'specialOrders.create'>): SpecialOrder {
  return journal.tx(() => {
    const problem = historyProblem(input.history, latestDayBegun(journal.now()));
    if (problem) throw invalid(['history', problem.index, problem.field], problem.message);
    checkLinks(journal, input);
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('special_orders').values({
        boutique_id: input.boutiqueId,
        contact_id: input.contactId,
        model: input.model,
        size: input.size,
        exterior_leather: input.exteriorLeather,
        exterior_colour: input.exteriorColour,
        interior_leather: input.interiorLeather,
        interior_colour: input.interiorColour,
        stitching: input.stitching,
        hardware: input.hardware,
        expected_from: input.expectedFrom,
        expected_to: input.expectedTo,
        purchase_id: null,
        notes: input.notes,
        created_at: now,
        updated_at: now,
      }),
    );
    for (const step of input.history) insertEvent(journal, id, step);
    return getSpecialOrder(journal, { id });
  });
}

export function updateSpecialOrder(journal: Journal, input: ParsedInputOf<'specialOrders.update'>): SpecialOrder {
  return journal.tx(() => {
    const current = getSpecialOrder(journal, { id: input.id });
    const keep = <T>(next: T | undefined, was: T): T => (next !== undefined ? next : was);
    const expectedFrom = keep(input.expectedFrom, current.expectedFrom);
    const expectedTo = keep(input.expectedTo, current.expectedTo);
    if (expectedFrom && expectedTo && expectedTo < expectedFrom) {
      throw invalid([input.expectedTo !== undefined ? 'expectedTo' : 'expectedFrom'], RANGE_MESSAGE);
    }
    checkLinks(journal, input);
    journal.run(
      journal.q
        .updateTable('special_orders')
        .set({
          boutique_id: keep(input.boutiqueId, current.boutiqueId),
          contact_id: keep(input.contactId, current.contactId),
          model: input.model ?? current.model,
          size: keep(input.size, current.size),
          exterior_leather: keep(input.exteriorLeather, current.exteriorLeather),
          exterior_colour: keep(input.exteriorColour, current.exteriorColour),
          interior_leather: keep(input.interiorLeather, current.interiorLeather),
          interior_colour: keep(input.interiorColour, current.interiorColour),
          stitching: keep(input.stitching, current.stitching),
          hardware: keep(input.hardware, current.hardware),
          expected_from: expectedFrom,
          expected_to: expectedTo,
          notes: keep(input.notes, current.notes),
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    return getSpecialOrder(journal, { id: input.id });
  });
}

/** The timeline and notes go to the Trash with the order; a purchase made by accepting it stays. */
export function deleteSpecialOrder(journal: Journal, { id }: { id: number }): { id: number; purchaseId: number | null } {
  return journal.tx(() => {
    const current = getSpecialOrder(journal, { id });
    // To the Trash with its timeline, guidance choices and notes.
    moveToTrash(journal, 'special_order', id, [current.model, current.size].filter(Boolean).join(' '));
    return { id, purchaseId: current.purchaseId };
  });
}

const lastStatus = sql<SpecialOrderStatus>`(SELECT e.status FROM special_order_events e WHERE e.order_id = special_orders.id ORDER BY e.id DESC LIMIT 1)`;
const lastDay = sql<string>`(SELECT max(e.day) FROM special_order_events e WHERE e.order_id = special_orders.id)`;

/** Newest activity first: by the latest step's day, then the newest order. */
export function listSpecialOrders(journal: Journal, input: ParsedInputOf<'specialOrders.list'>): SpecialOrder[] {
  let q = journal.q.selectFrom('special_orders').selectAll();
  if (input?.status !== undefined) q = q.where(lastStatus, 'in', Array.isArray(input.status) ? input.status : [input.status]);
  if (input?.boutiqueId !== undefined) q = q.where('boutique_id', '=', input.boutiqueId);
  if (input?.query) {
    q = q.where(
      containsAny(['model', 'size', 'exterior_leather', 'exterior_colour', 'interior_leather', 'interior_colour', 'stitching', 'hardware', 'notes'], input.query),
    );
  }
  q = q.orderBy(lastDay, 'desc').orderBy('id', 'desc').limit(input?.limit ?? 200).offset(input?.offset ?? 0);
  return load(journal, journal.all(q));
}

export function addEvent(journal: Journal, input: ParsedInputOf<'specialOrders.addEvent'>): SpecialOrder {
  return journal.tx(() => {
    const order = getSpecialOrder(journal, { id: input.orderId });
    const last = order.history[order.history.length - 1]!;
    const statusProblem = transitionProblem(last.status, input.status);
    if (statusProblem) throw invalid(['status'], statusProblem);
    const dateProblem = dayProblem(last, input) ?? futureProblem(input, latestDayBegun(journal.now()));
    if (dateProblem) throw invalid(['day'], dateProblem);
    insertEvent(journal, order.id, input);
    touch(journal, order.id);
    return getSpecialOrder(journal, { id: order.id });
  });
}

function requireEvent(journal: Journal, id: number): EventRow {
  const row = journal.first(journal.q.selectFrom('special_order_events').selectAll().where('id', '=', id));
  if (!row) throw notFound('Step', id);
  return row;
}

export function updateEvent(journal: Journal, input: ParsedInputOf<'specialOrders.updateEvent'>): SpecialOrder {
  return journal.tx(() => {
    const event = requireEvent(journal, input.id);
    const order = getSpecialOrder(journal, { id: event.order_id });
    if (input.status !== undefined && input.status !== event.status && (event.status === 'accepted' || event.status === 'rejected')) {
      throw invalid(
        ['status'],
        `${STATUS_LABELS[event.status]} is a decision, not a step to rename; to undo it, delete it (it is the latest step) and record the right one.`,
      );
    }
    const edited = { status: input.status ?? event.status, day: input.day ?? event.day, note: input.note !== undefined ? input.note : event.note };
    const future = edited.day !== event.day ? futureProblem(edited, latestDayBegun(journal.now())) : null;
    if (future) throw invalid(['day'], future);
    const problem = historyProblem(order.history.map((e) => (e.id === event.id ? edited : e)));
    if (problem) throw invalid([problem.field], problem.message);
    journal.run(journal.q.updateTable('special_order_events').set(edited).where('id', '=', event.id));
    touch(journal, order.id);
    return getSpecialOrder(journal, { id: order.id });
  });
}

/**
 * Only the latest step can be deleted, and an order keeps at least one; its note stays on the
 * order as a decision note of the step's day. Deleting an "Accepted"
 * step unlinks the purchase it created; the purchase itself stays (delete it from purchases if
 * it was a mistake).
 */
export function deleteEvent(journal: Journal, { id }: { id: number }): SpecialOrder {
  return journal.tx(() => {
    const event = requireEvent(journal, id);
    const order = getSpecialOrder(journal, { id: event.order_id });
    const last = order.history[order.history.length - 1]!;
    if (last.id !== event.id) {
      throw conflict(`Only the latest step (${STATUS_LABELS[last.status]} on ${last.day}) can be deleted; delete the later steps first. Nothing was deleted.`);
    }
    if (order.history.length === 1) throw conflict('An order keeps at least one step; delete the order itself instead. Nothing was deleted.');
    journal.run(journal.q.deleteFrom('special_order_events').where('id', '=', id));
    // What was written on the step stays on the order, as a note of the step's day.
    const written = event.note?.trim();
    if (written) {
      insertNote(journal, {
        subjectType: 'special_order',
        subjectId: order.id,
        day: event.day,
        kind: 'reflection',
        body: `From the deleted step ${STATUS_LABELS[event.status]}: ${written}`,
        confidence: null,
        pinned: false,
        resurfaceOn: null,
      });
    }
    if (event.status === 'accepted') {
      journal.run(journal.q.updateTable('special_orders').set({ purchase_id: null }).where('id', '=', order.id));
    }
    touch(journal, order.id);
    return getSpecialOrder(journal, { id: order.id });
  });
}

/**
 * The decision on the arrived bag, in one transaction: the step, the reasons as a decision
 * note, and for "accepted" the purchase (one bag line marked offered) linked to the order.
 */
export function decide(journal: Journal, input: ParsedInputOf<'specialOrders.decide'>): SpecialOrder {
  return journal.tx(() => {
    const order = getSpecialOrder(journal, { id: input.id });
    const last = order.history[order.history.length - 1]!;
    if (last.status !== 'arrived') {
      throw conflict(
        isFinal(last.status)
          ? `This order is already ${STATUS_LABELS[last.status].toLowerCase()} (${last.day}); that is final. Nothing was changed.`
          : `This order's latest step is ${STATUS_LABELS[last.status]}; you can accept or reject the bag once it has arrived. Nothing was changed.`,
      );
    }
    const dateProblem = dayProblem(last, { status: input.decision, day: input.day }) ?? futureProblem({ status: input.decision, day: input.day }, latestDayBegun(journal.now()));
    if (dateProblem) throw invalid(['day'], dateProblem);

    insertEvent(journal, order.id, { status: input.decision, day: input.day, note: null });
    insertNote(journal, {
      subjectType: 'special_order',
      subjectId: order.id,
      day: input.day,
      kind: 'decision',
      body: input.reasons,
      confidence: input.confidence ?? null,
      pinned: false,
      resurfaceOn: null,
    });
    let purchaseId: number | null = null;
    if (input.decision === 'accepted') {
      if (input.priceMinor === undefined || input.currency === undefined) {
        // The contract requires both for "accepted"; this guards a caller that bypasses it.
        throw new DomainError('invalid_input', 'Enter the price paid for the bag and its currency.');
      }
      const now = journal.now();
      purchaseId = journal.insert(
        journal.q.insertInto('purchases').values({
          day: input.day,
          boutique_id: order.boutiqueId,
          contact_id: order.contactId,
          trip_id: null,
          currency: input.currency,
          detaxe_status: 'not_applicable',
          detaxe_amount_minor: null,
          notes: `Accepted special order ${order.id}.`,
          created_at: now,
          updated_at: now,
        }),
      );
      journal.run(
        journal.q.insertInto('purchase_items').values({
          purchase_id: purchaseId,
          position: 0,
          category: 'bag',
          description: describeSpec(order),
          // A special-order Birkin or Kelly is a quota bag by the reported rule.
          quota: nullableFlag(quotaMark('bag', null, order.model, rulesOf(journal).quotaModels)),
          price_minor: input.priceMinor,
          offered: 1,
        }),
      );
    }
    journal.run(
      journal.q
        .updateTable('special_orders')
        .set({ purchase_id: purchaseId ?? order.purchaseId, updated_at: journal.now() })
        .where('id', '=', order.id),
    );
    return getSpecialOrder(journal, { id: order.id });
  });
}

export const specialOrdersHandlers = {
  'specialOrders.create': createSpecialOrder,
  'specialOrders.get': getSpecialOrder,
  'specialOrders.update': updateSpecialOrder,
  'specialOrders.delete': deleteSpecialOrder,
  'specialOrders.list': listSpecialOrders,
  'specialOrders.addEvent': addEvent,
  'specialOrders.updateEvent': updateEvent,
  'specialOrders.deleteEvent': deleteEvent,
  'specialOrders.decide': decide,
} satisfies DomainHandlers<typeof specialOrdersContract>;
