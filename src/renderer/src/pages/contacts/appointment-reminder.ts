/**
 * "Ask your home SA": a home-store SA or manager may book a Paris leather appointment, and is
 * reported to need about two months' notice. When a Paris trip starts within two months and a
 * home-store SA has no "asked for an appointment" entry since three months before the trip,
 * the contact list says so. Pure: no DOM, luxon for the calendar arithmetic.
 */
import { DateTime } from 'luxon';

export interface ReminderTrip {
  id: number;
  title: string;
  city: string;
  startDay: string;
  boutiqueIds: number[];
}
export interface ReminderContact {
  id: number;
  name: string;
  role: string;
  boutiqueId: number | null;
}
export interface ReminderBoutique {
  id: number;
  name: string;
  isHome: boolean;
  takesLeatherAppointments: boolean;
}
export interface ReminderInteraction {
  contactId: number;
  kind: string;
  day: string;
}

export interface AppointmentReminder {
  trip: ReminderTrip;
  /** Whole days from today to the first day of the trip (0: it starts today). */
  daysUntil: number;
  /** Home-store SAs not asked since `askedSince`, by name. */
  contacts: (ReminderContact & { boutiqueName: string })[];
  /** Three months before the trip: an ask on or after this day counts. */
  askedSince: string;
}

/** Trips starting on or after today and no more than this many months ahead. */
export const REMINDER_WINDOW_MONTHS = 2;
/** An ask this long before the trip (or later) still counts for it. */
export const ASKED_LOOKBACK_MONTHS = 3;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

/** A trip to Paris: its city says so, or it plans a boutique that takes leather appointments. */
function isParisTrip(trip: ReminderTrip, leatherBoutiques: Set<number>): boolean {
  return fold(trip.city) === 'paris' || trip.boutiqueIds.some((b) => leatherBoutiques.has(b));
}

export function appointmentReminders(input: {
  today: string;
  trips: ReminderTrip[];
  contacts: ReminderContact[];
  boutiques: ReminderBoutique[];
  /** Interactions of any kind; only 'asked_appointment' ones are read. */
  interactions: ReminderInteraction[];
}): AppointmentReminder[] {
  const today = DateTime.fromISO(input.today, { zone: 'utc' });
  const horizon = today.plus({ months: REMINDER_WINDOW_MONTHS }).toISODate()!;
  const homeNames = new Map(input.boutiques.filter((b) => b.isHome).map((b) => [b.id, b.name]));
  const leather = new Set(input.boutiques.filter((b) => b.takesLeatherAppointments).map((b) => b.id));
  const homeSAs = input.contacts
    .filter((c) => c.role === 'sa' && c.boutiqueId !== null && homeNames.has(c.boutiqueId))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (homeSAs.length === 0) return [];
  const asks = input.interactions.filter((i) => i.kind === 'asked_appointment');

  return input.trips
    .filter((t) => t.startDay >= input.today && t.startDay <= horizon && isParisTrip(t, leather))
    .sort((a, b) => a.startDay.localeCompare(b.startDay) || a.id - b.id)
    .map((trip) => {
      const start = DateTime.fromISO(trip.startDay, { zone: 'utc' });
      const askedSince = start.minus({ months: ASKED_LOOKBACK_MONTHS }).toISODate()!;
      const contacts = homeSAs
        .filter((c) => !asks.some((i) => i.contactId === c.id && i.day >= askedSince))
        .map((c) => ({ ...c, boutiqueName: homeNames.get(c.boutiqueId!)! }));
      return { trip, daysUntil: Math.round(start.diff(today, 'days').days), contacts, askedSince };
    })
    .filter((r) => r.contacts.length > 0);
}
