/**
 * Purchases: one record per receipt, its line items as parts (replaced whole on update,
 * deleted with it by ON DELETE CASCADE). A purchase that a special order points at
 * (special_orders.purchase_id) cannot be deleted (`conflict`); its decision notes go with it.
 *
 * The détaxe status and refund are what the user says (or, for a receipt on a détaxe form, the
 * form's); eligibility and the deadline are computed on every read from the official rule
 * (src/shared/domain/detaxe.ts, read in ./detaxe.ts), because they depend on the other receipts
 * of the same town over three days and on the boutique's country.
 */
import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import {
  CATEGORY_LABELS,
  PURCHASE_CATEGORIES,
  type Purchase,
  type PurchaseCategory,
  type PurchaseItem,
  type PurchaseTotalRow,
  type purchasesContract,
  REFUND_OVER_TOTAL,
} from '../../shared/api/purchases';
import { conflict, invalid, notFound } from '../../shared/result';
import { Journal } from '../db/journal';
import type { DB, PurchasesTable } from '../db/tables';
import { containsAny, countWhere, describeLinks, flag, requireLink, requireRecord, type DomainHandlers } from './handler';
import { checkStillFitsForm, detaxeOf } from './detaxe';
import { moveToTrash } from './trash';
import { labelDay } from '../../shared/domain/trash';
import { exactTotal } from '../../shared/domain/money';

type PurchaseRow = Selectable<PurchasesTable>;
type ItemInput = ParsedInputOf<'purchases.create'>['items'][number];

