/**
 * Planned lottery windows: the windows somebody still has to apply in, so Carnet can remind
 * when each opens and one hour before it closes (src/main/reminders.ts) and the renderer can
 * show the same as a banner.
 *
 * A window is planned when a day of a trip falls in it (the user and each adult companion may
 * apply for that day) or when a lottery attempt for that day is recorded. A person is done
 * with a day once their latest attempt for it is registered or has a result; a window whose
 * people are all done is no longer planned.
 */
import { DateTime } from 'luxon';
import type { ParsedInputOf } from '../../shared/api';
import type { AttemptResult, StepReached } from '../../shared/api/attempts';
import {
  CLOSING_REMINDER_MS,
  DEFAULT_REMINDER_RANGE_DAYS,
  type PlannedApplicant,
  type PlannedWindow,
  type remindersContract,
} from '../../shared/api/reminders';
import { lotteryWindow, MAX_LOOKBACK_DAYS, PARIS_ZONE, type BookableWindow } from '../../shared/domain/lottery';
import type { Journal } from '../db/journal';
import type { DomainHandlers } from './handler';
import { calendarOptions } from './settings';

const millis = (iso: string): number => DateTime.fromISO(iso, { setZone: true }).toMillis();
const parisDay = (iso: string): DateTime => DateTime.fromISO(iso, { zone: PARIS_ZONE }).startOf('day');
const dayOf = (dt: DateTime): string => dt.toFormat('yyyy-MM-dd');

const stepOrder: Record<StepReached, number> = { none: 0, form_accepted: 1, email_received: 2, link_clicked: 3, registered: 4 };

