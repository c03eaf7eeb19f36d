/**
 * The price book's arithmetic: which entries describe the same item, the price an item would cost
 * today (the nearest matching entry, never another size), and the yearly increase per country
 * computed from the user's own entries. Nothing here is official: every figure is "from your
 * entries", and the screens say so.
 */

export interface PricedItem {
  model: string;
  size: string | null;
  leather: string | null;
  hardware: string | null;
}

export interface PricePoint extends PricedItem {
  id: number;
  country: string;
  currency: string;
  priceMinor: number;
  seenOn: string;
}

/** Case, accents and spacing do not make another item: "Kelly  25", "kelly 25", "Kèlly 25". */
export function fold(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One item in one country: the line a price history is drawn for. */
export const itemKey = (p: PricedItem & { country: string }) => [p.model, p.size, p.leather, p.hardware, p.country].map(fold).join('|');

export type MatchHow = 'exact' | 'leather' | 'hardware' | 'model-size';

export const MATCH_WORDS: Record<MatchHow, string> = {
  exact: 'same model, size, leather and hardware',
  leather: 'same model, size and leather; another hardware or none given',
  hardware: 'same model, size and hardware; another leather or none given',
  'model-size': 'same model and size; another leather and hardware, or none given',
};

export interface PriceMatch {
  entry: PricePoint;
  how: MatchHow;
}

/**
 * Today's price for an item: among entries of the same model and the same size (a Kelly 28 is
 * never priced as a Kelly 25; an item without a size only matches entries without one) in the
 * currency asked for, the closest in leather and hardware, and of those the latest seen.
 */
export function matchPrice(entries: readonly PricePoint[], want: PricedItem & { currency?: string | null }): PriceMatch | null {
  const model = fold(want.model);
  const size = fold(want.size);
  if (!model) return null;
  let best: { entry: PricePoint; score: number } | null = null;
  for (const e of entries) {
    if (fold(e.model) !== model || fold(e.size) !== size) continue;
    if (want.currency && e.currency !== want.currency) continue;
    const leather = !!want.leather && fold(e.leather) === fold(want.leather);
    const hardware = !!want.hardware && fold(e.hardware) === fold(want.hardware);
    const score = (leather ? 2 : 0) + (hardware ? 1 : 0);
    if (!best || score > best.score || (score === best.score && (e.seenOn > best.entry.seenOn || (e.seenOn === best.entry.seenOn && e.id > best.entry.id)))) {
      best = { entry: e, score };
    }
  }
  if (!best) return null;
  const how: MatchHow = best.score === 3 ? 'exact' : best.score === 2 ? 'leather' : best.score === 1 ? 'hardware' : 'model-size';
  return { entry: best.entry, how };
}

/** The change from one amount to another in percent, to one decimal; null when there is no base. */
export function percentChange(fromMinor: number, toMinor: number): number | null {
  if (!(fromMinor > 0)) return null;
  return Math.round(((toMinor - fromMinor) / fromMinor) * 1000) / 10;
}

export interface YearlyIncrease {
  country: string;
  currency: string;
  /** The later of the two years compared (2026: from 2025's prices to 2026's). */
  year: number;
  /** The median of the items' changes, in percent to one decimal. */
  medianPercent: number;
  /** How many items had a price in both years. */
  items: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The yearly increase per country from the user's entries: for every item with a price in two
 * consecutive years (the latest price seen in each year), its change; per country and year, the
 * median of those changes. A year with no item priced in the year before gives nothing.
 */
export function yearlyIncreases(entries: readonly PricePoint[]): YearlyIncrease[] {
  const latest = new Map<string, Map<number, PricePoint>>();
  for (const e of entries) {
    const key = `${itemKey(e)}|${e.currency}`;
    const years = latest.get(key) ?? new Map<number, PricePoint>();
    const year = Number(e.seenOn.slice(0, 4));
    const seen = years.get(year);
    if (!seen || e.seenOn > seen.seenOn || (e.seenOn === seen.seenOn && e.id > seen.id)) years.set(year, e);
    latest.set(key, years);
  }
  const changes = new Map<string, { country: string; currency: string; year: number; values: number[] }>();
  for (const years of latest.values()) {
    for (const [year, point] of years) {
      const before = years.get(year - 1);
      if (!before) continue;
      const change = percentChange(before.priceMinor, point.priceMinor);
      if (change === null) continue;
      const key = `${point.country}|${point.currency}|${year}`;
      const group = changes.get(key) ?? { country: point.country, currency: point.currency, year, values: [] };
      group.values.push(change);
      changes.set(key, group);
    }
  }
  return [...changes.values()]
    .map((g) => ({ country: g.country, currency: g.currency, year: g.year, medianPercent: Math.round(median(g.values) * 10) / 10, items: g.values.length }))
    .sort((a, b) => a.country.localeCompare(b.country) || b.year - a.year);
}