function load(journal: Journal, rows: PurchaseRow[]): Purchase[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const items = journal.shaped('purchases.items', { ids: Journal.ids(ids) }, ['ids'], (a) =>
    journal.q
      .selectFrom('purchase_items')
      .selectAll()
      .where(sql<boolean>`purchase_id IN (SELECT value FROM json_each(${a.ids}))`)
      .orderBy('purchase_id')
      .orderBy('position'),
  );
  const byPurchase = new Map<number, typeof items>();
  for (const i of items) {
    const list = byPurchase.get(i.purchase_id);
    if (list) list.push(i);
    else byPurchase.set(i.purchase_id, [i]);
  }
  const totals = new Map(rows.map((r) => [r.id, (byPurchase.get(r.id) ?? []).reduce((sum, i) => sum + i.price_minor, 0)]));
  const detaxe = detaxeOf(journal, rows, totals);
  return rows.map((r) => {
    const own = (byPurchase.get(r.id) ?? [])
      .map(
        (i): PurchaseItem => ({
          id: i.id,
          category: i.category,
          description: i.description,
          quota: i.quota === null ? null : i.quota === 1,
          priceMinor: i.price_minor,
          offered: i.offered === 1,
        }),
      );
    const totalMinor = own.reduce((sum, i) => sum + i.priceMinor, 0);
    return {
      id: r.id,
      day: r.day,
      boutiqueId: r.boutique_id,
      contactId: r.contact_id,
      tripId: r.trip_id,
      currency: r.currency,
      items: own,
      online: r.online === 1,
      totalMinor,
      detaxe: detaxe.get(r.id)!,
      notes: r.notes,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export function getPurchase(journal: Journal, { id }: { id: number }): Purchase {
  const row = journal.first(journal.q.selectFrom('purchases').selectAll().where('id', '=', id));
  if (!row) throw notFound('Purchase', id);
  return load(journal, [row])[0]!;
}

function checkLinks(journal: Journal, links: { boutiqueId?: number | null; contactId?: number | null; tripId?: number | null }): void {
  requireLink(journal, 'boutiques', links.boutiqueId, 'Boutique', ['boutiqueId']);
  requireLink(journal, 'contacts', links.contactId, 'Contact', ['contactId']);
  requireLink(journal, 'trips', links.tripId, 'Trip', ['tripId']);
}

/** A refund larger than the receipt is a typing slip (French VAT is a sixth of the price at most). */
function checkRefund(amountMinor: number | null, totalMinor: number): void {
  if (amountMinor !== null && amountMinor > totalMinor) {
    throw invalid(['detaxe', 'amountMinor'], REFUND_OVER_TOTAL);
  }
}

/**
 * Items are replaced whole, but an item given with the id of one of this receipt's items is
 * updated in place (so it keeps its id); new items are inserted before dropped ones are
 * deleted, so a new item never takes the id of a dropped one in the same write.
 */
function writeItems(journal: Journal, purchaseId: number, list: ItemInput[], existing: ReadonlySet<number>): void {
  const kept = new Set<number>();
  list.forEach((item, position) => {
    const values = {
      purchase_id: purchaseId,
      position,
      category: item.category,
      description: item.description,
      quota: item.category === 'bag' && item.quota !== null ? flag(item.quota) : null,
      price_minor: item.priceMinor,
      offered: flag(item.offered),
    };
    if (item.id !== undefined && existing.has(item.id)) {
      kept.add(item.id);
      journal.run(journal.q.updateTable('purchase_items').set(values).where('id', '=', item.id));
    } else {
      journal.run(journal.q.insertInto('purchase_items').values(values));
    }
  });
  const dropped = [...existing].filter((e) => !kept.has(e));
  if (dropped.length > 0) journal.run(journal.q.deleteFrom('purchase_items').where('id', 'in', dropped));
}

const sumItems = (list: { priceMinor: number }[]) => list.reduce((sum, i) => sum + i.priceMinor, 0);

export function createPurchase(journal: Journal, input: ParsedInputOf<'purchases.create'>): Purchase {
  return journal.tx(() => {
    checkLinks(journal, input);
    checkRefund(input.detaxe.amountMinor, sumItems(input.items));
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('purchases').values({
        day: input.day,
        boutique_id: input.boutiqueId,
        contact_id: input.contactId,
        trip_id: input.tripId,
        currency: input.currency,
        online: flag(input.online),
        detaxe_status: input.detaxe.status,
        detaxe_amount_minor: input.detaxe.amountMinor,
        notes: input.notes,
        created_at: now,
        updated_at: now,
      }),
    );
    writeItems(journal, id, input.items, new Set());
    return getPurchase(journal, { id });
  });
}

export function updatePurchase(journal: Journal, input: ParsedInputOf<'purchases.update'>): Purchase {
  return journal.tx(() => {
    const current = getPurchase(journal, { id: input.id });
    checkLinks(journal, input);
    if (current.detaxe.formId !== null && input.detaxe && ((input.detaxe.status ?? current.detaxe.status) !== current.detaxe.status || input.detaxe.amountMinor != null)) {
      throw invalid(['detaxe', 'status'], 'This receipt is on a détaxe form: change the status and the refund on the form (Purchases › Détaxe forms).');
    }
    const status = input.detaxe?.status ?? current.detaxe.status;
    // Leaving 'refunded' drops the stored refund; an amount given for another status is refused.
    const amountMinor =
      input.detaxe?.amountMinor !== undefined ? input.detaxe.amountMinor : status === 'refunded' ? current.detaxe.amountMinor : null;
    if (amountMinor !== null && status !== 'refunded') {
      throw invalid(['detaxe', 'amountMinor'], 'Enter the refund amount only once the détaxe is refunded.');
    }
    checkRefund(amountMinor, input.items ? sumItems(input.items) : current.totalMinor);
    journal.run(
      journal.q
        .updateTable('purchases')
        .set({
          day: input.day ?? current.day,
          boutique_id: input.boutiqueId !== undefined ? input.boutiqueId : current.boutiqueId,
          contact_id: input.contactId !== undefined ? input.contactId : current.contactId,
          trip_id: input.tripId !== undefined ? input.tripId : current.tripId,
          currency: input.currency ?? current.currency,
          online: flag(input.online ?? current.online),
          detaxe_status: status,
          detaxe_amount_minor: amountMinor,
          notes: input.notes !== undefined ? input.notes : current.notes,
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    if (input.items) writeItems(journal, input.id, input.items, new Set(current.items.map((i) => i.id)));
    checkStillFitsForm(journal, input.id);
    return getPurchase(journal, { id: input.id });
  });
}

export function deletePurchase(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    requireRecord(journal, 'purchases', id, 'Purchase');
    const links = describeLinks([[countWhere(journal, 'special_orders', 'purchase_id', id), 'special order', 'special orders']]);
    if (links) {
      throw conflict(`This purchase is the payment of ${links}. Unlink it from the special order first; nothing was deleted.`);
    }
    const { day } = journal.first(journal.q.selectFrom('purchases').select('day').where('id', '=', id))!;
    moveToTrash(journal, 'purchase', id, `Receipt of ${labelDay(day)}`);
    return { id };
  });
}

const receiptTotal = sql<number>`(SELECT coalesce(sum(pi.price_minor), 0) FROM purchase_items AS pi WHERE pi.purchase_id = purchases.id)`;

/** The items of the receipt in the outer query (a correlated subquery for EXISTS filters). */
const itemsOf = (eb: ExpressionBuilder<DB, 'purchases'>) =>
  eb.selectFrom('purchase_items').select('purchase_items.id').whereRef('purchase_items.purchase_id', '=', 'purchases.id');

export function listPurchases(journal: Journal, input: ParsedInputOf<'purchases.list'>): Purchase[] {
  const args = { ...input, sort: input?.sort ?? 'day_desc', limit: input?.limit ?? 200, offset: input?.offset ?? 0 };
  // Compiled once per combination of filters and order (the words searched are part of it).
  const params = ['from', 'to', 'boutiqueId', 'contactId', 'tripId', 'currency', 'detaxeStatus', 'category', 'limit', 'offset'] as const;
  return load(journal, journal.shaped('purchases.list', args, params, (a) => purchasesQuery(journal, a)));
}

function purchasesQuery(journal: Journal, input: Partial<NonNullable<ParsedInputOf<'purchases.list'>>> & { sort: string; limit: number; offset: number }) {
  let q = journal.q.selectFrom('purchases').selectAll('purchases');
  if (input.from) q = q.where('purchases.day', '>=', input.from);
  if (input.to) q = q.where('purchases.day', '<=', input.to);
  if (input.boutiqueId !== undefined) q = q.where('purchases.boutique_id', '=', input.boutiqueId);
  if (input.contactId !== undefined) q = q.where('purchases.contact_id', '=', input.contactId);
  if (input.tripId !== undefined) q = q.where('purchases.trip_id', '=', input.tripId);
  if (input.currency) q = q.where('purchases.currency', '=', input.currency);
  if (input.detaxeStatus) q = q.where('purchases.detaxe_status', '=', input.detaxeStatus);
  if (input.category) {
    const category = input.category;
    q = q.where((eb) => eb.exists(itemsOf(eb).where('purchase_items.category', '=', category)));
  }
  if (input.quota !== undefined) {
    const quota = flag(input.quota);
    q = q.where((eb) => eb.exists(itemsOf(eb).where('purchase_items.category', '=', 'bag').where('purchase_items.quota', '=', quota)));
  }
  if (input.query) {
    const words = input.query;
    q = q.where((eb) =>
      eb.or([containsAny(['purchases.notes'], words), eb.exists(itemsOf(eb).where(containsAny(['purchase_items.description'], words)))]),
    );
  }
  const direction = input.sort.endsWith('_asc') ? 'asc' : 'desc';
  q = input.sort.startsWith('total') ? q.orderBy(receiptTotal, direction).orderBy('purchases.day', 'desc') : q.orderBy('purchases.day', direction);
  return q.orderBy('purchases.id', direction).limit(input.limit).offset(input.offset);
}

const categoryOrder = sql<number>`CASE i.category ${sql.join(
  PURCHASE_CATEGORIES.map((c, n) => sql`WHEN ${c} THEN ${n}`),
  sql` `,
)} END`;

/**
 * Spend per group and currency, in one GROUP BY query over receipts joined to their items.
 * Currencies are a grouping column, so amounts in different currencies are never added.
 * By year, boutique or contact the items are first summed per receipt (one pass over the
 * covering index purchase_items_prices, migration 023), so each receipt is joined once and
 * counted without DISTINCT: 4–5× faster over twenty years than joining every item.
 */
export function purchaseTotals(journal: Journal, input: ParsedInputOf<'purchases.totals'>): PurchaseTotalRow[] {
  // The filters, on the receipt (alias p) in both shapes below.
  const conditions = [
    input.from ? sql<boolean>`p.day >= ${input.from}` : null,
    input.to ? sql<boolean>`p.day <= ${input.to}` : null,
    input.boutiqueId !== undefined ? sql<boolean>`p.boutique_id = ${input.boutiqueId}` : null,
    input.contactId !== undefined ? sql<boolean>`p.contact_id = ${input.contactId}` : null,
    input.tripId !== undefined ? sql<boolean>`p.trip_id = ${input.tripId}` : null,
  ].filter((c) => c !== null);
  const where = conditions.length > 0 ? sql<boolean>`${sql.join(conditions, sql` AND `)}` : sql<boolean>`1`;
  if (input.groupBy === 'category') {
    const rows = journal.all(
      journal.q
        .selectFrom('purchases as p')
        .innerJoin('purchase_items as i', 'i.purchase_id', 'p.id')
        .where(where)
        .select(['p.currency', (eb) => eb.fn.sum<number>('i.price_minor').as('total')])
        .select(['i.category as key', sql<string | null>`NULL`.as('label'), sql<number>`count(i.id)`.as('count')])
        .groupBy(['i.category', 'p.currency'])
        .orderBy(categoryOrder)
        .orderBy('p.currency'),
    );
    return rows.map((r) => ({ key: r.key, label: labelOf(input.groupBy, r.key, r.label), currency: r.currency, totalMinor: exactTotal(r.total, r.currency), count: Number(r.count) }));
  }
  const receiptSums = journal.q
    .selectFrom('purchase_items')
    .select(['purchase_id', (eb) => eb.fn.sum<number>('price_minor').as('price_minor')])
    .groupBy('purchase_id')
    .as('i');
  const base = journal.q
    .selectFrom('purchases as p')
    .innerJoin(receiptSums, 'i.purchase_id', 'p.id')
    .leftJoin('boutiques as b', 'b.id', 'p.boutique_id')
    .leftJoin('contacts as c', 'c.id', 'p.contact_id')
    .where(where)
    .select(['p.currency', (eb) => eb.fn.sum<number>('i.price_minor').as('total')]);

  // One row per receipt (its items summed): a plain count.
  const receipts = sql<number>`count(*)`;
  const year = sql<string>`substr(p.day, 1, 4)`;
  let rows: { key: number | string | null; label: string | null; currency: string; total: number; count: number }[];
  switch (input.groupBy) {
    case 'year':
      rows = journal.all(
        base
          .select([year.as('label'), sql<number>`CAST(substr(p.day, 1, 4) AS INTEGER)`.as('key'), receipts.as('count')])
          .groupBy([year, 'p.currency'])
          .orderBy(year, 'desc')
          .orderBy('p.currency'),
      );
      break;
    case 'boutique':
      rows = journal.all(
        base
          .select(['p.boutique_id as key', 'b.name as label', receipts.as('count')])
          .groupBy(['p.boutique_id', 'b.name', 'p.currency'])
          .orderBy(sql`p.boutique_id IS NULL`)
          .orderBy(sql`b.name COLLATE NOCASE`)
          .orderBy('p.boutique_id')
          .orderBy('p.currency'),
      );
      break;
    case 'contact':
      rows = journal.all(
        base
          .select(['p.contact_id as key', 'c.name as label', receipts.as('count')])
          .groupBy(['p.contact_id', 'c.name', 'p.currency'])
          .orderBy(sql`p.contact_id IS NULL`)
          .orderBy(sql`c.name COLLATE NOCASE`)
          .orderBy('p.contact_id')
          .orderBy('p.currency'),
      );
      break;
  }
  return rows.map((r) => ({
    key: r.key,
    label: labelOf(input.groupBy, r.key, r.label),
    currency: r.currency,
    totalMinor: exactTotal(r.total, r.currency),
    count: Number(r.count),
  }));
}

function labelOf(groupBy: ParsedInputOf<'purchases.totals'>['groupBy'], key: number | string | null, label: string | null): string {
  if (groupBy === 'category') return CATEGORY_LABELS[key as PurchaseCategory];
  if (label !== null) return label;
  return groupBy === 'boutique' ? 'No boutique recorded' : 'No contact recorded';
}

export const purchasesHandlers = {
  'purchases.create': createPurchase,
  'purchases.get': getPurchase,
  'purchases.update': updatePurchase,
  'purchases.delete': deletePurchase,
  'purchases.list': listPurchases,
  'purchases.totals': purchaseTotals,
} satisfies DomainHandlers<typeof purchasesContract>;
