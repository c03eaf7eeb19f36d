/**
 * The dashboard: what is next and what is waiting, in one read. Each part is a handful of
 * indexed queries (trips by days, contacts by follow-up day, purchases by day, attempts by
 * wanted day); special orders are read whole since their status lives in their history, and a
 * journal holds a few of them.
 *
 * "Now" is the journal's clock (injectable), so the figures are reproducible in tests; "today"
 * is that instant's day on this machine, as everywhere else in Carnet.
 */
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { exactTotal } from '../../shared/domain/money';
import type {
  DashboardOffers,
  DashboardSummary,
  dashboardContract,
  FollowUpDue,
  NextLotteryWindow,
  NextTrip,
  RecentOffer,
  SpendInCurrency,
  WaitingOrder,
} from '../../shared/api/dashboard';
import { ANNIVERSARY_DAYS, FOLLOW_UPS_SHOWN, type AnniversarySoon, type CadenceOverdue } from '../../shared/api/dashboard';
import type { Contact, ContactRole } from '../../shared/api/contacts';
import { cadenceDays } from '../../shared/domain/keep-in-touch';
import { allContacts } from './contacts';
import { describeOffer } from '../../shared/domain/offer-item';
import { formatWindowInZone, lotteryWindow, PARIS_ZONE, windowStatus, type BookableWindow, type LotteryOptions } from '../../shared/domain/lottery';
import { isFinal, type SpecialOrderStatus } from '../../shared/domain/special-order-status';
import { computeWait, daysBetween } from '../../shared/domain/special-order-timing';
import type { Journal } from '../db/journal';
import type { DomainHandlers } from './handler';
import { quotaSummary } from './profile';
import { calendarOptions, getSettings } from './settings';
import { today as todayOf } from './today';
import { listCollection } from './collection';
import { describeBag } from '../../shared/domain/special-order-spec';
import type { DashboardCollection, DashboardWishes } from '../../shared/api/dashboard';

const plusDays = (day: string, n: number): string => DateTime.fromISO(day, { zone: 'utc' }).plus({ days: n }).toFormat('yyyy-MM-dd');

function boutiqueNames(journal: Journal): Map<number, string> {
  return new Map(journal.all(journal.q.selectFrom('boutiques').select(['id', 'name'])).map((b) => [b.id, b.name]));
}

/** The window on the home-zone clock; a hand-edited, unknown zone falls back to Paris rather than failing the dashboard. */
function localWindow(window: BookableWindow, zone: string) {
  try {
    return formatWindowInZone(window, zone);
  } catch {
    return formatWindowInZone(window, PARIS_ZONE);
  }
}

interface UpcomingTrip {
  id: number;
  title: string;
  start_day: string;
  end_day: string;
}

/**
 * The first window, by opening time, that has not closed yet at `now`, over every day of the
 * upcoming trips. A day the boutiques are closed has no window; a day whose window cannot be
 * found (a calendar closed for two months by the user's closures) is skipped, not fatal.
 */
