/**
 * The Paris online lottery window (community-reported rule; the user can override the calendar):
 * an appointment on day D can be requested only if the boutiques are open on D, and the request
 * is made on the latest open day strictly before D, between 10:30 and 19:00 Europe/Paris.
 *
 * Pure: luxon only, no Node, DOM or Electron. Every wall-clock time says its zone; instants are
 * ISO 8601 with the Paris offset of that day (+01:00 in winter, +02:00 in summer).
 */
import { DateTime, IANAZone } from 'luxon';
import {
  compileCalendar,
  formatDay,
  parseDay,
  type BoutiqueCalendarOptions,
  type ClosedReason,
} from './boutique-calendar';

export {
  closedReason,
  easterSunday,
  frenchPublicHolidays,
  holidayName,
  isBoutiqueOpen,
  type BoutiqueCalendarOptions,
  type ClosedReason,
} from './boutique-calendar';

export const PARIS_ZONE = 'Europe/Paris';
/** Paris wall-clock opening and closing of the application form. */
export const WINDOW_OPENS = { hour: 10, minute: 30 } as const;
export const WINDOW_CLOSES = { hour: 19, minute: 0 } as const;
/** Where the window comes from and when it was last checked (reference data, shown with the rule). */
export const LOTTERY_RULE = {
  source: 'Hermès Paris online appointment requests as reported by clients (PurseForum, the seed guide), not a published Hermès rule',
  sourceShort: 'client reports',
  checked: '2026-12',
} as const;
/** A Paris wall-clock time. */
export interface ClockTime {
  hour: number;
  minute: number;
}
/** The hours of the application form, Paris time: the reported ones unless the user set others (Settings › Rules). */
export interface WindowHoursValues {
  opens: ClockTime;
  closes: ClockTime;
}
export const REPORTED_WINDOW_HOURS: WindowHoursValues = { opens: WINDOW_OPENS, closes: WINDOW_CLOSES };
/** The boutique calendar's overrides and the window's hours: all the lottery rule takes. */
export interface LotteryOptions extends BoutiqueCalendarOptions {
  hours?: WindowHoursValues;
}
export const hhmm = (t: ClockTime) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
/** '10:30', '19:00', '10:30–19:00': the window's hours as every sentence writes them (never a literal elsewhere). */
export const OPENS_AT = hhmm(WINDOW_OPENS);
export const CLOSES_AT = hhmm(WINDOW_CLOSES);
export const WINDOW_HOURS = `${OPENS_AT}–${CLOSES_AT}`;
/** The hours as the sentences write them: { opensAt: '10:30', closesAt: '19:00', hours: '10:30–19:00' }. */
export function windowHoursText(h: WindowHoursValues = REPORTED_WINDOW_HOURS): { opensAt: string; closesAt: string; hours: string } {
  const opensAt = hhmm(h.opens);
  const closesAt = hhmm(h.closes);
  return { opensAt, closesAt, hours: `${opensAt}–${closesAt}` };
}
/** How far back we look for an open day before giving up (a calendar closed that long is a mistake). */
export const MAX_LOOKBACK_DAYS = 60;
/** Longest range lotteryWindowsForRange accepts: ten years of days. */
export const MAX_RANGE_DAYS = 3660;

export type LotteryWindow =
  | { appointmentDay: string; bookable: false; reason: ClosedReason }
  | { appointmentDay: string; bookable: true; applyOn: string; opensAt: string; closesAt: string };

export type BookableWindow = Extract<LotteryWindow, { bookable: true }>;

/** The window in which to apply for an appointment on `appointmentDay`. Throws on a bad day. */
export function lotteryWindow(appointmentDay: string, options?: LotteryOptions): LotteryWindow {
  const day = parseDay(appointmentDay, 'Appointment day');
  const memo = memoFor(options);
  let w = memo.days.get(appointmentDay);
  if (w === undefined) {
    w = Object.freeze(windowFor(day, memo.calendar(), memo.hours));
    memo.days.set(appointmentDay, w);
  }
  return w;
}

