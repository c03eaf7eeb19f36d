/**
 * Keeping in touch: the next follow-up a contact's cadence produces, and the next birthday or name
 * day. Pure calendar-day arithmetic (days are 'YYYY-MM-DD', no zone involved), shared by the
 * services, the dashboard, the calendar, desktop notifications and the contact page.
 */
import { DateTime } from 'luxon';

/** Five years, in days: the longest cadence Carnet accepts (a longer one is no cadence at all). */
export const MAX_CADENCE_DAYS = 1826;
export const CADENCE_UNITS = ['days', 'weeks'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

export interface Cadence {
  every: number;
  unit: CadenceUnit;
}

export const cadenceDays = (c: Cadence): number => (c.unit === 'weeks' ? c.every * 7 : c.every);

/** "every 6 weeks", "every day", "every 10 days". */
export function cadenceLabel(c: Cadence): string {
  const unit = c.unit === 'weeks' ? 'week' : 'day';
  return c.every === 1 ? `every ${unit}` : `every ${c.every} ${unit}s`;
}

const utcDay = (day: string): DateTime => DateTime.fromISO(day, { zone: 'utc' });
export const addDays = (day: string, n: number): string => utcDay(day).plus({ days: n }).toISODate()!;
export const daysFromTo = (from: string, to: string): number => Math.round(utcDay(to).diff(utcDay(from), 'days').days);

export type FollowUpReason = 'cadence' | 'explicit' | 'snoozed';

export interface FollowUpFacts {
  /** Day of the latest logged interaction. */
  lastContact: string | null;
  /** The day a follow-up was last marked done: the cadence counts from it when it is later. */
  doneOn: string | null;
  /** When nothing is logged yet: the day they were met, else the day the contact was added. */
  since: string;
  cadenceDays: number | null;
  /** The follow-up day set by hand. */
  explicit: string | null;
  snoozedTo: string | null;
  /** A contact who moved on produces no cadence follow-up (an explicit one still stands). */
  movedOn: boolean;
}

export interface NextFollowUp {
  day: string;
  reason: FollowUpReason;
}

/**
 * The next follow-up: last contact (or the later "done" day) + cadence, or the explicit day when
 * it is sooner; a snooze moves it to the snooze day when that is later.
 */
export function nextFollowUp(f: FollowUpFacts): NextFollowUp | null {
  const anchors = [f.lastContact, f.doneOn].filter((d): d is string => d !== null);
  const anchor = anchors.length > 0 ? anchors.sort().at(-1)! : f.since;
  const byCadence = f.cadenceDays !== null && !f.movedOn ? addDays(anchor, f.cadenceDays) : null;
  let next: NextFollowUp | null = null;
  if (byCadence) next = { day: byCadence, reason: 'cadence' };
  if (f.explicit && (!next || f.explicit < next.day)) next = { day: f.explicit, reason: 'explicit' };
  if (next && f.snoozedTo && f.snoozedTo > next.day) next = { day: f.snoozedTo, reason: 'snoozed' };
  return next;
}

export interface MonthDay {
  month: number;
  day: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/** Days in a month of any year (29 for February: a birthday on 29 February exists). */
export function daysInMonth(month: number, year?: number | null): number {
  if (month === 2) return year == null ? 29 : DateTime.utc(year, 2, 1).daysInMonth!;
  return DateTime.utc(2024, month, 1).daysInMonth!;
}

/** A month-day that exists; the sentence that says why not otherwise. */
export function monthDayProblem(md: MonthDay, year: number | null, what: string): string | null {
  if (md.month < 1 || md.month > 12) return `Choose the month of the ${what}.`;
  const max = daysInMonth(md.month, year);
  if (md.day < 1 || md.day > max) {
    return year != null && md.month === 2 && md.day === 29
      ? `${year} had no 29 February: check the year of the ${what}.`
      : `There is no ${md.day} ${monthName(md.month)}: a ${what} in ${monthName(md.month)} is on day 1 to ${max}.`;
  }
  return null;
}

export const toMonthDay = (md: MonthDay): string => `${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
export function parseMonthDay(text: string | null): MonthDay | null {
  const m = text ? /^(\d{2})-(\d{2})$/.exec(text) : null;
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/** The next day (today included) on which the month-day falls; 29 February is kept on 28 February in other years. */
export function nextOccurrence(md: MonthDay, today: string): string {
  const t = utcDay(today);
  for (const year of [t.year, t.year + 1]) {
    const day = Math.min(md.day, daysInMonth(md.month, year));
    const d = DateTime.utc(year, md.month, day).toISODate()!;
    if (d >= today) return d;
  }
  return DateTime.utc(t.year + 1, md.month, Math.min(md.day, daysInMonth(md.month, t.year + 1))).toISODate()!;
}

/** "14 March", "14 March 1988". */
export const monthDayLabel = (md: MonthDay, year?: number | null): string => `${md.day} ${monthName(md.month)}${year ? ` ${year}` : ''}`;