function nextLottery(journal: Journal, now: string, trips: UpcomingTrip[], homeZone: string): NextLotteryWindow | null {
  if (trips.length === 0) return null;
  const options: LotteryOptions = calendarOptions(journal);
  // A window open now is for tomorrow (Paris) at the latest; nothing before Paris today matters.
  const parisToday = DateTime.fromISO(now, { zone: PARIS_ZONE }).toFormat('yyyy-MM-dd');
  const nowMs = Date.parse(now);
  const seen = new Set<string>();
  const candidates: { trip: UpcomingTrip; window: BookableWindow }[] = [];
  for (const trip of trips) {
    for (let day = trip.start_day > parisToday ? trip.start_day : parisToday; day <= trip.end_day; day = plusDays(day, 1)) {
      if (seen.has(day)) continue;
      seen.add(day);
      let window;
      try {
        window = lotteryWindow(day, options);
      } catch {
        continue;
      }
      if (!window.bookable || Date.parse(window.closesAt) <= nowMs) continue;
      candidates.push({ trip, window });
    }
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => Date.parse(a.window.opensAt) - Date.parse(b.window.opensAt) || (a.window.appointmentDay < b.window.appointmentDay ? -1 : 1));
  const { trip, window } = candidates[0]!;
  const status = windowStatus(window, now);
  const adults = journal.first(
    journal.q.selectFrom('trip_companions').select((eb) => eb.fn.countAll<number>().as('n')).where('trip_id', '=', trip.id).where('adult', '=', 1),
  );
  const registered = journal.first(
    journal.q
      .selectFrom('appointment_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('wanted_day', '=', window.appointmentDay)
      .where('method', '=', 'lottery')
      .where('registered_at', 'is not', null),
  );
  return {
    tripId: trip.id,
    tripTitle: trip.title,
    appointmentDay: window.appointmentDay,
    applyOn: window.applyOn,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    state: status.state === 'open' ? 'open' : 'not_yet_open',
    local: localWindow(window, homeZone),
    beforeTripStarts: window.applyOn < trip.start_day,
    applicants: 1 + Number(adults?.n ?? 0),
    registered: Number(registered?.n ?? 0),
    laterWindows: candidates.length - 1,
  };
}

function nextTrip(journal: Journal, day: string, trips: UpcomingTrip[]): NextTrip | null {
  // Trips still to come or under way today; the earliest first.
  const upcoming = trips.filter((t) => t.end_day >= day);
  const t = upcoming[0];
  if (!t) return null;
  const row = journal.first(journal.q.selectFrom('trips').select(['city', 'hotel_name']).where('id', '=', t.id))!;
  const wanted = journal.first(
    journal.q.selectFrom('trip_wishlist').select((eb) => eb.fn.countAll<number>().as('n')).where('trip_id', '=', t.id).where('status', '=', 'wanted'),
  );
  const companions = journal.first(journal.q.selectFrom('trip_companions').select((eb) => eb.fn.countAll<number>().as('n')).where('trip_id', '=', t.id));
  const inProgress = t.start_day <= day;
  return {
    id: t.id,
    title: t.title,
    city: row.city,
    startDay: t.start_day,
    endDay: t.end_day,
    hotelName: row.hotel_name,
    inProgress,
    daysUntil: inProgress ? 0 : daysBetween(day, t.start_day),
    dayOfTrip: inProgress ? daysBetween(t.start_day, day) + 1 : null,
    wanted: Number(wanted?.n ?? 0),
    travellers: 1 + Number(companions?.n ?? 0),
    laterTrips: upcoming.length - 1,
  };
}

/** Orders still in play; a bag that arrived waits for a decision, so it comes first. */
function waitingOrders(journal: Journal, day: string, boutiques: Map<number, string>): WaitingOrder[] {
  const orders = journal.all(
    journal.q.selectFrom('special_orders').select(['id', 'model', 'size', 'boutique_id', 'expected_from', 'expected_to']),
  );
  if (orders.length === 0) return [];
  const events = journal.all(journal.q.selectFrom('special_order_events').select(['order_id', 'status', 'day']).orderBy('id'));
  // One pass to group the history by order (not a scan of every event per order).
  const historyOf = new Map<number, { status: SpecialOrderStatus; day: string }[]>();
  for (const e of events) {
    const step = { status: e.status as SpecialOrderStatus, day: e.day };
    const list = historyOf.get(e.order_id);
    if (list) list.push(step);
    else historyOf.set(e.order_id, [step]);
  }
  const out: WaitingOrder[] = [];
  for (const o of orders) {
    const history = historyOf.get(o.id) ?? [];
    const status = history[history.length - 1]?.status;
    if (!status || isFinal(status)) continue;
    const wait = computeWait({ history, expectedFrom: o.expected_from, expectedTo: o.expected_to, today: day, others: [] });
    const dayOf = (s: SpecialOrderStatus) => history.find((h) => h.status === s)?.day ?? null;
    out.push({
      id: o.id,
      model: o.model,
      size: o.size,
      status,
      boutiqueName: o.boutique_id !== null ? (boutiques.get(o.boutique_id) ?? null) : null,
      offeredOn: dayOf('offered'),
      placedOn: dayOf('placed'),
      arrivedOn: dayOf('arrived'),
      daysWaited: wait.daysSincePlaced,
      expectedFrom: o.expected_from,
      expectedTo: o.expected_to,
      rangePosition: wait.rangePosition,
    });
  }
  return out.sort(
    (a, b) =>
      Number(b.status === 'arrived') - Number(a.status === 'arrived') ||
      (b.daysWaited ?? -1) - (a.daysWaited ?? -1) ||
      a.id - b.id,
  );
}

function followUps(
  journal: Journal,
  day: string,
  boutiques: Map<number, string>,
): Pick<DashboardSummary, 'followUpsDue' | 'followUpsDueCount' | 'nextFollowUp' | 'cadenceOverdue' | 'birthdaysThisWeek'> {
  const contacts = allContacts(journal);
  const boutiqueOf = (c: Contact) => (c.boutiqueId !== null ? (boutiques.get(c.boutiqueId) ?? null) : null);
  const withNext = contacts.filter((c) => c.nextFollowUp !== null).sort((a, b) => a.nextFollowUp!.day.localeCompare(b.nextFollowUp!.day) || a.name.localeCompare(b.name));
  const due = withNext.filter((c) => c.nextFollowUp!.day <= day);
  const next = withNext.find((c) => c.nextFollowUp!.day > day);
  const cadenceOverdue: CadenceOverdue[] = contacts
    .filter((c) => c.role === 'sa' && c.cadence !== null && c.movedOn === null)
    .map((c) => {
      const since = c.lastInteractionDay ?? c.metOn ?? c.createdAt.slice(0, 10);
      return { c, daysSince: daysBetween(since, day) };
    })
    .filter(({ c, daysSince }) => daysSince > cadenceDays(c.cadence!))
    .sort((a, b) => b.daysSince - a.daysSince || a.c.name.localeCompare(b.c.name))
    .slice(0, FOLLOW_UPS_SHOWN)
    .map(({ c, daysSince }) => ({ id: c.id, name: c.name, boutiqueName: boutiqueOf(c), cadence: c.cadence!, lastInteractionDay: c.lastInteractionDay, daysSince }));
  const horizon = plusDays(day, ANNIVERSARY_DAYS - 1);
  const birthdaysThisWeek: AnniversarySoon[] = [];
  for (const c of contacts) {
    if (c.nextBirthday && c.nextBirthday <= horizon) {
      const turns = c.birthday?.year ? Number(c.nextBirthday.slice(0, 4)) - c.birthday.year : null;
      birthdaysThisWeek.push({ id: c.id, name: c.name, what: 'birthday', day: c.nextBirthday, inDays: daysBetween(day, c.nextBirthday), turns });
    }
    if (c.nextNameDay && c.nextNameDay <= horizon) {
      birthdaysThisWeek.push({ id: c.id, name: c.name, what: 'name_day', day: c.nextNameDay, inDays: daysBetween(day, c.nextNameDay), turns: null });
    }
  }
  birthdaysThisWeek.sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name));
  return {
    followUpsDue: due.slice(0, FOLLOW_UPS_SHOWN).map(
      (c): FollowUpDue => ({
        id: c.id,
        name: c.name,
        role: c.role as ContactRole,
        boutiqueName: boutiqueOf(c),
        followUpOn: c.nextFollowUp!.day,
        daysOverdue: daysBetween(c.nextFollowUp!.day, day),
        lastInteractionDay: c.lastInteractionDay,
        reason: c.nextFollowUp!.reason,
      }),
    ),
    followUpsDueCount: due.length,
    nextFollowUp: next ? { id: next.id, name: next.name, followUpOn: next.nextFollowUp!.day } : null,
    cadenceOverdue,
    birthdaysThisWeek,
  };
}

