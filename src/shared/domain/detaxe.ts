/**
 * Détaxe (the French VAT refund for visitors from outside the EU), as the official rule says it,
 * kept once as dated reference data with its source: the purchase screens show it as guidance,
 * and the user's own status (or the form's) always wins.
 *
 * The rule (service-public.fr, sheet F20558): more than €100.00 (so €100.01, 10001 cents, is the
 * least) spent in the stores of one retailer in one town (one VAT number) or the shops of one
 * shopping centre, over up to 3 consecutive days, goes on one form; online orders are not
 * eligible; Monaco is in the French VAT area. The form must be validated at customs (PABLO)
 * before the end of the third month after the month of purchase. Operators and some government
 * pages still say "same shop, same day": the official sheet is followed. Residency, age and
 * length of stay are about the user, which Carnet does not know: they stay the user's call.
 *
 * Every Hermès boutique is the same retailer, so "one retailer in one town" is: the boutiques
 * recorded in the same town of France or Monaco.
 *
 * Pure: no Node, no DOM; luxon for the calendar arithmetic.
 */
import { DateTime } from 'luxon';
import { addDays, dayOfEpoch, epochDay } from './days';
import { fold } from '../fold';
import { formatMoney } from './money';

export const DETAXE_STATUSES = ['not_applicable', 'eligible', 'form_issued', 'validated', 'refunded', 'refused'] as const;
export type DetaxeStatus = (typeof DETAXE_STATUSES)[number];

/** Where a détaxe form stands; its receipts take the matching receipt status. */
export const DETAXE_FORM_STATUSES = ['issued', 'validated', 'refunded', 'refused'] as const;
export type DetaxeFormStatus = (typeof DETAXE_FORM_STATUSES)[number];
export const FORM_TO_RECEIPT_STATUS: Record<DetaxeFormStatus, DetaxeStatus> = {
  issued: 'form_issued',
  validated: 'validated',
  refunded: 'refunded',
  refused: 'refused',
};

/** The rule, as data: where it comes from and when it was last checked. */
export const DETAXE_RULE = {
  /** The least spend on one form, in euro cents: strictly more than €100.00. */
  minSpendMinor: 10001,
  currency: 'EUR',
  /** ISO 3166-1 alpha-2: France, and Monaco (in the French VAT area). */
  countries: ['FR', 'MC'],
  /** One form covers purchases over up to this many consecutive days. */
  groupingDays: 3,
  /** Validate at customs before the end of this many months after the month of purchase. */
  deadlineMonthsAfter: 3,
  vatPercent: 20,
  /** What is reported actually coming back after the operator's fee, in percent of the price. */
  refundPercentRange: [12, 16],
  source: 'service-public.fr, sheet F20558 (détaxe: VAT refund for travellers living outside the EU)',
  sourceShort: 'service-public.fr F20558',
  sourceUrl: 'https://www.service-public.fr/particuliers/vosdroits/F20558',
  checked: '2026-12',
} as const;


/**
 * The rule's values the user may set otherwise in Settings › Rules (the law changed the
 * threshold from €175.01 to €100.01 in 2022; it may change again before Carnet does). Every
 * function below takes them, defaulting to the reported rule.
 */
export interface DetaxeValues {
  minSpendMinor: number;
  groupingDays: number;
  deadlineMonthsAfter: number;
  refundPercentRange: readonly [number, number];
}

/** "€100.00": what a form must be more than, as the sentences write it. */
export const thresholdText = (v: DetaxeValues = DETAXE_RULE): string => formatMoney(v.minSpendMinor - 1, DETAXE_RULE.currency, 'en-GB');
/** The reported rule's threshold, as the sentences write it. */
export const DETAXE_THRESHOLD_TEXT = thresholdText();

/** "Fri 4 Dec 2026": a day as the rule's sentences say it. */
export const spokenDay = (day: string) => DateTime.fromISO(day, { locale: 'en-GB' }).toFormat('ccc d LLL yyyy');

