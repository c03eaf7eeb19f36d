/**
 * The spend profile, the quota year and the offer timeline: read-only views over purchases and
 * offers (the computations are pure, in shared/domain/spend-profile.ts), plus the few things the
 * user sets for them — groups of linked stores, the price of the bag they hope for (per
 * currency), and which purchases were bought online.
 *
 * Online purchases are never part of a store's or a group's figures: they are reported not to
 * count toward a store's profile, so they get their own scope.
 */
import { sql } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import type { PurchaseCategory } from '../../shared/api/purchases';
import type { profileContract, SpendProfile, SpendScope, StoreGroup, Timeline, TimelineEvent, TimelineLane } from '../../shared/api/profile';
import { describeOffer } from '../../shared/domain/offer-item';
import {
  quotaYearAt,
  scopeFigures,
  summarizeQuota,
  type OfferDecision,
  type QuotaSummary,
  type SpendOffer,
  type SpendPurchase,
  type SpendTarget,
} from '../../shared/domain/spend-profile';
import { DomainError, invalid, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import { flag, requireLink, type DomainHandlers } from './handler';
import { rulesOf } from './settings';
import { today } from './today';

interface PurchaseFact extends SpendPurchase {
  boutiqueId: number | null;
  online: boolean;
  quotaBags: number;
  descriptions: string[];
  hasBag: boolean;
}

interface OfferFact extends SpendOffer {
  boutiqueId: number | null;
  quotaYear: number;
  purchaseId: number | null;
  label: string;
}

function purchaseFacts(journal: Journal): PurchaseFact[] {
  const rows = journal.all(journal.q.selectFrom('purchases').select(['id', 'day', 'boutique_id', 'currency', 'online']).orderBy('day').orderBy('id'));
  const items = journal.all(
    journal.q.selectFrom('purchase_items').select(['purchase_id', 'category', 'description', 'price_minor', 'quota']).orderBy('purchase_id').orderBy('position'),
  );
  const byPurchase = new Map<number, typeof items>();
  for (const i of items) byPurchase.set(i.purchase_id, [...(byPurchase.get(i.purchase_id) ?? []), i]);
  return rows.map((r) => {
    const own = byPurchase.get(r.id) ?? [];
    return {
      id: r.id,
      day: r.day,
      currency: r.currency,
      boutiqueId: r.boutique_id,
      online: r.online === 1,
      items: own.map((i) => ({ category: i.category, priceMinor: i.price_minor })),
      quotaBags: own.filter((i) => i.category === 'bag' && i.quota === 1).length,
      descriptions: own.map((i) => i.description),
      hasBag: own.some((i) => i.category === 'bag'),
    };
  });
}

function offerFacts(journal: Journal): OfferFact[] {
  return journal
    .all(journal.q.selectFrom('offers').selectAll().orderBy('day').orderBy('time').orderBy('id'))
    .map((o) => ({
      id: o.id,
      day: o.day,
      category: o.category,
      model: o.model,
      quota: o.quota === null ? null : o.quota === 1,
      decision: o.decision,
      boutiqueId: o.boutique_id,
      quotaYear: o.quota_year,
      purchaseId: o.purchase_id,
      label: describeOffer(o),
    }));
}

function listTargets(journal: Journal): SpendTarget[] {
  return journal
    .all(journal.q.selectFrom('spend_targets').select(['currency', 'price_minor', 'label']).orderBy('currency'))
    .map((t) => ({ currency: t.currency, priceMinor: t.price_minor, label: t.label }));
}

export function listGroups(journal: Journal): StoreGroup[] {
  const groups = journal.all(journal.q.selectFrom('store_groups').selectAll().orderBy(sql`name COLLATE NOCASE`).orderBy('id'));
  const members = journal.all(
    journal.q
      .selectFrom('store_group_members as m')
      .innerJoin('boutiques as b', 'b.id', 'm.boutique_id')
      .select(['m.group_id', 'm.boutique_id'])
      .orderBy(sql`b.name COLLATE NOCASE`),
  );
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    boutiqueIds: members.filter((m) => m.group_id === g.id).map((m) => m.boutique_id),
    notes: g.notes,
    createdAt: g.created_at,
    updatedAt: g.updated_at,
  }));
}