/** One window per day from `fromDay` to `toDay`, both included, in order. */
export function lotteryWindowsForRange(
  fromDay: string,
  toDay: string,
  options?: LotteryOptions,
): LotteryWindow[] {
  const from = parseDay(fromDay, 'From day');
  const to = parseDay(toDay, 'To day');
  if (to < from) {
    throw new Error(`To day ${toDay} is before from day ${fromDay}; the range must run forwards.`);
  }
  const count = Math.round(to.diff(from, 'days').days) + 1;
  if (count > MAX_RANGE_DAYS) {
    throw new Error(`The range ${fromDay} to ${toDay} spans ${count} days; at most ${MAX_RANGE_DAYS} days can be planned at once.`);
  }
  const memo = memoFor(options);
  const windows: LotteryWindow[] = [];
  for (let i = 0; i < count; i++) {
    const day = i === 0 ? from : from.plus({ days: i });
    const key = formatDay(day);
    let w = memo.days.get(key);
    if (w === undefined) {
      w = Object.freeze(windowFor(day, memo.calendar(), memo.hours));
      memo.days.set(key, w);
    }
    windows.push(w);
  }
  return windows;
}

/**
 * A day's window is a pure function of the day and the options (closures, open days, the hours):
 * remembered per day for the last few versions of the options, so the calendar, the dashboard
 * and the reminders, asking for the same weeks on every read, compute each window once (luxon
 * zone arithmetic is the costly part). The windows handed out are frozen: shared, not copied.
 */
interface WindowMemo {
  calendar: () => ReturnType<typeof compileCalendar>;
  hours: WindowHoursValues;
  days: Map<string, LotteryWindow>;
}
const memos = new Map<string, WindowMemo>();
const MEMO_VERSIONS = 4;
const MEMO_DAYS = 20_000;

function memoFor(options: LotteryOptions | undefined): WindowMemo {
  const hours = options?.hours ?? REPORTED_WINDOW_HOURS;
  const version = JSON.stringify([options?.closures ?? [], options?.openDays ?? [], hours.opens, hours.closes]);
  let memo = memos.get(version);
  if (memo === undefined) {
    // Options are checked as before, at once (a bad closure day throws here, not later).
    const calendar = compileCalendar(options);
    memo = { calendar: () => calendar, hours, days: new Map() };
    if (memos.size >= MEMO_VERSIONS) memos.delete(memos.keys().next().value!);
    memos.set(version, memo);
  } else {
    // The latest version asked for is the last to be forgotten.
    memos.delete(version);
    memos.set(version, memo);
  }
  if (memo.days.size >= MEMO_DAYS) memo.days.clear();
  return memo;
}

function windowFor(day: DateTime, calendar: ReturnType<typeof compileCalendar>, hours: WindowHoursValues): LotteryWindow {
  const appointmentDay = formatDay(day);
  const reason = calendar.closedReasonOf(day);
  if (reason) return { appointmentDay, bookable: false, reason };
  for (let back = 1; back <= MAX_LOOKBACK_DAYS; back++) {
    const candidate = day.minus({ days: back });
    if (calendar.closedReasonOf(candidate) === null) {
      const parisDay = { year: candidate.year, month: candidate.month, day: candidate.day };
      const opens = DateTime.fromObject({ ...parisDay, hour: hours.opens.hour, minute: hours.opens.minute }, { zone: PARIS_ZONE });
      const closes = DateTime.fromObject({ ...parisDay, hour: hours.closes.hour, minute: hours.closes.minute }, { zone: PARIS_ZONE });
      return {
        appointmentDay,
        bookable: true,
        applyOn: formatDay(candidate),
        opensAt: opens.toISO()!,
        closesAt: closes.toISO()!,
      };
    }
  }
  throw new Error(
    `No open boutique day in the ${MAX_LOOKBACK_DAYS} days before ${appointmentDay}, so there is no day to apply on; ` +
      'check the closures added to the calendar.',
  );
}

export type WindowStatus =
  | { state: 'not_yet_open'; opensInMs: number }
  | { state: 'open'; closesInMs: number }
  | { state: 'closed' }
  | { state: 'not_bookable'; reason: ClosedReason };