/** Windows overlapping [fromISO, toISO]: still open after `from`, opening no later than `to`. Sorted by opening. */
export function plannedWindows(journal: Journal, fromISO: string, toISO: string): PlannedWindow[] {
  const from = millis(fromISO);
  const to = millis(toISO);
  // An overlapping window applies for a day after its apply day, which is on or after the Paris
  // day of `from` (minus one for safety); its apply day is at the latest the Paris day of `to`,
  // and the day it is for at most MAX_LOOKBACK_DAYS later.
  const firstDay = dayOf(parisDay(fromISO).minus({ days: 1 }));
  const lastDay = dayOf(parisDay(toISO).plus({ days: MAX_LOOKBACK_DAYS }));

  type Entry = { trips: Map<number, string>; applicants: Map<string, PlannedApplicant & { attemptOrder: number }> };
  const byDay = new Map<string, Entry>();
  const entry = (day: string): Entry => {
    let e = byDay.get(day);
    if (!e) byDay.set(day, (e = { trips: new Map(), applicants: new Map() }));
    return e;
  };
  const keyOf = (companionId: number | null) => (companionId === null ? 'you' : `c${companionId}`);
  const blank = (companionId: number | null, name: string) => ({
    companionId,
    name,
    attemptId: null,
    stepReached: null,
    result: null,
    done: false,
    attemptOrder: 0,
  });

  const trips = journal.all(
    journal.q
      .selectFrom('trips')
      .select(['id', 'title', 'start_day', 'end_day'])
      .where('end_day', '>=', firstDay)
      .where('start_day', '<=', lastDay)
      .orderBy('start_day')
      .orderBy('id'),
  );
  const companions = trips.length
    ? journal.all(
        journal.q
          .selectFrom('trip_companions')
          .select(['id', 'trip_id', 'name'])
          .where('trip_id', 'in', trips.map((t) => t.id))
          .where('adult', '=', 1)
          .orderBy('position'),
      )
    : [];
  for (const trip of trips) {
    let day = DateTime.fromISO(trip.start_day > firstDay ? trip.start_day : firstDay, { zone: 'utc' });
    const end = trip.end_day < lastDay ? trip.end_day : lastDay;
    for (; dayOf(day) <= end; day = day.plus({ days: 1 })) {
      const e = entry(dayOf(day));
      e.trips.set(trip.id, trip.title);
      if (!e.applicants.has('you')) e.applicants.set('you', blank(null, 'You'));
      for (const c of companions.filter((c) => c.trip_id === trip.id)) {
        if (!e.applicants.has(keyOf(c.id))) e.applicants.set(keyOf(c.id), blank(c.id, c.name));
      }
    }
  }

  const attempts = journal.all(
    journal.q
      .selectFrom('appointment_attempts as a')
      .leftJoin('trip_companions as c', 'c.id', 'a.companion_id')
      .leftJoin('trips as t', 't.id', 'a.trip_id')
      .select([
        'a.id',
        'a.wanted_day',
        'a.trip_id',
        't.title as trip_title',
        'a.companion_id',
        'c.name as companion_name',
        'a.form_accepted_at',
        'a.email_received_at',
        'a.link_clicked_at',
        'a.registered_at',
        'a.result',
      ])
      .where('a.method', '=', 'lottery')
      .where('a.wanted_day', '>=', firstDay)
      .where('a.wanted_day', '<=', lastDay)
      .orderBy('a.id'),
  );
  for (const a of attempts) {
    const e = entry(a.wanted_day);
    if (a.trip_id !== null && a.trip_title !== null) e.trips.set(a.trip_id, a.trip_title);
    const key = keyOf(a.companion_id);
    const applicant = e.applicants.get(key) ?? blank(a.companion_id, a.companion_name ?? 'You');
    const stepReached: StepReached = a.registered_at
      ? 'registered'
      : a.link_clicked_at
        ? 'link_clicked'
        : a.email_received_at
          ? 'email_received'
          : a.form_accepted_at
            ? 'form_accepted'
            : 'none';
    // The latest attempt speaks for the person (ids grow with time).
    if (a.id > applicant.attemptOrder) {
      applicant.attemptOrder = a.id;
      applicant.attemptId = a.id;
      applicant.stepReached = stepReached;
      applicant.result = a.result as AttemptResult;
      applicant.done = stepOrder[stepReached] === stepOrder.registered || a.result !== 'pending';
    }
    e.applicants.set(key, applicant);
  }

  const options = calendarOptions(journal);
  const windows: PlannedWindow[] = [];
  for (const [day, e] of byDay) {
    let w: BookableWindow;
    try {
      const found = lotteryWindow(day, options);
      if (!found.bookable) continue;
      w = found;
    } catch {
      continue; // No open day to apply on (a calendar closed for months): nothing to remind.
    }
    const opens = millis(w.opensAt);
    const closes = millis(w.closesAt);
    if (closes <= from || opens > to) continue;
    const applicants = [...e.applicants.values()]
      .sort((a, b) => (a.companionId === null ? -1 : b.companionId === null ? 1 : 0))
      .map(({ attemptOrder: _o, ...rest }) => rest);
    if (applicants.every((a) => a.done)) continue;
    windows.push({
      appointmentDay: day,
      applyOn: w.applyOn,
      opensAt: w.opensAt,
      closesAt: w.closesAt,
      trips: [...e.trips].map(([id, title]) => ({ id, title })),
      applicants,
      reminders: [
        { kind: 'opens', at: DateTime.fromMillis(opens, { zone: 'utc' }).toISO()! },
        { kind: 'closing', at: DateTime.fromMillis(closes - CLOSING_REMINDER_MS, { zone: 'utc' }).toISO()! },
      ],
    });
  }
  return windows.sort((a, b) => millis(a.opensAt) - millis(b.opensAt) || a.appointmentDay.localeCompare(b.appointmentDay));
}

export function upcomingReminders(journal: Journal, input: ParsedInputOf<'reminders.upcoming'>): PlannedWindow[] {
  const from = input?.from ?? journal.now();
  const to = input?.to ?? DateTime.fromISO(from, { zone: 'utc' }).plus({ days: DEFAULT_REMINDER_RANGE_DAYS }).toISO()!;
  return plannedWindows(journal, from, to);
}

export const remindersHandlers = {
  'reminders.upcoming': upcomingReminders,
} satisfies DomainHandlers<typeof remindersContract>;