/** A receipt as the rule sees it. */
export interface DetaxeReceipt {
  id: number;
  day: string;
  currency: string;
  online: boolean;
  totalMinor: number;
  /** The boutique, or null when none is recorded. */
  boutique: { name: string; city: string; country: string; online: boolean } | null;
}

export const inDetaxeArea = (country: string): boolean => (DETAXE_RULE.countries as readonly string[]).includes(country.toUpperCase());

/**
 * Whether a receipt can count toward a form at all: in euros, not online, at a store in France
 * or Monaco (or with no store recorded, which cannot rule it out).
 */
export function countsTowardDetaxe(r: Pick<DetaxeReceipt, 'currency' | 'online' | 'boutique'>): boolean {
  if (r.currency !== DETAXE_RULE.currency || r.online) return false;
  if (r.boutique === null) return true;
  return !r.boutique.online && inDetaxeArea(r.boutique.country);
}

/** Receipts of stores with the same key may share a form: same country, same town. */
export const detaxeTownKey = (b: { city: string; country: string }): string => {
  // Asked for every receipt of a list: folding accents (Unicode normalisation) once per town.
  const raw = `${b.country}|${b.city}`;
  let key = townKeys.get(raw);
  if (key === undefined) {
    key = `${b.country.toUpperCase()}|${fold(b.city.trim())}`;
    if (townKeys.size >= 10_000) townKeys.clear();
    townKeys.set(raw, key);
  }
  return key;
};
const townKeys = new Map<string, string>();

/** The calendar day `n` days after `day` (before, when negative). */
export { addDays };

/** Days from `a` to `b` (b − a). */
const dayGap = (a: string, b: string): number => epochDay(b) - epochDay(a);

/**
 * The most that can go on one form with a receipt of `day`: the largest total, over every run of
 * `groupingDays` consecutive days that contains `day`, of what the town's eligible receipts come to
 * per day (`dayTotals`: day → minor units, this receipt's day included).
 */
export function bestWindowTotal(dayTotals: ReadonlyMap<string, number>, day: string, groupingDays: number = DETAXE_RULE.groupingDays): number {
  // The days from day − (g − 1) to day + (g − 1), each read once; then every run of g of them.
  const epoch = epochDay(day);
  const around: number[] = [];
  for (let i = -(groupingDays - 1); i <= groupingDays - 1; i++) around.push(dayTotals.get(dayOfEpoch(epoch + i)) ?? 0);
  let best = 0;
  for (let start = 0; start < groupingDays; start++) {
    let sum = 0;
    for (let i = 0; i < groupingDays; i++) sum += around[start + i]!;
    best = Math.max(best, sum);
  }
  return best;
}

/** Whether what can go on one form (see bestWindowTotal) reaches the least spend. */
export const reachesDetaxeMinimum = (totalMinor: number, v: DetaxeValues = DETAXE_RULE): boolean => totalMinor >= v.minSpendMinor;