/**
 * Where `now` stands against the window: before 10:30 Paris → not yet open; from 10:30 up to
 * (not including) 19:00 → open; from 19:00 → closed. `nowInstantISO` must carry Z or an offset.
 */
export function windowStatus(window: LotteryWindow, nowInstantISO: string): WindowStatus {
  if (!window.bookable) return { state: 'not_bookable', reason: window.reason };
  const now = parseInstant(nowInstantISO, 'Current time').toMillis();
  const opens = parseInstant(window.opensAt, 'Window opening').toMillis();
  const closes = parseInstant(window.closesAt, 'Window closing').toMillis();
  if (now < opens) return { state: 'not_yet_open', opensInMs: opens - now };
  if (now < closes) return { state: 'open', closesInMs: closes - now };
  return { state: 'closed' };
}

const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/;

function parseInstant(value: unknown, label: string): DateTime {
  if (typeof value !== 'string' || !OFFSET_RE.test(value)) {
    throw new Error(
      `${label} ${JSON.stringify(value)} is not an ISO 8601 instant with Z or an offset (like 2026-12-05T10:30:00.000+01:00).`,
    );
  }
  const dt = DateTime.fromISO(value, { setZone: true });
  if (!dt.isValid) throw new Error(`${label} "${value}" is not a valid ISO 8601 instant.`);
  return dt;
}

export type DayShift = -1 | 0 | 1;

export interface LocalWindow {
  /** The IANA zone the times below are in. */
  zone: string;
  /** The local day on which the window opens. */
  applyOnLocalDay: string;
  opensLocal: string; // 'HH:mm'
  closesLocal: string; // 'HH:mm'
  /** Local opening day minus the Paris applyOn day: -1 in Hawaii, 0 in New York or Tokyo. */
  dayShift: DayShift;
  /** The local day on which the window closes (the next day in Tokyo and Sydney). */
  closesLocalDay: string;
  /** Local closing day minus the Paris applyOn day. */
  closesDayShift: DayShift;
  /** True when the zone's clocks change during the window, so the local span is not 8 h 30. */
  offsetChanges: boolean;
}

/**
 * The same window shown in `zone` (the user's home zone). Returns null for a day that can't be
 * booked, since it has no window. Throws on an unknown zone.
 */
export function formatWindowInZone(window: BookableWindow, zone: string): LocalWindow;
export function formatWindowInZone(window: LotteryWindow, zone: string): LocalWindow | null;
export function formatWindowInZone(window: LotteryWindow, zone: string): LocalWindow | null {
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) {
    throw new Error(`Time zone ${JSON.stringify(zone)} is not a known IANA zone (like Europe/Paris or America/New_York).`);
  }
  if (!window.bookable) return null;
  const applyOn = parseDay(window.applyOn, 'Apply-on day');
  const opens = parseInstant(window.opensAt, 'Window opening').setZone(zone);
  const closes = parseInstant(window.closesAt, 'Window closing').setZone(zone);
  const openDay = formatDay(opens);
  const closeDay = formatDay(closes);
  return {
    zone,
    applyOnLocalDay: openDay,
    opensLocal: opens.toFormat('HH:mm'),
    closesLocal: closes.toFormat('HH:mm'),
    dayShift: shiftBetween(applyOn, openDay),
    closesLocalDay: closeDay,
    closesDayShift: shiftBetween(applyOn, closeDay),
    offsetChanges: opens.offset !== closes.offset,
  };
}

function shiftBetween(parisDay: DateTime, localDay: string): DayShift {
  const shift = Math.round(parseDay(localDay).diff(parisDay, 'days').days);
  if (shift !== -1 && shift !== 0 && shift !== 1) {
    // Unreachable for real zones (UTC-12..UTC+14 against Paris); guards a tampered window.
    throw new Error(`Local day ${localDay} is ${shift} days from the Paris day ${formatDay(parisDay)}; expected at most one.`);
  }
  return shift;
}
