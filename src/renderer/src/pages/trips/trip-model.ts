/**
 * What the trip page and the trip sheet show, worked out from the records (pure: no React, no
 * requests): where today stands against the stay, the days of the stay with what happened on
 * each, and money per currency (never added across currencies).
 */
import { DateTime } from 'luxon';
import type { AppointmentAttempt } from '../../../../shared/api/attempts';
import type { Boutique } from '../../../../shared/api/boutiques';
import type { Interaction } from '../../../../shared/api/contacts';
import type { Offer } from '../../../../shared/api/offers';
import type { Purchase } from '../../../../shared/api/purchases';
import type { Trip } from '../../../../shared/api/trips';
import { lotteryWindowsForRange, type BoutiqueCalendarOptions, type LotteryWindow } from '../../../../shared/domain/lottery';
import { daysBetween, relativeDay } from '../../lib/relative-day';

export type TripPhase =
  | { kind: 'upcoming'; label: string; daysToGo: number }
  | { kind: 'during'; label: string; dayNumber: number; dayCount: number }
  | { kind: 'past'; label: string };

/** "In 11 days" / "Tomorrow" · "Day 3 of 6" · "Ended 2 months ago" / "Ended yesterday". */
export function tripPhase(startDay: string, endDay: string, today: string): TripPhase {
  const dayCount = daysBetween(startDay, endDay) + 1;
  if (today < startDay) {
    return { kind: 'upcoming', label: capitalise(relativeDay(startDay, today)), daysToGo: daysBetween(today, startDay) };
  }
  if (today > endDay) return { kind: 'past', label: `Ended ${relativeDay(endDay, today)}` };
  const dayNumber = daysBetween(startDay, today) + 1;
  return { kind: 'during', label: `Day ${dayNumber} of ${dayCount}`, dayNumber, dayCount };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every day of the stay, 'YYYY-MM-DD', first to last. */
export function stayDays(startDay: string, endDay: string): string[] {
  const count = daysBetween(startDay, endDay) + 1;
  const first = DateTime.fromISO(startDay, { zone: 'utc' });
  return Array.from({ length: Math.max(0, count) }, (_, i) => first.plus({ days: i }).toISODate()!);
}

/**
 * The Paris lottery matters for a trip to Paris, or one that plans to visit a Paris leather
 * boutique; a trip to Tokyo has no lottery windows to show.
 */
export function lotteryApplies(trip: Pick<Trip, 'city' | 'timeZone' | 'boutiqueIds'>, boutiques: Boutique[] | undefined): boolean {
  if (trip.city.trim().toLowerCase() === 'paris' || trip.timeZone === 'Europe/Paris') return true;
  return trip.boutiqueIds.some((id) => boutiques?.find((b) => b.id === id)?.takesLeatherAppointments);
}

/** The lottery windows of the stay, or the reason they cannot be worked out (a calendar closed for months). */
export function windowsOf(trip: Pick<Trip, 'startDay' | 'endDay'>, calendar: BoutiqueCalendarOptions): { windows: LotteryWindow[]; error: string | null } {
  try {
    return { windows: lotteryWindowsForRange(trip.startDay, trip.endDay, calendar), error: null };
  } catch (e) {
    return { windows: [], error: (e as Error).message };
  }
}

export interface Applicant {
  companionId: number | null;
  name: string;
  /** Under 18: may not apply (shown only when they did anyway). */
  minor: boolean;
}

/** You, then each adult companion: the people who may apply to the lottery. */
export function applicantsOf(trip: Pick<Trip, 'companions'>): Applicant[] {
  return [{ companionId: null, name: 'You', minor: false }, ...trip.companions.filter((c) => c.adult).map((c) => ({ companionId: c.id, name: c.name, minor: false }))];
}

export interface TripDay {
  day: string;
  /** 1-based. */
  number: number;
  window: LotteryWindow | null;
  /** The latest lottery attempt of each person for this day (people with none are left out). */
  lottery: { applicant: Applicant; attempt: AppointmentAttempt }[];
  /** Appointments obtained for this day, by any route, in time order. */
  appointments: AppointmentAttempt[];
  /** Other tries for this day still open or not granted: walk-in plans, concierge or SA requests. */
  otherTries: AppointmentAttempt[];
  purchases: Purchase[];
  interactions: Interaction[];
  offers: Offer[];
}

const GRANTED = new Set(['granted', 'time_changed']);
export const isGrantedAttempt = (a: Pick<AppointmentAttempt, 'result'>): boolean => GRANTED.has(a.result);

export interface DayInputs {
  trip: Trip;
  windows: LotteryWindow[] | null;
  attempts: AppointmentAttempt[];
  purchases: Purchase[];
  interactions: Interaction[];
  offers: Offer[];
}

/** The stay, one entry per day, with everything that belongs to that day. */
export function tripDays({ trip, windows, attempts, purchases, interactions, offers }: DayInputs): TripDay[] {
  const applicants = applicantsOf(trip);
  const nameOf = (companionId: number | null): Applicant => {
    const known = applicants.find((a) => a.companionId === companionId);
    if (known) return known;
    const c = trip.companions.find((x) => x.id === companionId);
    return { companionId, name: c?.name ?? 'A companion', minor: c ? !c.adult : false };
  };
  return stayDays(trip.startDay, trip.endDay).map((day, i) => {
    const ofDay = attempts.filter((a) => a.wantedDay === day);
    const latestLottery = new Map<number | null, AppointmentAttempt>();
    for (const a of ofDay.filter((x) => x.method === 'lottery').sort((x, y) => x.id - y.id)) latestLottery.set(a.companionId, a);
    const order = (a: { companionId: number | null }) => {
      const at = applicants.findIndex((p) => p.companionId === a.companionId);
      return at < 0 ? applicants.length : at;
    };
    const lottery = [...latestLottery.values()].sort((x, y) => order(x) - order(y) || x.id - y.id).map((attempt) => ({ applicant: nameOf(attempt.companionId), attempt }));
    const appointments = ofDay.filter(isGrantedAttempt).sort((x, y) => (x.appointmentAt ?? '').localeCompare(y.appointmentAt ?? '') || x.id - y.id);
    const otherTries = ofDay.filter((a) => a.method !== 'lottery' && !isGrantedAttempt(a));
    return {
      day,
      number: i + 1,
      window: windows?.[i] ?? null,
      lottery,
      appointments,
      otherTries,
      purchases: purchases.filter((p) => p.day === day),
      interactions: interactions.filter((x) => x.day === day),
      offers: offers.filter((o) => o.day === day),
    };
  });
}

/** Sums per currency, in the order currencies first appear; amounts are never added across currencies. */
export function totalsByCurrency(purchases: Pick<Purchase, 'currency' | 'totalMinor'>[]): { currency: string; totalMinor: number; count: number }[] {
  const out = new Map<string, { currency: string; totalMinor: number; count: number }>();
  for (const p of purchases) {
    const row = out.get(p.currency) ?? { currency: p.currency, totalMinor: 0, count: 0 };
    row.totalMinor += p.totalMinor;
    row.count += 1;
    out.set(p.currency, row);
  }
  return [...out.values()];
}

/** Interactions grouped by contact, contacts in the order first met, entries by day. */
export function byContact(interactions: Interaction[]): { contactId: number; entries: Interaction[] }[] {
  const sorted = [...interactions].sort((a, b) => a.day.localeCompare(b.day) || a.id - b.id);
  const groups = new Map<number, Interaction[]>();
  for (const x of sorted) groups.set(x.contactId, [...(groups.get(x.contactId) ?? []), x]);
  return [...groups.entries()].map(([contactId, entries]) => ({ contactId, entries }));
}

/** Offers made during the stay (by the day they were made, on the boutique's clock), in order. */
export function offersDuring(offers: Offer[], startDay: string, endDay: string): Offer[] {
  return offers.filter((o) => o.day >= startDay && o.day <= endDay).sort((a, b) => a.day.localeCompare(b.day) || (a.time ?? '').localeCompare(b.time ?? '') || a.id - b.id);
}