function getGroup(journal: Journal, id: number): StoreGroup {
  const group = listGroups(journal).find((g) => g.id === id);
  if (!group) throw notFound('Store group', id);
  return group;
}

export function spendProfile(journal: Journal): SpendProfile {
  const day = today(journal);
  const purchases = purchaseFacts(journal);
  const offers = offerFacts(journal);
  const targets = listTargets(journal);
  const boutiques = journal.all(journal.q.selectFrom('boutiques').select(['id', 'name', 'is_home']).orderBy('id'));
  const inStore = purchases.filter((p) => !p.online);
  const band = rulesOf(journal).ratio;

  const scope = (
    base: Pick<SpendScope, 'kind' | 'key' | 'id' | 'label' | 'boutiqueIds' | 'isHome'>,
    ps: PurchaseFact[],
    os: OfferFact[],
  ): SpendScope => ({ ...base, ...scopeFigures(ps, os, targets, day, band) });

  const stores = boutiques
    .map((b) =>
      scope(
        { kind: 'store', key: `store:${b.id}`, id: b.id, label: b.name, boutiqueIds: [b.id], isHome: b.is_home === 1 },
        inStore.filter((p) => p.boutiqueId === b.id),
        offers.filter((o) => o.boutiqueId === b.id),
      ),
    )
    .filter((s) => s.isHome || s.purchaseCount > 0 || s.offerCount > 0)
    .sort((a, b) => Number(b.isHome) - Number(a.isHome) || b.purchaseCount - a.purchaseCount || a.label.localeCompare(b.label));

  const groups = listGroups(journal).map((g) => {
    const members = new Set(g.boutiqueIds);
    return scope(
      { kind: 'group', key: `group:${g.id}`, id: g.id, label: g.name, boutiqueIds: g.boutiqueIds, isHome: false },
      inStore.filter((p) => p.boutiqueId !== null && members.has(p.boutiqueId)),
      offers.filter((o) => o.boutiqueId !== null && members.has(o.boutiqueId)),
    );
  });

  const extra: SpendScope[] = [];
  const loosePurchases = inStore.filter((p) => p.boutiqueId === null);
  const looseOffers = offers.filter((o) => o.boutiqueId === null);
  if (loosePurchases.length > 0 || looseOffers.length > 0) {
    extra.push(scope({ kind: 'unassigned', key: 'unassigned', id: null, label: 'No boutique recorded', boutiqueIds: [], isHome: false }, loosePurchases, looseOffers));
  }
  const online = purchases.filter((p) => p.online);
  if (online.length > 0) {
    extra.push(scope({ kind: 'online', key: 'online', id: null, label: 'Online', boutiqueIds: [], isHome: false }, online, []));
  }
  return { today: day, scopes: [...stores, ...groups, ...extra], targets, onlinePurchaseIds: online.map((p) => p.id) };
}

/**
 * The quota year (profile.quota, and the dashboard's card). Only receipts holding a quota bag
 * line matter to it, so only those are read (through the category index), not every receipt.
 */
export function quotaSummary(journal: Journal): QuotaSummary {
  const offers = offerFacts(journal);
  const purchases = journal.all(
    journal.q
      .selectFrom('purchase_items as i')
      .innerJoin('purchases as p', 'p.id', 'i.purchase_id')
      .select((eb) => ['p.id', 'p.day', eb.fn.countAll<number>().as('quota_bags')])
      .where('i.category', '=', 'bag')
      .where('i.quota', '=', 1)
      .groupBy('p.id'),
  );
  return summarizeQuota(
    offers.map((o) => ({ quotaYear: o.quotaYear, category: o.category, quota: o.quota, decision: o.decision as OfferDecision, purchaseId: o.purchaseId })),
    purchases.map((p) => ({ id: p.id, day: p.day, quotaBags: Number(p.quota_bags) })),
    quotaYearAt(journal.now()),
    rulesOf(journal).quotaLimit,
  );
}