/** The last day to validate at customs, for a purchase of `day`: 2026-11-30 → 2027-02-28. */
export function detaxeDeadline(day: string, v: DetaxeValues = DETAXE_RULE): string {
  // Remembered per day: a list of purchases asks for it on every row, and luxon date
  // arithmetic is the costliest part of that read (20 years hold ~7,300 distinct days).
  const key = `${day}|${v.deadlineMonthsAfter}`;
  const cached = deadlines.get(key);
  if (cached !== undefined) return cached;
  const bought = DateTime.fromISO(day, { zone: 'utc' });
  if (!bought.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a calendar day: ${day}`);
  const deadline = bought.startOf('month').plus({ months: v.deadlineMonthsAfter }).endOf('month').toISODate()!;
  if (deadlines.size >= 20_000) deadlines.clear();
  deadlines.set(key, deadline);
  return deadline;
}

const deadlines = new Map<string, string>();

/**
 * A form's deadline: that of its earliest purchase, the one that runs out first (a form of
 * 30 Nov – 2 Dec must be validated by the end of February, not of March).
 */
export function formDeadline(days: readonly string[], v: DetaxeValues = DETAXE_RULE): string {
  const first = [...days].sort()[0];
  if (!first) throw new RangeError('A form has at least one receipt.');
  return detaxeDeadline(first, v);
}

export interface DetaxeAssessment {
  eligible: boolean;
  /** Last day to validate the form; null when the rule does not apply and the user has not said otherwise. */
  deadline: string | null;
}

/**
 * Eligibility from the rule (`groupTotalMinor`: the most that can go on one form with this
 * receipt, see bestWindowTotal); the deadline whenever a form is in play — the rule says the
 * purchase qualifies, or the user set any status other than "not applicable" (they may know
 * better than the rule).
 */
export function assessDetaxe(
  facts: Pick<DetaxeReceipt, 'day' | 'currency' | 'online' | 'boutique'> & { groupTotalMinor: number },
  status: DetaxeStatus,
  v: DetaxeValues = DETAXE_RULE,
): DetaxeAssessment {
  const eligible = countsTowardDetaxe(facts) && reachesDetaxeMinimum(facts.groupTotalMinor, v);
  return { eligible, deadline: eligible || status !== 'not_applicable' ? detaxeDeadline(facts.day, v) : null };
}

const receiptName = (r: DetaxeReceipt) => `The receipt of ${spokenDay(r.day)}${r.boutique ? ` at ${r.boutique.name}` : ''}`;

/**
 * Why these receipts cannot share one form, in sentences (empty: they can). Checks each receipt
 * (euros, not online, a store in France or Monaco), the town, the run of days and the total.
 */
export function formProblems(receipts: readonly DetaxeReceipt[], v: DetaxeValues = DETAXE_RULE): string[] {
  if (receipts.length === 0) return ['Choose at least one receipt for the form.'];
  const problems: string[] = [];
  for (const r of receipts) {
    if (r.currency !== DETAXE_RULE.currency) problems.push(`${receiptName(r)} is in ${r.currency}; a détaxe form covers receipts in euros.`);
    else if (r.online || r.boutique?.online) problems.push(`${receiptName(r)} was bought online; online orders are not eligible for détaxe.`);
    else if (r.boutique === null) problems.push(`${receiptName(r)} has no boutique; choose its boutique first (a form covers the stores of one town).`);
    else if (!inDetaxeArea(r.boutique.country)) problems.push(`${receiptName(r)} is outside France and Monaco (${r.boutique.country}); the French détaxe does not cover it.`);
  }
  if (problems.length > 0) return problems;
  const towns = new Map(receipts.map((r) => [detaxeTownKey(r.boutique!), r.boutique!.city.trim()]));
  if (towns.size > 1) problems.push(`The receipts are in ${[...towns.values()].join(' and ')}; one form covers the stores of one town.`);
  const days = receipts.map((r) => r.day).sort();
  const span = dayGap(days[0]!, days.at(-1)!) + 1;
  if (span > v.groupingDays) {
    problems.push(
      `The receipts run from ${spokenDay(days[0]!)} to ${spokenDay(days.at(-1)!)} (${span} days); one form covers up to ${v.groupingDays} consecutive day${v.groupingDays === 1 ? '' : 's'}.`,
    );
  }
  const total = receipts.reduce((sum, r) => sum + r.totalMinor, 0);
  if (!reachesDetaxeMinimum(total, v)) {
    problems.push(`Together the receipts come to ${formatMoney(total, DETAXE_RULE.currency, 'en-GB')}; a form needs more than ${thresholdText(v)}.`);
  }
  return problems;
}

/** What is reported coming back for a form of this total, after the operator's fee: [low, high] in minor units. */
export function expectedRefund(totalMinor: number, v: DetaxeValues = DETAXE_RULE): [number, number] {
  const [low, high] = v.refundPercentRange;
  return [Math.round((totalMinor * low) / 100), Math.round((totalMinor * high) / 100)];
}
