/**
 * The Paris boutique calendar: which days the leather desks (and so the online lottery) are open.
 *
 * Community-reported rule, overridable by the user: closed on Sundays, on French metropolitan
 * public holidays and on the user's own added closures; a day the user marks open is open,
 * whatever else is true of it.
 *
 * Pure: luxon only, no Node, DOM or Electron. Easter is computed here (anonymous Gregorian
 * algorithm) rather than with `date-holidays`, which would ship every country's data to the
 * renderer for eleven French dates.
 */
import { DateTime } from 'luxon';

/** The Paris boutiques' usual opening hours: reference data, shown on the trip page and sheet. */
export const PARIS_BOUTIQUE_HOURS = {
  text: '10:30–19:00, Mon–Sat',
  source: 'hermes.com store pages as reported by clients; check before going',
  checked: '2026-12',
} as const;

/** User overrides, each a 'YYYY-MM-DD' day. `openDays` wins over Sundays, holidays and closures. */
export interface BoutiqueCalendarOptions {
  closures?: string[];
  openDays?: string[];
}

/** Why a day is closed. Precedence when several apply: closure > holiday > sunday. */
export type ClosedReason = 'sunday' | 'holiday' | 'closure';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a 'YYYY-MM-DD' day that exists, as midnight UTC (days are calendar labels, not instants).
 * Throws an Error naming the bad value and the field it came from.
 */
export function parseDay(value: unknown, label = 'Day'): DateTime {
  if (typeof value !== 'string') {
    throw new Error(`${label} must be a 'YYYY-MM-DD' string such as 2026-12-07; got ${describe(value)}.`);
  }
  const m = DAY_RE.exec(value);
  if (!m) {
    throw new Error(`${label} "${value}" is not written as YYYY-MM-DD (for example 2026-12-07).`);
  }
  const dt = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: 'utc' });
  if (!dt.isValid) {
    throw new Error(`${label} "${value}" is not a real calendar day (check the month and the day of the month).`);
  }
  return dt;
}

/** Throws unless `value` is a real 'YYYY-MM-DD' day; returns it unchanged. */
export function assertDay(value: unknown, label = 'Day'): string {
  parseDay(value, label);
  return value as string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value);
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}

/** 'YYYY-MM-DD' of a day held as a UTC DateTime. */
export function formatDay(dt: DateTime): string {
  return dt.toFormat('yyyy-MM-dd');
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new Error(`Year ${String(year)} is not a whole year between 1 and 9999.`);
  }
}

/** Easter Sunday (Gregorian calendar) by the anonymous "Meeus/Jones/Butcher" algorithm. */
export function easterSunday(year: number): string {
  checkYear(year);
  return formatDay(easterOf(year));
}

function easterOf(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.fromObject({ year, month, day }, { zone: 'utc' });
}

/** day → English name (French name). Ascension can fall on 1 or 8 May, hence lists. */
const holidayCache = new Map<number, ReadonlyMap<string, readonly string[]>>();

function holidaysOf(year: number): ReadonlyMap<string, readonly string[]> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterOf(year);
  const fixed = (month: number, day: number) => formatDay(DateTime.fromObject({ year, month, day }, { zone: 'utc' }));
  const fromEaster = (days: number) => formatDay(easter.plus({ days }));
  const entries: Array<[string, string]> = [
    [fixed(1, 1), "New Year's Day (Jour de l'an)"],
    [fromEaster(1), 'Easter Monday (Lundi de Pâques)'],
    [fixed(5, 1), 'Labour Day (Fête du Travail)'],
    [fixed(5, 8), 'Victory in Europe Day (Victoire 1945)'],
    [fromEaster(39), 'Ascension Day (Ascension)'],
    [fromEaster(50), 'Whit Monday (Lundi de Pentecôte)'],
    [fixed(7, 14), 'Bastille Day (Fête nationale)'],
    [fixed(8, 15), 'Assumption Day (Assomption)'],
    [fixed(11, 1), "All Saints' Day (Toussaint)"],
    [fixed(11, 11), 'Armistice Day (Armistice 1918)'],
    [fixed(12, 25), 'Christmas Day (Noël)'],
  ];
  const byDay = new Map<string, string[]>();
  for (const [day, name] of entries) {
    const names = byDay.get(day);
    if (names) names.push(name);
    else byDay.set(day, [name]);
  }
  holidayCache.set(year, byDay);
  return byDay;
}

/** The French metropolitan public holidays of `year`, sorted, each day once. */
export function frenchPublicHolidays(year: number): string[] {
  checkYear(year);
  return [...holidaysOf(year).keys()].sort();
}

/**
 * The holiday's English name with the French one in brackets, e.g. 'Easter Monday (Lundi de Pâques)';
 * two names joined by ' / ' when Ascension falls on 1 or 8 May; null on an ordinary day.
 * Says nothing about user overrides: a holiday marked open is still that holiday.
 */
export function holidayName(day: string): string | null {
  const dt = parseDay(day);
  const names = holidaysOf(dt.year).get(day);
  return names ? names.join(' / ') : null;
}

/** A compiled calendar: validates the options once, then answers per day without re-parsing them. */
export interface BoutiqueCalendar {
  /** Why `day` (a valid 'YYYY-MM-DD' held as UTC midnight) is closed, or null if open. */
  closedReasonOf(day: DateTime): ClosedReason | null;
}

export function compileCalendar(options: BoutiqueCalendarOptions = {}): BoutiqueCalendar {
  if (options === null || typeof options !== 'object') {
    throw new Error('Boutique calendar options must be an object like { closures: [...], openDays: [...] }.');
  }
  const closures = daySet(options.closures, 'closures', 'Closure day');
  const openDays = daySet(options.openDays, 'openDays', 'Open day');
  return {
    closedReasonOf(dt) {
      const day = formatDay(dt);
      if (openDays.has(day)) return null;
      if (closures.has(day)) return 'closure';
      if (holidaysOf(dt.year).has(day)) return 'holiday';
      if (dt.weekday === 7) return 'sunday';
      return null;
    },
  };
}

function daySet(list: unknown, key: string, label: string): Set<string> {
  if (list === undefined || list === null) return new Set();
  if (!Array.isArray(list)) {
    throw new Error(`Boutique calendar option "${key}" must be a list of 'YYYY-MM-DD' days; got ${describe(list)}.`);
  }
  return new Set(list.map((d) => assertDay(d, label)));
}

/** Why the boutiques are closed on `day` ('closure' > 'holiday' > 'sunday'), or null when open. */
export function closedReason(day: string, options?: BoutiqueCalendarOptions): ClosedReason | null {
  const dt = parseDay(day);
  return compileCalendar(options).closedReasonOf(dt);
}

export function isBoutiqueOpen(day: string, options?: BoutiqueCalendarOptions): boolean {
  return closedReason(day, options) === null;
}
