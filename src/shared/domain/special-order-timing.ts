/**
 * The wait of a special order, computed from its history alone (pure: the service passes
 * "today" in). Calendar days are counted in UTC so that a day is always one day, whatever the
 * machine's zone or a DST change in between.
 */
import { DateTime } from 'luxon';
import type { SpecialOrderStatus } from './special-order-status';

export interface HistoryStep {
  status: SpecialOrderStatus;
  day: string;
}

/** Whole days from `from` to `to` ('YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  // Calendar days carry no time or zone, so their distance is plain UTC day counting (no DST
  // can fall between two UTC midnights). Date.UTC is ~100× cheaper than a luxon diff, and the
  // dashboard asks this for every special order; luxon stays the judge of what a valid day is.
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a !== null && b !== null) return b - a;
  return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
}

/** Days since 1970-01-01 for a real 'YYYY-MM-DD' day, else null. */
function dayNumber(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

const dayOf = (history: readonly HistoryStep[], status: SpecialOrderStatus): string | null =>
  history.find((s) => s.status === status)?.day ?? null;

export interface EarlierWait {
  orderId: number;
  model: string;
  placedOn: string;
  arrivedOn: string;
  days: number;
}

export interface WaitComparison {
  /** The user's other orders with both a placed and an arrived day, by placed day. */
  orders: EarlierWait[];
  shortestDays: number;
  longestDays: number;
  /** Rounded to a whole day when the count is even. */
  medianDays: number;
}

export interface Wait {
  /** From the placed day to the arrival (or to a cancellation, or to today); null when no placed day is known. */
  daysSincePlaced: number | null;
  /** The day the wait is measured to: arrival, cancellation, or today while still waiting. */
  measuredTo: string;
  /** True while the bag has not arrived and the order is not cancelled. */
  ongoing: boolean;
  /** Where `measuredTo` sits in the expected range, 0 (at or before its start) to 1 (at or after its end); null without a full range. */
  progress: number | null;
  rangePosition: 'before' | 'within' | 'after' | null;
  /** Null until at least one other order has a placed → arrived wait to compare with. */
  comparison: WaitComparison | null;
}

export interface OtherOrder {
  orderId: number;
  model: string;
  placedOn: string | null;
  arrivedOn: string | null;
}

export function compareWaits(others: readonly OtherOrder[]): WaitComparison | null {
  const orders = others
    .filter((o): o is OtherOrder & { placedOn: string; arrivedOn: string } => o.placedOn !== null && o.arrivedOn !== null)
    .map((o): EarlierWait => ({ orderId: o.orderId, model: o.model, placedOn: o.placedOn, arrivedOn: o.arrivedOn, days: daysBetween(o.placedOn, o.arrivedOn) }))
    .sort((a, b) => (a.placedOn < b.placedOn ? -1 : a.placedOn > b.placedOn ? 1 : a.orderId - b.orderId));
  if (orders.length === 0) return null;
  const days = orders.map((o) => o.days).sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const median = days.length % 2 === 1 ? days[mid]! : Math.round((days[mid - 1]! + days[mid]!) / 2);
  return { orders, shortestDays: days[0]!, longestDays: days[days.length - 1]!, medianDays: median };
}

/** Where `at` sits in [from, to]: a fraction 0..1 and a position; nulls unless both ends are known. */
export function rangeProgress(
  at: string,
  from: string | null,
  to: string | null,
): { progress: number | null; rangePosition: Wait['rangePosition'] } {
  if (!from || !to) return { progress: null, rangePosition: null };
  const rangePosition = at < from ? 'before' : at > to ? 'after' : 'within';
  const span = daysBetween(from, to);
  if (span <= 0) return { progress: at < from ? 0 : 1, rangePosition };
  return { progress: Math.min(1, Math.max(0, daysBetween(from, at) / span)), rangePosition };
}

export function computeWait(input: {
  history: readonly HistoryStep[];
  expectedFrom: string | null;
  expectedTo: string | null;
  today: string;
  /** The user's other orders (this one excluded by the caller). */
  others: readonly OtherOrder[];
}): Wait {
  const placedOn = dayOf(input.history, 'placed');
  const arrivedOn = dayOf(input.history, 'arrived');
  const cancelledOn = dayOf(input.history, 'cancelled');
  const measuredTo = arrivedOn ?? cancelledOn ?? input.today;
  const ongoing = arrivedOn === null && cancelledOn === null;
  // A placed day after the day measured to (entered ahead of time) counts as no wait yet.
  const daysSincePlaced = placedOn === null ? null : Math.max(0, daysBetween(placedOn, measuredTo));
  return {
    daysSincePlaced,
    measuredTo,
    ongoing,
    ...rangeProgress(measuredTo, input.expectedFrom, input.expectedTo),
    comparison: compareWaits(input.others),
  };
}

/**
 * How long a special order is reported to take, placed → arrived: guidance only, shown beside
 * the expected-arrival fields (there is never a firm date). The user may set their own range.
 */
export const SPECIAL_ORDER_WAIT_RULE = {
  months: [6, 18],
  exoticMonths: [24, 36],
  source: 'client reports (PurseForum, Reddit r/HermesBags), not a Hermès commitment',
  checked: '2026-12',
} as const;

/** "Waits of 6 to 18 months are commonly reported, 2 to 3 years for exotic skins." */
export function waitGuidance(months: readonly [number, number] = SPECIAL_ORDER_WAIT_RULE.months): string {
  const [low, high] = months;
  const reported = low === SPECIAL_ORDER_WAIT_RULE.months[0] && high === SPECIAL_ORDER_WAIT_RULE.months[1];
  const [xLow, xHigh] = SPECIAL_ORDER_WAIT_RULE.exoticMonths;
  return reported
    ? `Waits of ${low} to ${high} months are commonly reported, ${xLow / 12} to ${xHigh / 12} years for exotic skins; there is never a firm date.`
    : `You expect waits of ${low} to ${high} months (set in Settings › Rules; ${SPECIAL_ORDER_WAIT_RULE.months[0]} to ${SPECIAL_ORDER_WAIT_RULE.months[1]} are reported); there is never a firm date.`;
}

/** Carnet's own words, offered beside an order at the moments the domain brief names. */
export const GUIDANCE = {
  whileWaiting: 'You can decide when you see the bag; nothing is paid until then.',
  atArrival: "A rejected bag goes to another client at the manager's discretion; a new special order is not guaranteed.",
} as const;

export function guidanceFor(status: SpecialOrderStatus): string | null {
  if (status === 'placed' || status === 'waiting') return GUIDANCE.whileWaiting;
  if (status === 'arrived') return GUIDANCE.atArrival;
  return null;
}
