/**
 * The values of the rules Carnet takes from outside, as the journal uses them: the reported or
 * official value of each, unless the user set their own in Settings › Rules (the user's value
 * wins; "restore the reported value" removes it). Overrides are stored flat, one optional field
 * per value, under the `rules` setting; `effectiveRules` turns them into the values every
 * service and screen passes to the domain functions. Pure: no Node, DOM or Electron.
 */
import { DETAXE_RULE, type DetaxeValues } from './detaxe';
import { REPORTED_WINDOW_HOURS, windowHoursText, type ClockTime, type WindowHoursValues } from './lottery';
import { QUOTA_MODELS_RULE } from './quota-rule';
import { SPECIAL_ORDER_WAIT_RULE } from './special-order-timing';
import { QUOTA_LIMIT, RATIO_FOLKLORE, type RatioBand } from './spend-profile';

/** What the user may set otherwise, one field per value ('HH:MM' for times, euro cents for the threshold). */
export interface RuleOverrides {
  lotteryOpensAt?: string;
  lotteryClosesAt?: string;
  quotaLimit?: number;
  quotaModels?: string[];
  ratioLow?: number;
  ratioHigh?: number;
  detaxeMinSpendMinor?: number;
  detaxeGroupingDays?: number;
  detaxeDeadlineMonths?: number;
  detaxeRefundLow?: number;
  detaxeRefundHigh?: number;
  waitMonthsLow?: number;
  waitMonthsHigh?: number;
}

export type RuleOverrideKey = keyof RuleOverrides;

export interface RuleValues {
  windowHours: WindowHoursValues;
  quotaLimit: number;
  quotaModels: readonly string[];
  ratio: RatioBand;
  detaxe: DetaxeValues;
  waitMonths: readonly [number, number];
  /** The overrides in force (empty: every value is the reported one). */
  overridden: readonly RuleOverrideKey[];
}

const clock = (s: string): ClockTime => ({ hour: Number(s.slice(0, 2)), minute: Number(s.slice(3, 5)) });

/** The reported value of each overridable field, in the shape the Settings form shows. */
export const REPORTED_OVERRIDE_VALUES: Required<RuleOverrides> = {
  lotteryOpensAt: windowHoursText(REPORTED_WINDOW_HOURS).opensAt,
  lotteryClosesAt: windowHoursText(REPORTED_WINDOW_HOURS).closesAt,
  quotaLimit: QUOTA_LIMIT,
  quotaModels: [...QUOTA_MODELS_RULE.models],
  ratioLow: RATIO_FOLKLORE.low,
  ratioHigh: RATIO_FOLKLORE.high,
  detaxeMinSpendMinor: DETAXE_RULE.minSpendMinor,
  detaxeGroupingDays: DETAXE_RULE.groupingDays,
  detaxeDeadlineMonths: DETAXE_RULE.deadlineMonthsAfter,
  detaxeRefundLow: DETAXE_RULE.refundPercentRange[0],
  detaxeRefundHigh: DETAXE_RULE.refundPercentRange[1],
  waitMonthsLow: SPECIAL_ORDER_WAIT_RULE.months[0],
  waitMonthsHigh: SPECIAL_ORDER_WAIT_RULE.months[1],
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The values in force: each override the user set, the reported value for the rest. */
export function effectiveRules(overrides: RuleOverrides | undefined = {}): RuleValues {
  const v = { ...REPORTED_OVERRIDE_VALUES, ...stripUndefined(overrides) };
  const overridden = (Object.keys(REPORTED_OVERRIDE_VALUES) as RuleOverrideKey[]).filter(
    (k) => overrides[k] !== undefined && !sameValue(overrides[k], REPORTED_OVERRIDE_VALUES[k]),
  );
  return {
    windowHours: { opens: clock(v.lotteryOpensAt), closes: clock(v.lotteryClosesAt) },
    quotaLimit: v.quotaLimit,
    quotaModels: v.quotaModels,
    ratio: { low: v.ratioLow, high: v.ratioHigh },
    detaxe: {
      minSpendMinor: v.detaxeMinSpendMinor,
      groupingDays: v.detaxeGroupingDays,
      deadlineMonthsAfter: v.detaxeDeadlineMonths,
      refundPercentRange: [v.detaxeRefundLow, v.detaxeRefundHigh],
    },
    waitMonths: [v.waitMonthsLow, v.waitMonthsHigh],
    overridden,
  };
}

function stripUndefined(o: RuleOverrides): RuleOverrides {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as RuleOverrides;
}

/** Which overridable fields belong to which rule of REFERENCE_RULES (for "yours: …" and restore). */
export const RULE_FIELDS: Record<string, readonly RuleOverrideKey[]> = {
  'lottery-window': ['lotteryOpensAt', 'lotteryClosesAt'],
  'quota-models': ['quotaModels', 'quotaLimit'],
  'spend-ratio': ['ratioLow', 'ratioHigh'],
  detaxe: ['detaxeMinSpendMinor', 'detaxeGroupingDays', 'detaxeDeadlineMonths', 'detaxeRefundLow', 'detaxeRefundHigh'],
  'special-order-wait': ['waitMonthsLow', 'waitMonthsHigh'],
};
