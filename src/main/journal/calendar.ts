/**
 * The calendar: every dated record of the journal in one range, read with one indexed query
 * per kind (never one query per record). Lottery application windows are derived here from
 * the trips' days and the boutique calendar (with the user's closures and open days); they
 * are never stored.
 *
 * Days are days: an all-day event (a trip, a purchase, a follow-up) is in the range when its
 * days meet [from, to]. Timed events (a lottery window, a granted appointment) are instants:
 * they are in the range when they overlap [from 00:00, to 24:00) in the zone the calendar is
 * shown in, so a Paris 10:30–19:00 window is found on the next local day in Sydney.
 */
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { ParsedInputOf } from '../../shared/api';
import { METHOD_LABELS, type AttemptMethod, type AttemptResult } from '../../shared/api/attempts';
import { CALENDAR_KINDS, type CalendarEvent, type CalendarKind, type calendarContract } from '../../shared/api/calendar';
import { VISIT_OUTCOME_LABELS } from '../../shared/api/visits';
import { addDays } from '../../shared/domain/days';
import { isNoteSubject, noteSubjectScreen } from '../../shared/domain/records';
import { lotteryWindowsForRange, MAX_LOOKBACK_DAYS, PARIS_ZONE, type BookableWindow, type LotteryWindow } from '../../shared/domain/lottery';
import { NOTE_KIND_LABELS } from '../../shared/domain/labels';
import { formatMoney } from '../../shared/domain/money';
import { STATUS_LABELS } from '../../shared/domain/special-order-status';
import type { Journal } from '../db/journal';
import type { DomainHandlers } from './handler';
import { calendarOptions } from './settings';
import { allContacts } from './contacts';
import { cadenceLabel, nextOccurrence } from '../../shared/domain/keep-in-touch';

/** A granted appointment has a start time only; the calendar gives it this length. */
export const APPOINTMENT_MINUTES = 60;

interface Range {
  from: string;
  to: string;
  zone: string;
  /** [from 00:00, to+1 00:00) in the display zone, as UTC ISO strings (the stored form). */
  startUtc: string;
  endUtc: string;
}

const utcIso = (dt: DateTime): string => dt.toUTC().toISO()!;

/** Remembers a pure function of a string (bounded): the same days and instants come back on every read. */
function remembered(fn: (key: string) => string): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = fn(key);
      if (seen.size >= 20_000) seen.clear();
      seen.set(key, value);
    }
    return value;
  };
}
/** An instant with its offset ('2026-03-02T10:30:00.000+01:00') as UTC ISO. */
const shortDay = remembered((day) => DateTime.fromISO(day, { zone: 'utc' }).setLocale('en-GB').toFormat('ccc d LLL'));
const shortWeekday = remembered((day) => DateTime.fromISO(day, { zone: 'utc' }).setLocale('en-GB').toFormat('ccc d'));
const instantUtc = remembered((iso) => utcIso(DateTime.fromISO(iso)));
const shiftDay = addDays;

/** Short boutique names for titles ("FSH" reads better than the full Faubourg name in a cell). */
const BOUTIQUE_SHORT: Record<string, string> = { fsh: 'FSH', george_v: 'George V', sevres: 'Sèvres' };
const boutiqueLabel = (code: string | null, name: string | null): string | null => (code && BOUTIQUE_SHORT[code]) || name;

const ROLE_LABELS: Record<string, string> = {
  sa: 'SA',
  manager: 'Manager',
  leather_desk: 'Leather desk',
  concierge: 'Concierge',
  other: 'Contact',
};



const join = (...parts: (string | null | undefined | false)[]): string | null => {
  const present = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  return present.length > 0 ? present.join(' · ') : null;
};

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

const money = (minor: number, currency: string): string => formatMoney(minor, currency, 'en-GB');

