/**
 * Lottery reminders: when each planned window opens, and one hour before it closes. Pure (no
 * Electron): the main process gives the scheduler a `notify(title, body)` that shows a desktop
 * notification; tests give it a fake timer and clock.
 *
 * The scheduler sleeps until the next reminder, but never longer than `maxSleepMs`: each wake
 * re-reads the journal, so attempts recorded, trips moved and calendar changes are picked up
 * even if nobody calls `refresh()`, and a clock that jumped (sleep, travel) is caught up.
 */
import { DateTime } from 'luxon';
import { type PlannedApplicant, type PlannedWindow, type ReminderKind } from '../shared/api/reminders';
import { PARIS_ZONE } from '../shared/domain/lottery';
import type { Journal } from './db/journal';
import { plannedWindows } from './journal/reminders';
import { getSettings } from './journal/settings';

export interface Reminder {
  /** Stable for one window and kind at one instant: `2026-12-07:opens:2026-12-05T09:30:00.000Z`. */
  id: string;
  kind: ReminderKind;
  /** UTC ISO instant the reminder is due. */
  at: string;
  window: PlannedWindow;
  title: string;
  body: string;
}

export interface MissedWindow {
  window: PlannedWindow;
  /** Still open now (there is time left), or already closed. */
  state: 'open' | 'closed';
  title: string;
  body: string;
}

/** How far ahead reminders are looked for. */
export const DEFAULT_HORIZON_DAYS = 60;
/** The longest the scheduler sleeps before looking at the journal again. */
export const DEFAULT_MAX_SLEEP_MS = 10 * 60 * 1000;

const utc = (iso: string): DateTime => DateTime.fromISO(iso, { setZone: true }).toUTC();
const millis = (iso: string): number => utc(iso).toMillis();

/** 'New York' from 'America/New_York'. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** '19:00 Paris (13:00 New York)'; the local day is named when it differs from the Paris one. */
function bothZones(iso: string, homeZone: string): string {
  const paris = DateTime.fromISO(iso, { zone: PARIS_ZONE, locale: 'en-GB' });
  const text = `${paris.toFormat('HH:mm')} Paris`;
  if (homeZone === PARIS_ZONE) return text;
  const local = paris.setZone(homeZone);
  const sameDay = local.toFormat('yyyy-MM-dd') === paris.toFormat('yyyy-MM-dd');
  return `${text} (${sameDay ? '' : `${local.toFormat('ccc d LLL')} `}${local.toFormat('HH:mm')} ${zoneCity(homeZone)})`;
}

const dayLabel = (day: string): string => DateTime.fromISO(day, { locale: 'en-GB' }).toFormat('ccc d LLL');

