/**
 * The spend profile and the quota year: pure computations over the user's own records.
 *
 * Everything here measures the user's data against *community-reported* lore (two quota bags
 * a year; a "spend ratio" of 1:1 to 1:2 before a bag offer). Hermès has never confirmed any
 * of it; the labels below say so, and the screens show them beside every figure they touch.
 *
 * Money stays in integer minor units and is never added across currencies: every total is
 * per currency. Shares and ratios are plain numbers (they are not money).
 */
import { DateTime } from 'luxon';
import { PURCHASE_CATEGORIES, type PurchaseCategory } from '../api/purchases';

/** The quota year is the calendar year in Paris time (an offer at 23:30 on 31 Dec in Paris belongs to that year). */
export const QUOTA_ZONE = 'Europe/Paris';
export const QUOTA_LIMIT = 2;
export const QUOTA_LIMIT_LABEL = 'Community-reported limit of two quota bags a year (Birkin, Kelly) — not Hermès policy.';
export const QUOTA_LIMIT_RULE = { source: 'community reports (PurseForum, PurseBop), not Hermès policy', checked: '2026-12' } as const;
/** "1:1 up to 1:2": spend on other items equal to, or twice, the bag's price. Folklore. */
export const RATIO_FOLKLORE = { low: 1, high: 2 } as const;
export const RATIO_FOLKLORE_LABEL =
  'Clients talk of spending 1 to 2 times the bag’s price on other items before an offer. This is folklore: Hermès has never confirmed any ratio, and stores differ.';
export const RATIO_FOLKLORE_RULE = { source: 'client folklore (PurseForum, Reddit r/HermesBags), never confirmed by Hermès', checked: '2026-12' } as const;
/** Leather as managers are said to read it: bags plus small leather goods. */
export const LEATHER_CATEGORIES: readonly PurchaseCategory[] = ['bag', 'small_leather_goods'];

const WALL = /^(\d{4}-\d{2}-\d{2})T?(\d{2}:\d{2})?$/;

/** The instant of an offer (UTC ISO) when its time is known; null for a day without a time. */
export function offerInstant(day: string, time: string | null, zone: string): string | null {
  if (!time) return null;
  const at = DateTime.fromISO(`${day}T${time}`, { zone });
  return at.isValid ? at.toUTC().toISO() : null;
}

/**
 * The quota year of an offer: the year of its moment in Paris time. Without a time, the day's
 * own year (the moment is unknown; a day is a day where it happened).
 */
export function quotaYearOf(day: string, time: string | null, zone: string): number {
  if (!WALL.test(day)) throw new Error(`Not a day: ${day}`);
  if (!time) return Number(day.slice(0, 4));
  const at = DateTime.fromISO(`${day}T${time}`, { zone });
  return at.isValid ? at.setZone(QUOTA_ZONE).year : Number(day.slice(0, 4));
}

/** The current quota year: the year of an instant (the journal's now) in Paris time. */
export function quotaYearAt(instant: string): number {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(QUOTA_ZONE).year;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
}

// ── Quota year ──────────────────────────────────────────────────────────────

export type OfferDecision = 'pending' | 'taken' | 'declined';

export interface QuotaOfferFact {
  quotaYear: number;
  category: PurchaseCategory;
  quota: boolean | null;
  decision: OfferDecision;
  purchaseId: number | null;
}

export interface QuotaPurchaseFact {
  id: number;
  day: string;
  /** Bag lines marked quota on this receipt. */
  quotaBags: number;
}

export interface QuotaYearCount {
  year: number;
  /** Quota bags offered (recorded offers), whatever was decided. */
  offered: number;
  taken: number;
  declined: number;
  pending: number;
  /** Quota bag lines on receipts of that year (the receipt's day). */
  bought: number;
  /** Of those, the ones no recorded quota offer points at (a quota bag is only ever sold when offered). */
  boughtWithoutOffer: number;
  /** What counts toward the reported limit: offers recorded, plus quota bags bought without a recorded offer. */
  counted: number;
}

export interface QuotaSummary {
  currentYear: number;
  limit: number;
  limitLabel: string;
  current: QuotaYearCount;
  /** Every year with a quota offer or a quota bag bought, newest first (the current year included). */
  history: QuotaYearCount[];
}

