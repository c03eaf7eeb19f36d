/**
 * Every rule Carnet takes from outside, listed once for the Settings › Rules section: what it
 * says (in words built from the rule's own data, never retyped), where it comes from, when it
 * was last checked, and where the user can say otherwise. The values themselves live in their
 * domain modules (lottery, boutique calendar, quota, détaxe, spend profile, special orders); the
 * ones a user may set otherwise are listed in rule-values.ts (RULE_FIELDS).
 */
import { PARIS_BOUTIQUE_HOURS } from './boutique-calendar';
import { DETAXE_RULE, DETAXE_THRESHOLD_TEXT } from './detaxe';
import { CLOSES_AT, LOTTERY_RULE, WINDOW_HOURS } from './lottery';
import { QUOTA_MODELS_RULE } from './quota-rule';
import { SPECIAL_ORDER_WAIT_RULE, waitGuidance } from './special-order-timing';
import { QUOTA_LIMIT, QUOTA_LIMIT_RULE, RATIO_FOLKLORE, RATIO_FOLKLORE_RULE } from './spend-profile';

export interface ReferenceRule {
  id: string;
  title: string;
  /** The rule in a sentence or two. */
  says: string;
  source: string;
  /** 'YYYY-MM' */
  checked: string;
  url?: string;
  /** Where the user can say otherwise for themselves (null: only shown as guidance). */
  yours: string | null;
}

const words = (n: number) => ['no', 'one', 'two', 'three', 'four', 'five', 'six'][n] ?? String(n);
/** 3 → 'third' */
export const ordinal = (n: number) => ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'][n] ?? `${n}th`;

export const REFERENCE_RULES: readonly ReferenceRule[] = [
  {
    id: 'lottery-window',
    title: 'Paris leather lottery',
    says: `Request an appointment for a day the boutiques are open on the latest open day before it, ${WINDOW_HOURS} Paris time, from France; winners hear after ${CLOSES_AT} by e-mail or SMS.`,
    source: LOTTERY_RULE.source,
    checked: LOTTERY_RULE.checked,
    yours: 'Open and closed days: the Paris boutique calendar above.',
  },
  {
    id: 'boutique-hours',
    title: 'Paris boutique hours',
    says: `Usually ${PARIS_BOUTIQUE_HOURS.text}; closed on Sundays and French public holidays.`,
    source: PARIS_BOUTIQUE_HOURS.source,
    checked: PARIS_BOUTIQUE_HOURS.checked,
    yours: 'Add a closure or an exceptional opening in the Paris boutique calendar above.',
  },
  {
    id: 'quota-models',
    title: 'Quota bags',
    says: `${QUOTA_MODELS_RULE.models.join(' and ')} bags count as quota, about ${words(QUOTA_LIMIT)} a year per client (the year in Paris time).`,
    source: `${QUOTA_MODELS_RULE.source}; the yearly limit: ${QUOTA_LIMIT_RULE.source}`,
    checked: QUOTA_MODELS_RULE.checked,
    yours: 'Mark a bag line or an offer Quota or Non-quota where your store counts it otherwise.',
  },
  {
    id: 'spend-ratio',
    title: 'Spend before an offer',
    says: `Clients talk of spending ${RATIO_FOLKLORE.low} to ${RATIO_FOLKLORE.high} times a bag’s price on other items before an offer. Folklore, never confirmed by Hermès.`,
    source: RATIO_FOLKLORE_RULE.source,
    checked: RATIO_FOLKLORE_RULE.checked,
    yours: 'Your own targets: Offers › Spend profile.',
  },
  {
    id: 'detaxe',
    title: 'Détaxe (VAT refund)',
    says: `More than ${DETAXE_THRESHOLD_TEXT} on one form: the stores of one town in France or Monaco over up to ${DETAXE_RULE.groupingDays} consecutive days, never online orders; validate at customs by the end of the ${ordinal(DETAXE_RULE.deadlineMonthsAfter)} month after the month of purchase; about ${DETAXE_RULE.refundPercentRange[0]}–${DETAXE_RULE.refundPercentRange[1]}% comes back.`,
    source: DETAXE_RULE.source,
    checked: DETAXE_RULE.checked,
    url: DETAXE_RULE.sourceUrl,
    yours: 'Set a receipt’s status yourself, or group receipts on a form: Purchases › Détaxe forms.',
  },
  {
    id: 'special-order-wait',
    title: 'Special-order waits',
    says: waitGuidance(),
    source: SPECIAL_ORDER_WAIT_RULE.source,
    checked: SPECIAL_ORDER_WAIT_RULE.checked,
    yours: 'Each order keeps the arrival window its SA gave: Special orders › Expected arrival.',
  },
];
