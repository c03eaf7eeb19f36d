/**
 * Détaxe (French VAT refund) as community-reported guidance, never certainty: the purchase
 * screen shows it as a hint the user can override by setting the status themselves.
 *
 * Reported rules (see DOMAIN.md): more than €100.00 spent in the same shop on the same day
 * (so €100.01, 10001 cents, is the minimum), in France; the form must be validated at customs
 * before the end of the third month after the month of purchase. Residency and age conditions
 * are about the user, which Carnet does not know: they stay the user's call (the status).
 *
 * Pure: no Node, no DOM; luxon for the calendar arithmetic.
 */
import { DateTime } from 'luxon';

export const DETAXE_STATUSES = ['not_applicable', 'eligible', 'form_issued', 'validated', 'refunded', 'refused'] as const;
export type DetaxeStatus = (typeof DETAXE_STATUSES)[number];

/** The least spend, in euro cents, that is reported to qualify: strictly more than €100.00. */
export const DETAXE_MIN_SPEND_MINOR = 10001;
export const DETAXE_CURRENCY = 'EUR';
export const DETAXE_COUNTRY = 'FR';

export interface DetaxeFacts {
  /** The purchase's day, 'YYYY-MM-DD'. */
  day: string;
  currency: string;
  /**
   * ISO 3166-1 alpha-2 country of the boutique; null when no boutique is recorded (then the
   * country cannot rule the purchase out).
   */
  boutiqueCountry: string | null;
  /**
   * What was spent in this currency at the same shop on the same day, this receipt included,
   * in minor units. With no boutique recorded, only this receipt can be proven to be the same
   * shop, so callers pass the receipt's own total.
   */
  shopDayTotalMinor: number;
}

export interface DetaxeAssessment {
  eligible: boolean;
  /** Last day to validate the form; null when the rule does not apply and the user has not said otherwise. */
  deadline: string | null;
}

export function isDetaxeEligible(facts: DetaxeFacts): boolean {
  return (
    facts.currency === DETAXE_CURRENCY &&
    (facts.boutiqueCountry === null || facts.boutiqueCountry.toUpperCase() === DETAXE_COUNTRY) &&
    facts.shopDayTotalMinor >= DETAXE_MIN_SPEND_MINOR
  );
}

/** The last day of the third month after the month of purchase: 2026-11-30 → 2027-02-28. */
export function detaxeDeadline(day: string): string {
  // Remembered per day: a list of purchases asks for it on every row, and luxon date
  // arithmetic is the costliest part of that read (20 years hold ~7,300 distinct days).
  const cached = deadlines.get(day);
  if (cached !== undefined) return cached;
  const bought = DateTime.fromISO(day, { zone: 'utc' });
  if (!bought.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a calendar day: ${day}`);
  const deadline = bought.startOf('month').plus({ months: 3 }).endOf('month').toISODate()!;
  if (deadlines.size >= 20_000) deadlines.clear();
  deadlines.set(day, deadline);
  return deadline;
}

const deadlines = new Map<string, string>();

/**
 * Eligibility from the reported rule; the deadline whenever a form is in play — the rule says
 * the purchase qualifies, or the user set any status other than "not applicable" (they may
 * know better than the rule, e.g. a form issued for a shop-day total Carnet cannot see).
 */
export function assessDetaxe(facts: DetaxeFacts, status: DetaxeStatus): DetaxeAssessment {
  const eligible = isDetaxeEligible(facts);
  return { eligible, deadline: eligible || status !== 'not_applicable' ? detaxeDeadline(facts.day) : null };
}