const emptyYear = (year: number): QuotaYearCount => ({ year, offered: 0, taken: 0, declined: 0, pending: 0, bought: 0, boughtWithoutOffer: 0, counted: 0 });

/** The sentence beside the quota count: the reported limit, or the user's own (Settings › Rules). */
export function quotaLimitLabel(limit: number, reported: boolean): string {
  if (reported) return QUOTA_LIMIT_LABEL;
  return `Your own limit of ${limit} quota bag${limit === 1 ? '' : 's'} a year (set in Settings › Rules; ${QUOTA_LIMIT} is reported) — not Hermès policy.`;
}

export function summarizeQuota(offers: QuotaOfferFact[], purchases: QuotaPurchaseFact[], currentYear: number, limit: number = QUOTA_LIMIT): QuotaSummary {
  const years = new Map<number, QuotaYearCount>();
  const at = (year: number) => {
    let y = years.get(year);
    if (!y) years.set(year, (y = emptyYear(year)));
    return y;
  };
  const quotaOffersByPurchase = new Map<number, number>();
  for (const o of offers) {
    if (o.category !== 'bag' || o.quota !== true) continue;
    const y = at(o.quotaYear);
    y.offered += 1;
    y[o.decision] += 1;
    if (o.purchaseId !== null) quotaOffersByPurchase.set(o.purchaseId, (quotaOffersByPurchase.get(o.purchaseId) ?? 0) + 1);
  }
  for (const p of purchases) {
    if (p.quotaBags <= 0) continue;
    const y = at(Number(p.day.slice(0, 4)));
    y.bought += p.quotaBags;
    y.boughtWithoutOffer += Math.max(0, p.quotaBags - (quotaOffersByPurchase.get(p.id) ?? 0));
  }
  for (const y of years.values()) y.counted = y.offered + y.boughtWithoutOffer;
  const current = at(currentYear);
  const history = [...years.values()].sort((a, b) => b.year - a.year);
  return { currentYear, limit, limitLabel: quotaLimitLabel(limit, limit === QUOTA_LIMIT), current, history };
}

// ── Spend profile of one scope (a store, a group of linked stores, online…) ──

export interface SpendPurchase {
  id: number;
  day: string;
  currency: string;
  items: { category: PurchaseCategory; priceMinor: number }[];
}

export interface SpendOffer {
  id: number;
  day: string;
  category: PurchaseCategory;
  model: string;
  quota: boolean | null;
  decision: OfferDecision;
}

export interface SpendTarget {
  currency: string;
  priceMinor: number;
  label: string | null;
}

export interface CategorySpend {
  category: PurchaseCategory;
  minor: number;
  /** Share of this currency's all-time total, 0–1. */
  share: number;
}

export interface CurrencySpend {
  currency: string;
  allTimeMinor: number;
  /** Newest year first; only years with spend. */
  byYear: { year: number; minor: number }[];
  /** Only categories with spend, in the usual category order. */
  categories: CategorySpend[];
  /** Bags plus small leather goods. */
  leatherMinor: number;
  /** leatherMinor / allTimeMinor; null when nothing was spent (a receipt of 0). */
  leatherShare: number | null;
  /** Everything bought after the day of the last bag offer (all time when there is none). */
  sinceLastBagOfferMinor: number;
  /** The same, without bags: the "other items" of the ratio talk. */
  nonBagSinceLastBagOfferMinor: number;
}

export type RatioStanding = 'no_spend' | 'below' | 'within' | 'above';

export interface SpendRatio {
  currency: string;
  label: string | null;
  /** The price of the bag the user hopes for. */
  priceMinor: number;
  /** Spend on items other than bags since the last bag offer (all time without one), in this currency. */
  spendMinor: number;
  /** spendMinor / priceMinor ("1 : ratio"); null when there is no spend yet — never a division by zero. */
  ratio: number | null;
  /** Where the ratio sits against the 1:1 – 1:2 folklore. */
  standing: RatioStanding;
}

export interface OfferMark {
  id: number;
  day: string;
  model: string;
  category: PurchaseCategory;
  decision: OfferDecision;
}

export interface ScopeFigures {
  purchaseCount: number;
  offerCount: number;
  /** One entry per currency spent in, sorted by currency code. Never summed across currencies. */
  currencies: CurrencySpend[];
  lastOffer: OfferMark | null;
  lastBagOffer: OfferMark | null;
  daysSinceLastOffer: number | null;
  daysSinceLastBagOffer: number | null;
  /** One per hoped-for price the user entered (per currency). */
  ratios: SpendRatio[];
}

