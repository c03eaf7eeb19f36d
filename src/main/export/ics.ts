/**
 * Calendar export (.ics, RFC 5545) through ical-generator: trips (all-day spans), the Paris
 * lottery windows for the days of Paris trips and of lottery attempts (derived with the shared
 * lottery rule and the user's calendar overrides), granted appointments (at their instant, in
 * the boutique's zone), and special-order milestones (each status day; the expected arrival
 * range while the bag is awaited).
 *
 * Timed events carry TZID with a VTIMEZONE generated for the years exported, so they land at
 * the right instant in any calendar program. UIDs are built from what never changes about a
 * record (its kind, id and creation instant — all kept by backups, restore and JSON import),
 * so importing a newer export updates the events instead of duplicating them.
 */
import { createHash } from 'node:crypto';
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarExport } from '../../shared/api/data';
import { lotteryWindow, PARIS_ZONE, windowHoursText } from '../../shared/domain/lottery';
import { effectiveRules } from '../../shared/domain/rule-values';
import { STATUS_LABELS, isFinal, type SpecialOrderStatus } from '../../shared/domain/special-order-status';
import { METHOD_LABELS, type AttemptMethod } from '../../shared/api/attempts';
import { notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import { calendarOptions, getSettings } from '../journal/settings';
import { vtimezone } from './vtimezone';

export type IcsScope = { scope: 'all' } | { scope: 'trip'; tripId: number } | { scope: 'range'; from: string; to: string };

const UID_DOMAIN = 'carnet';
const compact = (instant: string) => instant.replace(/[^0-9]/g, '');
const uid = (kind: string, id: number, createdAt: string) => `${kind}-${id}-${compact(createdAt)}@${UID_DOMAIN}`;
const utcDay = (day: string) => DateTime.fromISO(day, { zone: 'utc' });
const nextDay = (day: string) => utcDay(day).plus({ days: 1 }).toISODate()!;

interface TripRow {
  id: number;
  title: string;
  city: string;
  start_day: string;
  end_day: string;
  time_zone: string;
  hotel_name: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

interface EventSpec {
  id: string;
  summary: string;
  description?: string;
  location?: string;
  /** All-day: first day and the day after the last (exclusive), 'YYYY-MM-DD'. */
  allDay?: { start: string; endExclusive: string };
  /** Timed: instants (UTC ISO) and the zone whose wall clock they are shown in. */
  timed?: { start: string; end: string; zone: string };
  lastModified?: string;
  created?: string;
  /** Reminders: minutes before the start or the end of the event. */
  alarms?: { minutesBefore: number; relatesTo: 'start' | 'end'; text: string }[];
}

/**
 * Text values carry no control characters other than TAB (RFC 5545 §3.3.11): the vertical tab
 * Word uses for a line break becomes a line break, the others are removed. Line breaks stay
 * (ical-generator escapes them as \n).
 */
export function icsText(value: string): string {
  // oxlint-disable-next-line no-control-regex -- intentional: the characters §3.3.11 forbids
  return value.replace(/\r\n?|\v/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = utcDay(from); d.toISODate()! <= to; d = d.plus({ days: 1 })) days.push(d.toISODate()!);
  return days;
}

function longDay(day: string): string {
  return utcDay(day).setLocale('en-GB').toFormat('cccc d LLLL yyyy');
}

export function exportIcs(journal: Journal, input: IcsScope): CalendarExport {
  const db = journal.sqlite;
  let from: string | null = null;
  let to: string | null = null;
  let trips: TripRow[];
  let name = 'Carnet';
  let fileName = 'carnet-calendar.ics';
  if (input.scope === 'trip') {
    const trip = db.prepare('SELECT * FROM trips WHERE id = ?').get(input.tripId) as TripRow | undefined;
    if (!trip) throw notFound('Trip', input.tripId);
    trips = [trip];
    from = trip.start_day;
    to = trip.end_day;
    name = `Carnet · ${trip.title}`;
    const slug = trip.title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    fileName = `carnet-trip-${slug || trip.id}.ics`;
  } else if (input.scope === 'range') {
    from = input.from;
    to = input.to;
    trips = db.prepare('SELECT * FROM trips WHERE end_day >= ? AND start_day <= ? ORDER BY start_day, id').all(from, to) as TripRow[];
    name = `Carnet · ${from} to ${to}`;
    fileName = `carnet-calendar-${from}-to-${to}.ics`;
  } else {
    trips = db.prepare('SELECT * FROM trips ORDER BY start_day, id').all() as TripRow[];
  }
  const inRange = (day: string) => (from === null || day >= from) && (to === null || day <= to);
  const events: EventSpec[] = [];

  // Trips: all-day, from the first day to the last, both included.
  for (const t of trips) {
    events.push({
      id: uid('trip', t.id, t.created_at),
      summary: `${t.title} (${t.city})`,
      description: [t.hotel_name ? `Hotel: ${t.hotel_name}` : null, t.notes].filter(Boolean).join('\n') || undefined,
      location: t.city,
      allDay: { start: t.start_day, endExclusive: nextDay(t.end_day) },
      created: t.created_at,
      lastModified: t.updated_at,
    });
  }

  // Lottery windows: for each day of a Paris trip, and each lottery attempt's wanted day.
  const parisTrip = db.prepare(
    `SELECT 1 FROM trip_boutiques tb JOIN boutiques b ON b.id = tb.boutique_id WHERE tb.trip_id = ? AND b.takes_leather_appointments = 1 LIMIT 1`,
  );
  const windowDays = new Set<string>();
  for (const t of trips) {
    if (!/paris/i.test(t.city) && !parisTrip.get(t.id)) continue;
    for (const d of daysBetween(t.start_day, t.end_day)) if (inRange(d)) windowDays.add(d);
  }
  const lotteryDays = db
    .prepare(
      input.scope === 'trip'
        ? `SELECT DISTINCT wanted_day FROM appointment_attempts WHERE method = 'lottery' AND (trip_id = ? OR (wanted_day >= ? AND wanted_day <= ?))`
        : `SELECT DISTINCT wanted_day FROM appointment_attempts WHERE method = 'lottery'`,
    )
    .pluck()
    .all(...(input.scope === 'trip' ? [input.tripId, from, to] : [])) as string[];
  for (const d of lotteryDays) if (input.scope === 'trip' || inRange(d)) windowDays.add(d);
  const settings = getSettings(journal);
  const rules = effectiveRules(settings.rules);
  const overrides = calendarOptions(journal, rules);
  const hours = windowHoursText(rules.windowHours);
  const alarmsOn = settings.calendarAlarms !== false;
  for (const day of [...windowDays].sort()) {
    let w;
    try {
      w = lotteryWindow(day, overrides);
    } catch {
      continue; // No open day to apply on (a calendar closed for two months): nothing to show.
    }
    if (!w.bookable) continue;
    events.push({
      id: `lottery-window-${day}@${UID_DOMAIN}`,
      summary: `Lottery window for ${utcDay(day).setLocale('en-GB').toFormat('ccc d LLL')}`,
      description:
        `Apply on ${longDay(w.applyOn)}, ${hours.hours} Paris time, for a leather appointment on ${longDay(day)}. ` +
        'Apply from inside France. Community-reported rule, not official Hermès policy; check for exceptional closures.',
      location: 'Paris',
      timed: { start: w.opensAt, end: w.closesAt, zone: PARIS_ZONE },
      alarms: alarmsOn
        ? [
            { minutesBefore: settings.alarmOpeningMinutes, relatesTo: 'start', text: `The lottery window for ${longDay(day)} is open (${hours.opensAt} Paris time).` },
            { minutesBefore: settings.alarmClosingMinutes, relatesTo: 'end', text: `The lottery window for ${longDay(day)} closes at ${hours.closesAt} Paris time.` },
          ]
        : undefined,
    });
  }

  // Granted appointments, at their instant, on the boutique's clock (Paris when none is recorded).
  const attempts = db
    .prepare(
      `SELECT a.id, a.method, a.wanted_day, a.trip_id, a.result, a.appointment_at, a.original_appointment_at, a.created_at, a.updated_at,
              b.name AS boutique, b.address AS boutique_address, b.city AS boutique_city, b.time_zone AS boutique_zone, c.name AS companion
         FROM appointment_attempts a
         LEFT JOIN boutiques b ON b.id = coalesce(a.appointment_boutique_id, a.boutique_id)
         LEFT JOIN trip_companions c ON c.id = a.companion_id
        WHERE a.result IN ('granted', 'time_changed') AND a.appointment_at IS NOT NULL
        ORDER BY a.appointment_at, a.id`,
    )
    .all() as {
    id: number;
    method: AttemptMethod;
    trip_id: number | null;
    result: string;
    appointment_at: string;
    original_appointment_at: string | null;
    created_at: string;
    updated_at: string;
    boutique: string | null;
    boutique_address: string | null;
    boutique_city: string | null;
    boutique_zone: string | null;
    companion: string | null;
  }[];
  for (const a of attempts) {
    const zone = a.boutique_zone ?? PARIS_ZONE;
    const start = DateTime.fromISO(a.appointment_at, { zone });
    const day = start.toISODate()!;
    const linked = input.scope === 'trip' && a.trip_id === input.tripId;
    if (!linked && !inRange(day)) continue;
    const moved = a.result === 'time_changed' && a.original_appointment_at
      ? `Moved from ${DateTime.fromISO(a.original_appointment_at, { zone }).toFormat('HH:mm')} (${zone}).`
      : null;
    events.push({
      id: uid('appointment', a.id, a.created_at),
      summary: `Leather appointment${a.boutique ? ` · ${a.boutique}` : ''}`,
      description: [
        `Obtained through the ${METHOD_LABELS[a.method]}${a.companion ? ` by ${a.companion}` : ''}. Bring your passport.`,
        moved,
      ]
        .filter(Boolean)
        .join('\n'),
      // The address the user keeps for the store (the Paris ones come with theirs), else its city.
      location: a.boutique ? `Hermès ${a.boutique}, ${a.boutique_address ?? a.boutique_city}` : undefined,
      timed: { start: start.toUTC().toISO()!, end: start.plus({ hours: 1 }).toUTC().toISO()!, zone },
      alarms: alarmsOn
        ? [{ minutesBefore: settings.appointmentAlarmMinutes, relatesTo: 'start', text: `Leather appointment${a.boutique ? ` at ${a.boutique}` : ''}: bring your passport.` }]
        : undefined,
      created: a.created_at,
      lastModified: a.updated_at,
    });
  }

  // Special orders: each status on its day, and the expected arrival range while awaited.
  const orders = db.prepare('SELECT id, model, size, expected_from, expected_to, created_at, updated_at FROM special_orders ORDER BY id').all() as {
    id: number;
    model: string;
    size: string | null;
    expected_from: string | null;
    expected_to: string | null;
    created_at: string;
    updated_at: string;
  }[];
  const history = db.prepare('SELECT id, status, day, note, created_at FROM special_order_events WHERE order_id = ? ORDER BY day, id');
  for (const o of orders) {
    const bag = [o.model, o.size].filter(Boolean).join(' ');
    const steps = history.all(o.id) as { id: number; status: SpecialOrderStatus; day: string; note: string | null; created_at: string }[];
    for (const e of steps) {
      if (!inRange(e.day)) continue;
      events.push({
        id: uid('special-order-step', e.id, e.created_at),
        summary: `Special order ${bag}: ${STATUS_LABELS[e.status]}`,
        description: e.note ?? undefined,
        allDay: { start: e.day, endExclusive: nextDay(e.day) },
        created: e.created_at,
      });
    }
    const last = steps[steps.length - 1]?.status;
    const awaited = last === undefined || (!isFinal(last) && last !== 'arrived');
    if (awaited && o.expected_from && o.expected_to && (from === null || o.expected_to >= from) && (to === null || o.expected_from <= to)) {
      events.push({
        id: uid('special-order-expected', o.id, o.created_at),
        summary: `Special order ${bag}: expected to arrive`,
        description: 'The range the boutique gave; arrival dates for special orders are never firm.',
        allDay: { start: o.expected_from, endExclusive: nextDay(o.expected_to) },
        created: o.created_at,
        lastModified: o.updated_at,
      });
    }
  }

  return { fileName, mimeType: 'text/calendar', content: render(journal, name, events), events: events.length };
}

function render(journal: Journal, name: string, events: EventSpec[]): string {
  const stamp = DateTime.fromISO(journal.now(), { zone: 'utc' });
  const years = events.flatMap((e) => (e.timed ? [DateTime.fromISO(e.timed.start).year, DateTime.fromISO(e.timed.end).year] : []));
  const fromYear = years.length > 0 ? Math.min(...years) - 1 : stamp.year;
  const toYear = years.length > 0 ? Math.max(...years) + 1 : stamp.year;
  const calendar = ical({
    name,
    prodId: { company: 'Carnet', product: 'Carnet journal', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) },
  });
  const sequence = sequences(journal, events);
  for (const e of events) {
    const common = {
      id: e.id,
      sequence: sequence.get(e.id) ?? 0,
      summary: icsText(e.summary),
      description: e.description ? icsText(e.description) : null,
      location: e.location ? icsText(e.location) : null,
      stamp,
      ...(e.created ? { created: DateTime.fromISO(e.created, { zone: 'utc' }) } : {}),
      ...(e.lastModified ? { lastModified: DateTime.fromISO(e.lastModified, { zone: 'utc' }) } : {}),
    };
    let event;
    if (e.allDay) {
      event = calendar.createEvent({ ...common, allDay: true, start: utcDay(e.allDay.start), end: utcDay(e.allDay.endExclusive) });
    } else if (e.timed) {
      event = calendar.createEvent({
        ...common,
        timezone: e.timed.zone,
        start: DateTime.fromISO(e.timed.start, { zone: e.timed.zone }),
        end: DateTime.fromISO(e.timed.end, { zone: e.timed.zone }),
      });
    }
    for (const a of e.alarms ?? []) {
      // ical-generator's constructor ignores relatesTo: set it after.
      event
        ?.createAlarm({ type: ICalAlarmType.display, trigger: a.minutesBefore * 60, description: icsText(a.text) })
        .relatesTo(a.relatesTo === 'end' ? ICalAlarmRelatesTo.end : ICalAlarmRelatesTo.start);
    }
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one included.
  const text = calendar.toString().replace(/\r?\n/g, '\r\n');
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * The SEQUENCE of each event: its stored revision, bumped (and its hash replaced) when what is
 * exported about it — time or text — differs from the last export. One transaction.
 */
function sequences(journal: Journal, events: EventSpec[]): Map<string, number> {
  const db = journal.sqlite;
  const read = db.prepare('SELECT hash, sequence FROM ics_revisions WHERE uid = ?');
  const write = db.prepare(
    `INSERT INTO ics_revisions (uid, hash, sequence, changed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (uid) DO UPDATE SET hash = excluded.hash, sequence = excluded.sequence, changed_at = excluded.changed_at`,
  );
  const now = journal.now();
  const out = new Map<string, number>();
  db.transaction(() => {
    for (const e of events) {
      const { lastModified: _lm, ...content } = e;
      const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
      const row = read.get(e.id) as { hash: string; sequence: number } | undefined;
      if (row && row.hash === hash) {
        out.set(e.id, row.sequence);
        continue;
      }
      const sequence = row ? row.sequence + 1 : 0;
      write.run(e.id, hash, sequence, now);
      out.set(e.id, sequence);
    }
  }).immediate();
  return out;
}