function spend(journal: Journal, year: number): DashboardSummary['spend'] {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year).padStart(4, '0')}-12-31`;
  const rows = journal.all(
    journal.q
      .selectFrom('purchases as p')
      .innerJoin('purchase_items as i', 'i.purchase_id', 'p.id')
      .select((eb) => [
        'p.currency',
        eb.fn.sum<number>('i.price_minor').as('total'),
        sql<number>`count(DISTINCT p.id)`.as('n'),
        sql<number>`sum(i.category = 'bag' AND i.quota = 1)`.as('quota'),
      ])
      .where('p.day', '>=', from)
      .where('p.day', '<=', to)
      .groupBy('p.currency'),
  );
  const totals = rows
    .map((r): SpendInCurrency => ({ currency: r.currency, totalMinor: exactTotal(r.total, r.currency), purchases: Number(r.n) }))
    .sort((a, b) => b.totalMinor - a.totalMinor || a.currency.localeCompare(b.currency));
  return { year, totals, quotaBags: rows.reduce((n, r) => n + Number(r.quota ?? 0), 0) };
}

/** The quota year as profile.quota computes it, and the latest offers (of anything, and of a bag). */
function offers(journal: Journal, day: string, boutiques: Map<number, string>): DashboardOffers {
  const quota = quotaSummary(journal);
  const latest = (bagsOnly: boolean): RecentOffer | null => {
    let q = journal.q
      .selectFrom('offers')
      .select(['id', 'day', 'model', 'size', 'leather', 'colour', 'hardware', 'boutique_id', 'decision'])
      .orderBy('day', 'desc')
      .orderBy('id', 'desc')
      .limit(1);
    if (bagsOnly) q = q.where('category', '=', 'bag');
    const o = journal.first(q);
    if (!o) return null;
    return {
      id: o.id,
      day: o.day,
      label: describeOffer(o),
      boutiqueName: o.boutique_id !== null ? (boutiques.get(o.boutique_id) ?? null) : null,
      decision: o.decision,
      daysSince: daysBetween(o.day, day),
    };
  };
  return {
    quota: { year: quota.currentYear, limit: quota.limit, limitLabel: quota.limitLabel, current: quota.current },
    lastOffer: latest(false),
    lastBagOffer: latest(true),
    count: countOf(journal, 'offers'),
  };
}

function countOf(journal: Journal, table: 'trips' | 'contacts' | 'purchases' | 'special_orders' | 'offers'): number {
  return Number(journal.first(journal.q.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
}

export function dashboardSummary(journal: Journal): DashboardSummary {
  const now = journal.now();
  const day = todayOf(journal);
  const settings = getSettings(journal);
  const boutiques = boutiqueNames(journal);
  // Trips that end no earlier than yesterday: a window open now may be for a trip starting
  // tomorrow, and Paris may be a day ahead of or behind this machine.
  const trips = journal.all(
    journal.q
      .selectFrom('trips')
      .select(['id', 'title', 'start_day', 'end_day'])
      .where('end_day', '>=', plusDays(day, -1))
      .orderBy('start_day')
      .orderBy('id'),
  );
  return {
    now,
    today: day,
    homeZone: settings.homeZone,
    nextLottery: nextLottery(journal, now, trips, settings.homeZone),
    nextTrip: nextTrip(journal, day, trips),
    specialOrders: waitingOrders(journal, day, boutiques),
    ...followUps(journal, day, boutiques),
    spend: spend(journal, Number(day.slice(0, 4))),
    offers: offers(journal, day, boutiques),
    wishes: wishes(journal, day, boutiques),
    collection: collection(journal),
    counts: {
      trips: countOf(journal, 'trips'),
      contacts: countOf(journal, 'contacts'),
      purchases: countOf(journal, 'purchases'),
      specialOrders: countOf(journal, 'special_orders'),
    },
  };
}

/** Wishes an open offer answers (the oldest offer first), and how many are still wanted. */
function wishes(journal: Journal, day: string, boutiques: Map<number, string>): DashboardWishes {
  const rows = journal.all(
    journal.q
      .selectFrom('wishlist_items as w')
      .innerJoin('offers as o', 'o.id', 'w.offer_id')
      .select(['w.id', 'w.model', 'w.size', 'w.exterior_leather', 'w.exterior_colour', 'w.interior_leather', 'w.interior_colour', 'w.stitching', 'w.hardware', 'o.id as offer_id', 'o.day', 'o.boutique_id'])
      .where('w.status', '=', 'offered')
      .where('o.decision', '=', 'pending')
      .orderBy('o.day')
      .orderBy('o.id'),
  );
  const wanted = Number(journal.first(journal.q.selectFrom('wishlist_items').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'wanted'))?.n ?? 0);
  return {
    offered: rows.map((r) => ({
      wishId: r.id,
      wish: describeBag({ model: r.model, size: r.size, exteriorLeather: r.exterior_leather, exteriorColour: r.exterior_colour, interiorLeather: r.interior_leather, interiorColour: r.interior_colour, stitching: r.stitching, hardware: r.hardware }),
      offerId: r.offer_id,
      offerDay: r.day,
      boutiqueName: r.boutique_id === null ? null : (boutiques.get(r.boutique_id) ?? null),
      daysSince: daysBetween(r.day, day),
    })),
    wanted,
  };
}

/** The collection's pieces still owned, what they cost and what they cost today (per currency). */
function collection(journal: Journal): DashboardCollection {
  const owned = listCollection(journal, { show: 'owned', model: null, colour: null });
  return { pieces: owned.entries.length, paid: owned.totals, today: owned.todayTotals };
}

export const dashboardHandlers = {
  'dashboard.summary': (journal) => dashboardSummary(journal),
} satisfies DomainHandlers<typeof dashboardContract>;