const receiptLabel = (descriptions: string[]): string =>
  descriptions.length <= 2 ? descriptions.join(' + ') : `${descriptions.slice(0, 2).join(' + ')} + ${descriptions.length - 2} more`;

export function timeline(journal: Journal, input: ParsedInputOf<'profile.timeline'>): Timeline {
  const day = today(journal);
  const purchases = purchaseFacts(journal);
  const offers = offerFacts(journal);
  const boutiques = journal.all(journal.q.selectFrom('boutiques').select(['id', 'name', 'is_home']).orderBy('id'));

  const inRange = (d: string) => (!input?.from || d >= input.from) && (!input?.to || d <= input.to);
  const offerEvent = (o: OfferFact): TimelineEvent => ({
    kind: 'offer',
    id: o.id,
    day: o.day,
    label: o.label,
    category: o.category as PurchaseCategory,
    quota: o.quota,
    decision: o.decision,
    purchaseId: o.purchaseId,
  });
  const purchaseEvent = (p: PurchaseFact): TimelineEvent => ({
    kind: 'purchase',
    id: p.id,
    day: p.day,
    label: receiptLabel(p.descriptions),
    currency: p.currency,
    totalMinor: p.items.reduce((s, i) => s + i.priceMinor, 0),
    hasBag: p.hasBag,
    online: p.online,
  });
  // Same day: the offer first, then what was bought.
  const byDay = (a: TimelineEvent, b: TimelineEvent) => a.day.localeCompare(b.day) || (a.kind === b.kind ? a.id - b.id : a.kind === 'offer' ? -1 : 1);
  const lane = (key: string, label: string, boutiqueId: number | null, os: OfferFact[], ps: PurchaseFact[]): TimelineLane => ({
    key,
    label,
    boutiqueId,
    events: [...os.map(offerEvent), ...ps.map(purchaseEvent)].filter((e) => inRange(e.day)).sort(byDay),
  });

  const lanes: (TimelineLane & { home: boolean })[] = boutiques.map((b) => ({
    ...lane(
      `store:${b.id}`,
      b.name,
      b.id,
      offers.filter((o) => o.boutiqueId === b.id),
      purchases.filter((p) => !p.online && p.boutiqueId === b.id),
    ),
    home: b.is_home === 1,
  }));
  lanes.push({ ...lane('unassigned', 'No boutique recorded', null, offers.filter((o) => o.boutiqueId === null), purchases.filter((p) => !p.online && p.boutiqueId === null)), home: false });
  lanes.push({ ...lane('online', 'Online', null, [], purchases.filter((p) => p.online)), home: false });

  const kept = lanes
    .filter((l) => l.events.length > 0)
    .sort((a, b) => {
      const fixed = (l: TimelineLane) => (l.key === 'online' ? 2 : l.key === 'unassigned' ? 1 : 0);
      return fixed(a) - fixed(b) || Number(b.home) - Number(a.home) || b.events.length - a.events.length || a.label.localeCompare(b.label);
    })
    .map(({ home: _home, ...l }) => l);
  const days = kept.flatMap((l) => l.events.map((e) => e.day)).sort();
  const to = input?.to ?? (days.length > 0 && days[days.length - 1]! > day ? days[days.length - 1]! : day);
  const from = input?.from ?? days[0] ?? to;
  return { from, to, today: day, lanes: kept };
}