function trips(journal: Journal, r: Range): CalendarEvent[] {
  const rows = journal.shaped('calendar.trips', { from: r.from, to: r.to }, ['from', 'to'], (a) =>
    journal.q
      .selectFrom('trips')
      .select(['id', 'title', 'city', 'start_day', 'end_day', 'time_zone', 'hotel_name'])
      .where('start_day', '<=', a.to)
      .where('end_day', '>=', a.from),
  );
  return rows.map((t) => ({
    id: `trip:${t.id}`,
    kind: 'trip',
    title: t.title,
    shortTitle: t.title,
    detail: join(t.city, t.hotel_name),
    start: t.start_day,
    end: t.end_day,
    allDay: true,
    zone: t.time_zone,
    muted: false,
    link: { screen: 'trips', id: t.id },
  }));
}

/**
 * For each day D of each trip in France's zone (the lottery only accepts requests made from
 * inside France), the window in which to apply for D, placed at its opening and closing
 * instants. A window opens at most MAX_LOOKBACK_DAYS before its day, so trips up to that far
 * after the range can have windows inside it.
 */
function lotteryWindows(journal: Journal, r: Range): CalendarEvent[] {
  const lastDay = shiftDay(r.to, MAX_LOOKBACK_DAYS + 1);
  const rows = journal.shaped('calendar.lotteryTrips', { from: r.from, lastDay }, ['from', 'lastDay'], (a) =>
    journal.q
      .selectFrom('trips')
      .select(['id', 'title', 'start_day', 'end_day'])
      .where('start_day', '<=', a.lastDay)
      .where('end_day', '>=', a.from)
      .where('time_zone', '=', PARIS_ZONE),
  );
  if (rows.length === 0) return [];
  const adults = new Map(
    journal
      .all(
        journal.q
          .selectFrom('trip_companions')
          .select(['trip_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('adult', '=', 1)
          .where(
            'trip_id',
            'in',
            rows.map((t) => t.id),
          )
          .groupBy('trip_id'),
      )
      .map((c) => [c.trip_id, Number(c.n)]),
  );
  const options = calendarOptions(journal);
  const events: CalendarEvent[] = [];
  for (const t of rows) {
    // The window for a day before the range opens before the range: skip those days.
    const first = t.start_day > r.from ? t.start_day : r.from;
    const last = t.end_day < lastDay ? t.end_day : lastDay;
    if (first > last) continue;
    let windows: LotteryWindow[];
    try {
      windows = lotteryWindowsForRange(first, last, options);
    } catch {
      // Only possible when the user closed every day for two months: no window exists then.
      continue;
    }
    const applicants = 1 + (adults.get(t.id) ?? 0);
    for (const w of windows) {
      if (!w.bookable) continue;
      const opens = instantUtc(w.opensAt);
      const closes = instantUtc(w.closesAt);
      if (!(opens < r.endUtc && closes > r.startUtc)) continue;
      events.push(windowEvent(t, w, opens, closes, applicants));
    }
  }
  return events;
}

function windowEvent(t: { id: number; title: string }, w: BookableWindow, opens: string, closes: string, applicants: number): CalendarEvent {
  return {
    id: `lottery:${t.id}:${w.appointmentDay}`,
    kind: 'lottery',
    title: `Lottery: apply for ${shortDay(w.appointmentDay)}`,
    shortTitle: `for ${shortWeekday(w.appointmentDay)}`,
    detail: join(t.title, applicants > 1 ? `${applicants} adults can apply` : null),
    start: opens,
    end: closes,
    allDay: false,
    zone: PARIS_ZONE,
    muted: false,
    link: { screen: 'trips', id: t.id },
  };
}

const GRANTED: AttemptResult[] = ['granted', 'time_changed'];

const RESULT_LABELS: Record<AttemptResult, string> = {
  pending: 'Pending',
  granted: 'Granted',
  time_changed: 'Time moved',
  not_granted: 'Not granted',
  cancelled: 'Cancelled',
};

const ATTEMPT_TITLES: Record<AttemptMethod, string> = {
  lottery: 'Lottery request',
  walk_in: 'Walk-in',
  concierge: 'Concierge request',
  home_sa: 'Home-SA request',
  sa_relationship: 'Paris SA request',
};

/**
 * Granted appointments at their time; every other attempt (walk-in plans, pending requests,
 * and those not granted or cancelled) as an all-day event on the day wanted.
 */
function attempts(journal: Journal, r: Range, kinds: Set<CalendarKind>): CalendarEvent[] {
  const base = () => journal.q
    .selectFrom('appointment_attempts as a')
    // A granted appointment is shown where it is; anything else by the boutique it prefers.
    .leftJoin('boutiques as b', (join) => join.on(sql<boolean>`b.id = coalesce(a.appointment_boutique_id, a.boutique_id)`))
    .leftJoin('trip_companions as c', 'c.id', 'a.companion_id')
    .select([
      'a.id',
      'a.method',
      'a.wanted_day',
      'a.result',
      'a.appointment_at',
      'b.code as boutique_code',
      'b.name as boutique_name',
      'b.time_zone as boutique_zone',
      'c.name as companion',
    ]);
  const events: CalendarEvent[] = [];
  if (kinds.has('appointment')) {
    // Starts after (range start − length) so an appointment running over midnight is kept.
    const earliest = utcIso(DateTime.fromISO(r.startUtc).minus({ minutes: APPOINTMENT_MINUTES }));
    const timed = journal.shaped('calendar.appointments', { earliest, endUtc: r.endUtc }, ['earliest', 'endUtc'], (a) =>
      base().where('a.appointment_at', '>', a.earliest).where('a.appointment_at', '<', a.endUtc).where('a.result', 'in', GRANTED),
    );
    for (const a of timed) {
      const start = a.appointment_at!;
      const where = boutiqueLabel(a.boutique_code, a.boutique_name);
      events.push({
        id: `attempt:${a.id}`,
        kind: 'appointment',
        title: where ? `Appointment at ${where}` : 'Leather appointment',
        shortTitle: where ?? 'Appointment',
        detail: join(a.companion && `for ${a.companion}`, METHOD_LABELS[a.method], a.result === 'time_changed' && 'time moved'),
        start,
        end: utcIso(DateTime.fromISO(start).plus({ minutes: APPOINTMENT_MINUTES })),
        allDay: false,
        zone: a.boutique_zone ?? PARIS_ZONE,
        muted: false,
        link: { screen: 'appointments', id: a.id },
      });
    }
  }
  const untimed = journal.shaped('calendar.attempts', { from: r.from, to: r.to }, ['from', 'to'], (a) =>
    base()
      .where('a.wanted_day', '>=', a.from)
      .where('a.wanted_day', '<=', a.to)
      .where((eb) => eb.or([eb('a.result', 'not in', GRANTED), eb('a.appointment_at', 'is', null)])),
  );
  for (const a of untimed) {
    const kind: CalendarKind = a.method === 'walk_in' ? 'walk_in' : 'appointment';
    if (!kinds.has(kind)) continue;
    const where = boutiqueLabel(a.boutique_code, a.boutique_name);
    const title =
      a.method === 'walk_in'
        ? `Walk-in${where ? ` at ${where}` : ''}`
        : `${ATTEMPT_TITLES[a.method]}${a.method === 'lottery' ? ` · ${where ?? 'no preference'}` : where ? ` · ${where}` : ''}`;
    events.push({
      id: `attempt:${a.id}`,
      kind,
      title,
      shortTitle: a.method === 'walk_in' ? title : `Request${where ? ` ${where}` : ''}`,
      detail: join(a.method === 'walk_in' && a.result === 'pending' ? 'Planned' : RESULT_LABELS[a.result], a.companion && `for ${a.companion}`),
      start: a.wanted_day,
      end: a.wanted_day,
      allDay: true,
      zone: a.boutique_zone ?? PARIS_ZONE,
      muted: a.result === 'not_granted' || a.result === 'cancelled',
      link: { screen: 'appointments', id: a.id },
    });
  }
  return events;
}

function purchases(journal: Journal, r: Range): CalendarEvent[] {
  const rows = journal.shaped('calendar.purchases', { from: r.from, to: r.to }, ['from', 'to'], (a) =>
    journal.q
      .selectFrom('purchases as p')
      .leftJoin('boutiques as b', 'b.id', 'p.boutique_id')
      .leftJoin('contacts as c', 'c.id', 'p.contact_id')
      .select(['p.id', 'p.day', 'p.currency', 'b.code as boutique_code', 'b.name as boutique_name', 'b.time_zone as boutique_zone', 'c.name as contact'])
      .where('p.day', '>=', a.from)
      .where('p.day', '<=', a.to),
  );
  if (rows.length === 0) return [];
  const items = journal.all(
    journal.q
      .selectFrom('purchase_items')
      .select(['purchase_id', 'description', 'price_minor'])
      .where(
        'purchase_id',
        'in',
        rows.map((p) => p.id),
      )
      .orderBy('purchase_id')
      .orderBy('position'),
  );
  return rows.map((p) => {
    const own = items.filter((i) => i.purchase_id === p.id);
    const first = own[0];
    const title = first ? (own.length > 1 ? `${first.description} + ${own.length - 1} more` : first.description) : 'Purchase';
    const total = own.reduce((sum, i) => sum + i.price_minor, 0);
    const where = boutiqueLabel(p.boutique_code, p.boutique_name);
    return {
      id: `purchase:${p.id}`,
      kind: 'purchase',
      title: clip(title, 80),
      shortTitle: clip(title, 80),
      detail: join(where && `at ${where}`, p.contact && `with ${p.contact}`, own.length > 0 && money(total, p.currency)),
      start: p.day,
      end: p.day,
      allDay: true,
      zone: p.boutique_zone,
      muted: false,
      link: { screen: 'purchases', id: p.id },
    };
  });
}

/** The next follow-up of each contact (a cadence's, a day set by hand, or snoozed to), and birthdays and name days. */
function followUps(journal: Journal, r: Range): CalendarEvent[] {
  const boutiques = new Map(journal.all(journal.q.selectFrom('boutiques').select(['id', 'code', 'name'])).map((b) => [b.id, b]));
  const events: CalendarEvent[] = [];
  for (const c of allContacts(journal)) {
    const b = c.boutiqueId !== null ? boutiques.get(c.boutiqueId) : undefined;
    const where = boutiqueLabel(b?.code ?? null, b?.name ?? null);
    const next = c.nextFollowUp;
    if (next && next.day >= r.from && next.day <= r.to) {
      events.push({
        id: `follow-up:${c.id}`,
        kind: 'follow_up',
        title: `Follow up with ${c.name}`,
        shortTitle: `Follow up: ${c.name}`,
        detail: join(ROLE_LABELS[c.role] ?? null, where, c.cadence && next.reason === 'cadence' ? `keep in touch ${cadenceLabel(c.cadence)}` : null),
        start: next.day,
        end: next.day,
        allDay: true,
        zone: null,
        muted: false,
        link: { screen: 'contacts', id: c.id },
      });
    }
    // Anniversaries in the range, each year it covers.
    for (const [what, md] of [
      ['birthday', c.birthday],
      ['name day', c.nameDay],
    ] as const) {
      if (!md) continue;
      for (let year = Number(r.from.slice(0, 4)); year <= Number(r.to.slice(0, 4)); year++) {
        const day = nextOccurrence(md, `${year}-01-01`);
        if (day < r.from || day > r.to || !day.startsWith(String(year))) continue;
        events.push({
          id: `${what === 'birthday' ? 'birthday' : 'name-day'}:${c.id}:${year}`,
          kind: 'follow_up',
          title: `${c.name}: ${what}`,
          shortTitle: `${what === 'birthday' ? 'Birthday' : 'Name day'}: ${c.name}`,
          detail: join(ROLE_LABELS[c.role] ?? null, where),
          start: day,
          end: day,
          allDay: true,
          zone: null,
          muted: false,
          link: { screen: 'contacts', id: c.id },
        });
      }
    }
  }
  return events;
}

const orderName = (o: { model: string; size: string | null }) => (o.size ? `${o.model} ${o.size}` : o.model);
const orderColours = (o: { exterior_leather: string | null; exterior_colour: string | null }) =>
  [o.exterior_colour, o.exterior_leather].filter(Boolean).join(' ') || null;

/** Each step of each order's history on its day, and the expected arrival range of orders still waiting. */
function specialOrders(journal: Journal, r: Range): CalendarEvent[] {
  const steps = journal.shaped('calendar.orderSteps', { from: r.from, to: r.to }, ['from', 'to'], (a) =>
    journal.q
      .selectFrom('special_order_events as e')
      .innerJoin('special_orders as o', 'o.id', 'e.order_id')
      .leftJoin('boutiques as b', 'b.id', 'o.boutique_id')
      .select(['e.id', 'e.order_id', 'e.status', 'e.day', 'e.note', 'o.model', 'o.size', 'o.exterior_leather', 'o.exterior_colour', 'b.code as boutique_code', 'b.name as boutique_name'])
      .where('e.day', '>=', a.from)
      .where('e.day', '<=', a.to),
  );
  const events: CalendarEvent[] = steps.map((e) => ({
    id: `order-step:${e.id}`,
    kind: 'special_order',
    title: `${orderName(e)} · ${STATUS_LABELS[e.status].toLowerCase()}`,
    shortTitle: `${orderName(e)} ${STATUS_LABELS[e.status].toLowerCase()}`,
    detail: join(orderColours(e), boutiqueLabel(e.boutique_code, e.boutique_name), e.note && clip(e.note, 80)),
    start: e.day,
    end: e.day,
    allDay: true,
    zone: null,
    muted: false,
    link: { screen: 'special-orders', id: e.order_id },
  }));

  // The latest step (by id, as the service orders history) says whether the bag is still awaited.
  const expected = journal.shaped('calendar.ordersExpected', { from: r.from, to: r.to }, ['from', 'to'], (a) =>
    journal.q
      .selectFrom('special_orders as o')
      .leftJoin('boutiques as b', 'b.id', 'o.boutique_id')
      .select(['o.id', 'o.model', 'o.size', 'o.exterior_leather', 'o.exterior_colour', 'o.expected_from', 'o.expected_to', 'b.code as boutique_code', 'b.name as boutique_name'])
      .where((eb) => eb.or([eb('o.expected_from', 'is not', null), eb('o.expected_to', 'is not', null)]))
      .where((eb) => eb(eb.fn.coalesce('o.expected_from', 'o.expected_to'), '<=', a.to))
      .where((eb) => eb(eb.fn.coalesce('o.expected_to', 'o.expected_from'), '>=', a.from))
      .where((eb) =>
        eb(
          eb.selectFrom('special_order_events as l').select('l.status').whereRef('l.order_id', '=', 'o.id').orderBy('l.id', 'desc').limit(1),
          'in',
          ['offered', 'placed', 'waiting'],
        ),
      ),
  );
  for (const o of expected) {
    const start = (o.expected_from ?? o.expected_to)!;
    const end = (o.expected_to ?? o.expected_from)!;
    events.push({
      id: `order-expected:${o.id}`,
      kind: 'special_order',
      title: `${orderName(o)} expected`,
      shortTitle: `${orderName(o)} expected`,
      detail: join(orderColours(o), boutiqueLabel(o.boutique_code, o.boutique_name), start === end ? 'expected arrival' : 'expected arrival range'),
      start,
      end,
      allDay: true,
      zone: null,
      muted: false,
      link: { screen: 'special-orders', id: o.id },
    });
  }
  return events;
}

/** A store visit lasts this long on the calendar when its time is known. */
export const VISIT_MINUTES = 30;

/**
 * Store visits: timed when the time was noted (on the boutique's wall clock, kept with the visit),
 * otherwise on their day. A stop of a patrol says which stop it was.
 */
function visits(journal: Journal, r: Range): CalendarEvent[] {
  // Timed visits are instants: a visit on the day before or after may fall in the range in another zone.
  const rows = journal.all(
    journal.q
      .selectFrom('visits as v')
      .leftJoin('boutiques as b', 'b.id', 'v.boutique_id')
      .leftJoin('contacts as c', 'c.id', 'v.contact_id')
      .select(['v.id', 'v.day', 'v.time', 'v.time_zone', 'v.status', 'v.outcome', 'v.patrol_id', 'v.patrol_stop', 'b.code as boutique_code', 'b.name as boutique_name', 'c.name as contact'])
      .where('v.day', '>=', shiftDay(r.from, -1))
      .where('v.day', '<=', shiftDay(r.to, 1)),
  );
  const events: CalendarEvent[] = [];
  for (const v of rows) {
    const where = boutiqueLabel(v.boutique_code, v.boutique_name) ?? 'a boutique';
    const at = v.time ? DateTime.fromISO(`${v.day}T${v.time}`, { zone: v.time_zone }) : null;
    const timed = at !== null && at.isValid;
    if (timed ? utcIso(at) >= r.endUtc || utcIso(at.plus({ minutes: VISIT_MINUTES })) <= r.startUtc : v.day < r.from || v.day > r.to) continue;
    const outcome = v.status === 'planned' ? 'planned' : v.outcome ? VISIT_OUTCOME_LABELS[v.outcome].toLowerCase() : null;
    events.push({
      id: `visit:${v.id}`,
      kind: 'visit',
      title: `Visit · ${where}`,
      shortTitle: where,
      detail: join(v.patrol_stop !== null && `patrol stop ${v.patrol_stop + 1}`, v.contact && `with ${v.contact}`, outcome),
      start: timed ? utcIso(at) : v.day,
      end: timed ? utcIso(at.plus({ minutes: VISIT_MINUTES })) : v.day,
      allDay: !timed,
      zone: v.time_zone,
      muted: false,
      link: { screen: 'visits', id: v.id },
    });
  }
  return events;
}

/** Decision notes that asked to be read again on a day; they open the record they are about. */
function reminders(journal: Journal, r: Range): CalendarEvent[] {
  const rows = journal.shaped('calendar.reminders', { from: r.from, to: r.to }, ['from', 'to'], (a) =>
    journal.q
      .selectFrom('decision_notes as n')
      .leftJoin('trips as t', (j) => j.onRef('t.id', '=', 'n.subject_id').on('n.subject_type', '=', 'trip'))
      .leftJoin('contacts as c', (j) => j.onRef('c.id', '=', 'n.subject_id').on('n.subject_type', '=', 'contact'))
      .leftJoin('special_orders as o', (j) => j.onRef('o.id', '=', 'n.subject_id').on('n.subject_type', '=', 'special_order'))
      .leftJoin('purchases as p', (j) => j.onRef('p.id', '=', 'n.subject_id').on('n.subject_type', '=', 'purchase'))
      .leftJoin('appointment_attempts as a', (j) => j.onRef('a.id', '=', 'n.subject_id').on('n.subject_type', '=', 'attempt'))
      .leftJoin('offers as f', (j) => j.onRef('f.id', '=', 'n.subject_id').on('n.subject_type', '=', 'offer'))
      .select([
        'n.id',
        'n.subject_type',
        'n.subject_id',
        'n.kind',
        'n.body',
        'n.resurface_on',
        't.title as trip_title',
        'c.name as contact_name',
        'o.model as order_model',
        'o.size as order_size',
        'p.day as purchase_day',
        'a.wanted_day as attempt_day',
        'f.model as offer_model',
      ])
      .where('n.resurface_on', '>=', a.from)
      .where('n.resurface_on', '<=', a.to),
  );
  const events: CalendarEvent[] = [];
  for (const n of rows) {
    const subject = n.subject_type;
    if (!isNoteSubject(subject)) continue;
    const about =
      subject === 'trip'
        ? n.trip_title
        : subject === 'contact'
          ? n.contact_name
          : subject === 'special_order'
            ? n.order_model && orderName({ model: n.order_model, size: n.order_size })
            : subject === 'purchase'
              ? n.purchase_day && `purchase of ${shortDay(n.purchase_day)}`
              : subject === 'offer'
                ? n.offer_model && `the ${n.offer_model} offer`
                : n.attempt_day && `attempt for ${shortDay(n.attempt_day)}`;
    events.push({
      id: `reminder:${n.id}`,
      kind: 'reminder',
      title: `Re-read: ${clip(n.body, 60)}`,
      shortTitle: `Re-read: ${clip(n.body, 60)}`,
      detail: join(NOTE_KIND_LABELS[n.kind] ?? null, about && `on ${about}`),
      start: n.resurface_on!,
      end: n.resurface_on!,
      allDay: true,
      zone: null,
      muted: false,
      link: { screen: noteSubjectScreen(subject), id: n.subject_id },
    });
  }
  return events;
}

const collator = new Intl.Collator();
/** The day (in `zone`) of a UTC instant. */
const localDayIn = remembered((key) => {
  const [instant, zone] = key.split(' ');
  return DateTime.fromISO(instant!, { zone: zone! }).toISODate()!;
});
const localDay = (instant: string, zone: string): string => localDayIn(`${instant} ${zone}`);
/** Midnight starting `day` in `zone`, as UTC ISO ("day zone"). */
const midnightUtc = remembered((key) => {
  const [day, zone] = key.split(' ');
  return utcIso(DateTime.fromISO(day!, { zone: zone! }).startOf('day'));
});

const KIND_ORDER = new Map(CALENDAR_KINDS.map((k, i) => [k, i]));

/** All events meeting the range, in display order: by day, all-day first, then time, then kind. */
export function calendarRange(journal: Journal, input: ParsedInputOf<'calendar.range'>): CalendarEvent[] {
  const zone = input.zone ?? PARIS_ZONE;
  const range: Range = {
    from: input.from,
    to: input.to,
    zone,
    startUtc: midnightUtc(`${input.from} ${zone}`),
    endUtc: midnightUtc(`${shiftDay(input.to, 1)} ${zone}`),
  };
  const kinds = new Set<CalendarKind>(input.kinds ?? CALENDAR_KINDS);
  const events: CalendarEvent[] = [];
  if (kinds.has('trip')) events.push(...trips(journal, range));
  if (kinds.has('lottery')) events.push(...lotteryWindows(journal, range));
  if (kinds.has('appointment') || kinds.has('walk_in')) events.push(...attempts(journal, range, kinds));
  if (kinds.has('visit')) events.push(...visits(journal, range));
  if (kinds.has('purchase')) events.push(...purchases(journal, range));
  if (kinds.has('follow_up')) events.push(...followUps(journal, range));
  if (kinds.has('special_order')) events.push(...specialOrders(journal, range));
  if (kinds.has('reminder')) events.push(...reminders(journal, range));

  // Each key computed once (not on every comparison); the keys are ASCII ISO text, compared as such.
  const keyed = events.map((e) => ({ e, key: e.allDay ? `${e.start}T` : `${localDay(e.start, zone)}T${e.start}` }));
  keyed.sort(
    (a, b) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (KIND_ORDER.get(a.e.kind)! - KIND_ORDER.get(b.e.kind)!) ||
      collator.compare(a.e.title, b.e.title) ||
      a.e.id.localeCompare(b.e.id),
  );
  return keyed.map((k) => k.e);
}

export const calendarHandlers = {
  'calendar.range': calendarRange,
} satisfies DomainHandlers<typeof calendarContract>;
