import { z } from 'zod';
import { channel } from './channel';
import { MAX_MINOR } from '../domain/money';
import type { RuleOverrides } from '../domain/rule-values';
import { currency, day, optionalText, timeZone } from './fields';

export const THEMES = ['system', 'light', 'dark'] as const;
/** How the first-run welcome ended: answered, or put aside. Either way it is not shown again. */
export const WELCOME_ANSWERS = ['completed', 'skipped'] as const;

export interface Settings {
  /** The user's own zone: times are shown in it beside Paris time. Defaults to the system zone. */
  homeZone: string;
  /** The currency new purchases start in. */
  defaultCurrency: string;
  theme: (typeof THEMES)[number];
  /** Reminders (VALARM, DISPLAY) in the exported calendar: off switches them all off. */
  calendarAlarms: boolean;
  /** Minutes before a lottery window opens that the first reminder rings (0: at opening). */
  alarmOpeningMinutes: number;
  /** Minutes before a lottery window closes that the second reminder rings. */
  alarmClosingMinutes: number;
  /** Minutes before a granted appointment that its reminder rings. */
  appointmentAlarmMinutes: number;
  /** The rule values the user set otherwise (Settings › Rules); {} keeps every reported value. */
  rules: RuleOverrides;
  /** Set once the first-run welcome was answered or skipped; absent on a new journal. */
  welcome?: (typeof WELCOME_ANSWERS)[number];
  /**
   * One sentence per stored value that could not be used (a zone that does not exist, an unknown
   * currency): it reads as its safe default instead, and the app says so. Absent when all is well.
   */
  fallbacks?: string[];
}

/** Reminder minutes: up to a day before. */
const alarmMinutes = (what: string) =>
  z
    .number({ error: `${what} is a number of minutes.` })
    .int({ error: `${what} is a whole number of minutes.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(1440, { error: `${what} is at most 1440 minutes (a day).` });

const wholeNumber = (what: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${what} is a number.` })
    .int({ error: `${what} is a whole number of ${unit}.` })
    .min(min, { error: `${what} is at least ${min} ${min === 1 ? unit.replace(/s$/, '') : unit}.` })
    .max(max, { error: `${what} is at most ${max} ${unit}.` });

const clockTime = (what: string) =>
  z
    .string({ error: `${what} is a time like 11:00.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${what} is a time like 11:00 (24-hour clock).` });

const ratio = (what: string) =>
  z
    .number({ error: `${what} is a number, like 1.5.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(20, { error: `${what} is at most 20 times the bag's price.` })
    .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, { error: `${what} takes one decimal at most, like 1.5.` });

/**
 * The rule values the user sets otherwise (Settings › Rules). Every field is optional: an absent
 * one is the reported value. Pairs are checked together, in the words of the form.
 */
export const ruleOverrides = z
  .strictObject({
    lotteryOpensAt: clockTime('The window opens at').optional(),
    lotteryClosesAt: clockTime('The window closes at').optional(),
    quotaLimit: wholeNumber('Quota bags a year', 0, 12, 'bags').optional(),
    quotaModels: z
      .array(
        z
          .string({ error: 'A quota model is a name, like Birkin.' })
          .trim()
          .min(1, { error: 'A quota model cannot be empty.' })
          .max(40, { error: 'A quota model is at most 40 characters.' }),
        { error: 'Quota models are a list of names.' },
      )
      .max(12, { error: 'List at most 12 quota models.' })
      .refine((list) => new Set(list.map((m) => m.toLowerCase())).size === list.length, { error: 'Each quota model is listed once.' })
      .optional(),
    ratioLow: ratio('The low end of the spend band').optional(),
    ratioHigh: ratio('The high end of the spend band').optional(),
    detaxeMinSpendMinor: z
      .number({ error: 'The détaxe threshold is an amount.' })
      .int({ error: 'The détaxe threshold is in whole cents.' })
      .min(1, { error: 'The détaxe threshold is more than €0.00.' })
      .max(Math.min(MAX_MINOR, 10_000_000), { error: 'The détaxe threshold is at most €100,000.00.' })
      .optional(),
    detaxeGroupingDays: wholeNumber('Days on one form', 1, 31, 'days').optional(),
    detaxeDeadlineMonths: wholeNumber('Months to validate at customs', 1, 12, 'months').optional(),
    detaxeRefundLow: wholeNumber('The lowest refund reported', 0, 20, 'percent').optional(),
    detaxeRefundHigh: wholeNumber('The highest refund reported', 0, 20, 'percent').optional(),
    waitMonthsLow: wholeNumber('The shortest special-order wait', 0, 120, 'months').optional(),
    waitMonthsHigh: wholeNumber('The longest special-order wait', 1, 120, 'months').optional(),
  })
  .superRefine((r, ctx) => {
    const pair = (low: number | undefined, high: number | undefined, path: string, message: string) => {
      if (low !== undefined && high !== undefined && low > high) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (r.lotteryOpensAt && r.lotteryClosesAt && r.lotteryOpensAt >= r.lotteryClosesAt) {
      ctx.addIssue({ code: 'custom', path: ['lotteryClosesAt'], message: 'The window closes after it opens.' });
    }
    pair(r.ratioLow, r.ratioHigh, 'ratioHigh', 'The high end of the spend band is at least its low end.');
    pair(r.detaxeRefundLow, r.detaxeRefundHigh, 'detaxeRefundHigh', 'The highest refund is at least the lowest.');
    pair(r.waitMonthsLow, r.waitMonthsHigh, 'waitMonthsHigh', 'The longest wait is at least the shortest.');
  }) satisfies z.ZodType<RuleOverrides>;

export interface CalendarOverride {
  day: string;
  /** 'closed': an exceptional closure of the Paris boutiques; 'open': a holiday or Sunday marked open. */
  kind: 'closed' | 'open';
  note: string | null;
}

export const settingsUpdate = z.strictObject({
  homeZone: timeZone.optional(),
  defaultCurrency: currency.optional(),
  theme: z.enum(THEMES, { error: 'Theme is system, light or dark.' }).optional(),
  calendarAlarms: z.boolean({ error: 'Say whether the exported calendar carries reminders.' }).optional(),
  alarmOpeningMinutes: alarmMinutes('The reminder before a lottery window opens').optional(),
  alarmClosingMinutes: alarmMinutes('The reminder before a lottery window closes').optional(),
  appointmentAlarmMinutes: alarmMinutes('The reminder before an appointment').optional(),
  rules: ruleOverrides.optional(),
  welcome: z.enum(WELCOME_ANSWERS, { error: 'The welcome is completed or skipped.' }).optional(),
});

export const overrideSet = z.strictObject({
  day,
  kind: z.enum(['closed', 'open'], { error: 'Choose closed or open.' }),
  note: optionalText('Note', 200),
});

export const overrideList = z.strictObject({ from: day.optional(), to: day.optional() }).optional();

export const settingsContract = {
  'settings.get': channel<Settings>()(z.undefined().or(z.strictObject({}))),
  'settings.update': channel<Settings>()(settingsUpdate),
  /** Whether to show the first-run welcome: on a journal with no records whose welcome was never answered. */
  'settings.welcome': channel<{ show: boolean }>()(z.undefined().or(z.strictObject({}))),
  'calendarOverrides.list': channel<CalendarOverride[]>()(overrideList),
  'calendarOverrides.set': channel<CalendarOverride>()(overrideSet),
  'calendarOverrides.delete': channel<{ day: string }>()(z.strictObject({ day })),
};