function checkGroup(journal: Journal, input: { name?: string | undefined; boutiqueIds?: number[] | undefined }, exceptId: number | null): void {
  input.boutiqueIds?.forEach((b, i) => requireLink(journal, 'boutiques', b, 'Boutique', ['boutiqueIds', i]));
  if (input.name !== undefined) {
    const name = input.name;
    const clash = journal.first(
      journal.q
        .selectFrom('store_groups')
        .select('id')
        .where(sql<boolean>`lower(name) = lower(${name})`)
        .where('id', '!=', exceptId ?? 0),
    );
    if (clash) throw invalid(['name'], `You already have a group named “${name}”.`);
  }
}

function writeMembers(journal: Journal, groupId: number, boutiqueIds: number[]): void {
  journal.run(journal.q.deleteFrom('store_group_members').where('group_id', '=', groupId));
  for (const boutique_id of boutiqueIds) journal.run(journal.q.insertInto('store_group_members').values({ group_id: groupId, boutique_id }));
}

export function createGroup(journal: Journal, input: ParsedInputOf<'profile.createGroup'>): StoreGroup {
  return journal.tx(() => {
    checkGroup(journal, input, null);
    const now = journal.now();
    const id = journal.insert(journal.q.insertInto('store_groups').values({ name: input.name, notes: input.notes, created_at: now, updated_at: now }));
    writeMembers(journal, id, input.boutiqueIds);
    return getGroup(journal, id);
  });
}

export function updateGroup(journal: Journal, input: ParsedInputOf<'profile.updateGroup'>): StoreGroup {
  return journal.tx(() => {
    const current = getGroup(journal, input.id);
    checkGroup(journal, input, input.id);
    journal.run(
      journal.q
        .updateTable('store_groups')
        .set({ name: input.name ?? current.name, notes: input.notes !== undefined ? input.notes : current.notes, updated_at: journal.now() })
        .where('id', '=', input.id),
    );
    if (input.boutiqueIds) writeMembers(journal, input.id, input.boutiqueIds);
    return getGroup(journal, input.id);
  });
}

/** A group is only a way of reading spend together: deleting it deletes nothing else. */
export function deleteGroup(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    getGroup(journal, id);
    journal.run(journal.q.deleteFrom('store_groups').where('id', '=', id));
    return { id };
  });
}

export function setTarget(journal: Journal, input: ParsedInputOf<'profile.setTarget'>): SpendTarget[] {
  return journal.tx(() => {
    const values = { price_minor: input.priceMinor, label: input.label, updated_at: journal.now() };
    journal.run(
      journal.q
        .insertInto('spend_targets')
        .values({ currency: input.currency, ...values })
        .onConflict((oc) => oc.column('currency').doUpdateSet(values)),
    );
    return listTargets(journal);
  });
}

export function deleteTarget(journal: Journal, { currency }: { currency: string }): SpendTarget[] {
  return journal.tx(() => {
    const res = journal.run(journal.q.deleteFrom('spend_targets').where('currency', '=', currency));
    if (res.changes === 0) throw new DomainError('not_found', `No bag price is set in ${currency}; nothing was removed.`);
    return listTargets(journal);
  });
}

export function setOnline(journal: Journal, input: ParsedInputOf<'profile.setOnline'>): { purchaseIds: number[]; online: boolean } {
  return journal.tx(() => {
    input.purchaseIds.forEach((id, i) => requireLink(journal, 'purchases', id, 'Purchase', ['purchaseIds', i]));
    const ids = [...new Set(input.purchaseIds)];
    journal.run(journal.q.updateTable('purchases').set({ online: flag(input.online), updated_at: journal.now() }).where('id', 'in', ids));
    return { purchaseIds: ids, online: input.online };
  });
}

export const profileHandlers = {
  'profile.spend': spendProfile,
  'profile.quota': quotaSummary,
  'profile.timeline': timeline,
  'profile.listGroups': listGroups,
  'profile.createGroup': createGroup,
  'profile.updateGroup': updateGroup,
  'profile.deleteGroup': deleteGroup,
  'profile.setTarget': setTarget,
  'profile.deleteTarget': deleteTarget,
  'profile.setOnline': setOnline,
} satisfies DomainHandlers<typeof profileContract>;