/** The band of spend ÷ bag price talked of before an offer: the folklore's, or the user's own. */
export interface RatioBand {
  low: number;
  high: number;
}

export function spendRatio(spendMinor: number, priceMinor: number, band: RatioBand = RATIO_FOLKLORE): { ratio: number | null; standing: RatioStanding } {
  if (spendMinor <= 0 || priceMinor <= 0) return { ratio: null, standing: 'no_spend' };
  // Compared in integers (tenths of the ratio) so the band edges are exact (1:1 and 1:2 are "within").
  const tenths = (r: number) => Math.round(r * 10);
  const spend = spendMinor * 10;
  const standing: RatioStanding = spend < priceMinor * tenths(band.low) ? 'below' : spend <= priceMinor * tenths(band.high) ? 'within' : 'above';
  return { ratio: spendMinor / priceMinor, standing };
}

const latest = <T extends { day: string; id: number }>(list: T[]): T | null =>
  list.reduce<T | null>((best, o) => (!best || o.day > best.day || (o.day === best.day && o.id > best.id) ? o : best), null);

const mark = (o: SpendOffer | null): OfferMark | null =>
  o && { id: o.id, day: o.day, model: o.model, category: o.category, decision: o.decision };

export function scopeFigures(purchases: SpendPurchase[], offers: SpendOffer[], targets: SpendTarget[], today: string, band: RatioBand = RATIO_FOLKLORE): ScopeFigures {
  const lastOffer = latest(offers);
  const lastBagOffer = latest(offers.filter((o) => o.category === 'bag'));
  const since = lastBagOffer?.day ?? null;

  const byCurrency = new Map<string, SpendPurchase[]>();
  for (const p of purchases) byCurrency.set(p.currency, [...(byCurrency.get(p.currency) ?? []), p]);

  const currencies = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, list]): CurrencySpend => {
      const years = new Map<number, number>();
      const cats = new Map<PurchaseCategory, number>();
      let all = 0;
      let after = 0;
      let afterNonBag = 0;
      for (const p of list) {
        const year = Number(p.day.slice(0, 4));
        const counts = since === null || p.day > since;
        for (const item of p.items) {
          all += item.priceMinor;
          years.set(year, (years.get(year) ?? 0) + item.priceMinor);
          cats.set(item.category, (cats.get(item.category) ?? 0) + item.priceMinor);
          if (counts) {
            after += item.priceMinor;
            if (item.category !== 'bag') afterNonBag += item.priceMinor;
          }
        }
      }
      const share = (minor: number) => (all > 0 ? minor / all : 0);
      const leatherMinor = LEATHER_CATEGORIES.reduce((sum, c) => sum + (cats.get(c) ?? 0), 0);
      return {
        currency,
        allTimeMinor: all,
        byYear: [...years.entries()].sort(([a], [b]) => b - a).map(([year, minor]) => ({ year, minor })),
        categories: PURCHASE_CATEGORIES.filter((c) => cats.has(c)).map((c) => ({ category: c, minor: cats.get(c)!, share: share(cats.get(c)!) })),
        leatherMinor,
        leatherShare: all > 0 ? leatherMinor / all : null,
        sinceLastBagOfferMinor: after,
        nonBagSinceLastBagOfferMinor: afterNonBag,
      };
    });

  const ratios = [...targets]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((t): SpendRatio => {
      const spendMinor = currencies.find((c) => c.currency === t.currency)?.nonBagSinceLastBagOfferMinor ?? 0;
      return { currency: t.currency, label: t.label, priceMinor: t.priceMinor, spendMinor, ...spendRatio(spendMinor, t.priceMinor, band) };
    });

  const age = (o: SpendOffer | null) => (o ? Math.max(0, daysBetween(o.day, today)) : null);
  return {
    purchaseCount: purchases.length,
    offerCount: offers.length,
    currencies,
    lastOffer: mark(lastOffer),
    lastBagOffer: mark(lastBagOffer),
    daysSinceLastOffer: age(lastOffer),
    daysSinceLastBagOffer: age(lastBagOffer),
    ratios,
  };
}