/** 'you and Anna', 'you, Anna and Sam'. */
function people(applicants: PlannedApplicant[]): string {
  const names = applicants.filter((a) => !a.done).map((a) => (a.companionId === null ? 'you' : a.name));
  if (names.length <= 1) return names[0] ?? 'nobody';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The reminders of one window, with the words of their notifications. */
export function remindersOf(window: PlannedWindow, homeZone: string): Reminder[] {
  return window.reminders.map(({ kind, at }) => {
    const forDay = dayLabel(window.appointmentDay);
    const closes = bothZones(window.closesAt, homeZone);
    const who = capitalised(people(window.applicants));
    const title = kind === 'opens' ? `Lottery open: apply for ${forDay}` : `Lottery closes in 1 hour: apply for ${forDay}`;
    const body =
      kind === 'opens'
        ? `Open until ${closes}. ${who} can apply now, from France on a local Wi-Fi network.`
        : `Closes at ${closes}. Not registered yet: ${people(window.applicants)}.`;
    return { id: `${window.appointmentDay}:${kind}:${at}`, kind, at, window, title, body };
  });
}

/** Reminders due in (afterISO, untilISO], in order. */
export function remindersBetween(journal: Journal, afterISO: string, untilISO: string): Reminder[] {
  const after = millis(afterISO);
  const until = millis(untilISO);
  if (until <= after) return [];
  const { homeZone } = getSettings(journal);
  return plannedWindows(journal, afterISO, untilISO)
    .flatMap((w) => remindersOf(w, homeZone))
    .filter((r) => millis(r.at) > after && millis(r.at) <= until)
    .sort((a, b) => millis(a.at) - millis(b.at) || a.window.appointmentDay.localeCompare(b.window.appointmentDay));
}

/** The reminders still to come after `nowISO`, within `horizonDays`, in order. */
export function nextReminders(journal: Journal, nowISO: string, horizonDays = DEFAULT_HORIZON_DAYS): Reminder[] {
  return remindersBetween(journal, nowISO, utc(nowISO).plus({ days: horizonDays }).toISO()!);
}

function missedOf(window: PlannedWindow, nowMs: number, homeZone: string): MissedWindow {
  const forDay = dayLabel(window.appointmentDay);
  const applyOn = dayLabel(window.applyOn);
  if (nowMs < millis(window.closesAt)) {
    const left = DateTime.fromMillis(millis(window.closesAt)).diff(DateTime.fromMillis(nowMs), ['hours', 'minutes']);
    const h = Math.floor(left.hours);
    const m = Math.floor(left.minutes);
    return {
      window,
      state: 'open',
      title: `Lottery open now: apply for ${forDay}`,
      body: `The window opened while Carnet was closed. It is open until ${bothZones(window.closesAt, homeZone)}, ${h > 0 ? `${h} h ` : ''}${m} min from now. Not registered yet: ${people(window.applicants)}.`,
    };
  }
  return {
    window,
    state: 'closed',
    title: `Lottery window missed: ${forDay}`,
    body: `The window for ${forDay} (${applyOn}, ${bothZones(window.opensAt, homeZone)} to ${bothZones(window.closesAt, homeZone)}) opened and closed while Carnet was closed; no registered request is recorded for ${people(window.applicants)}.`,
  };
}

/**
 * Windows that opened, or came within an hour of closing, in (lastRunISO, nowISO]: what the
 * app could not remind of while it was closed. Each says whether it is still open.
 */
export function missedSince(journal: Journal, lastRunISO: string, nowISO: string): MissedWindow[] {
  const after = millis(lastRunISO);
  const now = millis(nowISO);
  if (now <= after) return [];
  const { homeZone } = getSettings(journal);
  return plannedWindows(journal, lastRunISO, nowISO)
    .filter((w) => w.reminders.some((r) => millis(r.at) > after && millis(r.at) <= now))
    .map((w) => missedOf(w, now, homeZone));
}

export interface ReminderTimer {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderSchedulerOptions {
  journal: Journal;
  /** Shows one reminder (the main process: an Electron Notification). */
  notify: (title: string, body: string, reminder?: Reminder) => void;
  /** Defaults to the global setTimeout / clearTimeout. */
  timer?: ReminderTimer;
  /** The current instant; defaults to the journal's clock. */
  now?: () => string;
  maxSleepMs?: number;
  horizonDays?: number;
}

const globalTimer: ReminderTimer = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class ReminderScheduler {
  private readonly journal: Journal;
  private readonly notify: ReminderSchedulerOptions['notify'];
  private readonly timer: ReminderTimer;
  private readonly clock: () => string;
  private readonly maxSleepMs: number;
  private readonly horizonDays: number;
  private handle: unknown = null;
  private checkedUntil: string | null = null;

  constructor(options: ReminderSchedulerOptions) {
    this.journal = options.journal;
    this.notify = options.notify;
    this.timer = options.timer ?? globalTimer;
    this.clock = options.now ?? (() => options.journal.now());
    this.maxSleepMs = options.maxSleepMs ?? DEFAULT_MAX_SLEEP_MS;
    this.horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  }

  /**
   * Starts reminding from now on. With `lastRunISO` (when the app last ran, kept by the caller),
   * first says which windows opened or closed while the app was closed, one notification each,
   * and returns them.
   */
  start(lastRunISO?: string | null): MissedWindow[] {
    this.stop();
    const now = this.clock();
    const missed = lastRunISO ? missedSince(this.journal, lastRunISO, now) : [];
    for (const m of missed) this.notify(m.title, m.body);
    this.checkedUntil = now;
    this.arm();
    return missed;
  }

  /** Re-reads the journal now (call after a write that may change the plan). */
  refresh(): void {
    if (this.checkedUntil === null) return;
    this.tick();
  }

  stop(): void {
    if (this.handle !== null) this.timer.clearTimeout(this.handle);
    this.handle = null;
    this.checkedUntil = null;
  }

  get running(): boolean {
    return this.checkedUntil !== null;
  }

  /** The instant up to which reminders have been given: store it on quit as the next `lastRunISO`. */
  get lastRun(): string | null {
    return this.checkedUntil;
  }

  /** The reminders still to come. */
  upcoming(): Reminder[] {
    return nextReminders(this.journal, this.clock(), this.horizonDays);
  }

  missedSince(lastRunISO: string): MissedWindow[] {
    return missedSince(this.journal, lastRunISO, this.clock());
  }

  private tick(): void {
    if (this.handle !== null) this.timer.clearTimeout(this.handle);
    this.handle = null;
    const now = this.clock();
    const since = this.checkedUntil ?? now;
    if (millis(now) > millis(since)) {
      const due = remindersBetween(this.journal, since, now);
      // One notification per window: the latest reminder due for it (after a long sleep, the
      // opening is old news once the closing reminder is due too).
      const latest = new Map<string, Reminder>();
      for (const r of due) latest.set(r.window.appointmentDay, r);
      const { homeZone } = getSettings(this.journal);
      const nowMs = millis(now);
      for (const r of latest.values()) {
        if (nowMs >= millis(r.window.closesAt)) {
          const m = missedOf(r.window, nowMs, homeZone);
          this.notify(m.title, m.body, r);
        } else {
          this.notify(r.title, r.body, r);
        }
      }
    }
    // A clock set back leaves checkedUntil ahead: nothing before it is given twice.
    if (millis(now) > millis(since)) this.checkedUntil = now;
    this.arm();
  }

  private arm(): void {
    const now = this.clock();
    const after = this.checkedUntil !== null && millis(this.checkedUntil) > millis(now) ? this.checkedUntil : now;
    const next = nextReminders(this.journal, after, this.horizonDays)[0];
    const wait = next ? Math.min(Math.max(millis(next.at) - millis(now), 0), this.maxSleepMs) : this.maxSleepMs;
    this.handle = this.timer.setTimeout(() => this.tick(), wait);
  }
}
