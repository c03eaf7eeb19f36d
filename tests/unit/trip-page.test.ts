import { describe, expect, it } from 'vitest';
import type { AppointmentAttempt } from '../../src/shared/api/attempts';
import type { Interaction } from '../../src/shared/api/contacts';
import type { Offer } from '../../src/shared/api/offers';
import type { Purchase } from '../../src/shared/api/purchases';
import type { Trip } from '../../src/shared/api/trips';
import { lotteryWindowsForRange } from '../../src/shared/domain/lottery';
import { addressOf, hoursOf } from '../../src/renderer/src/pages/trips/boutique-info';
import { trip as builtTrip } from './builders';
import { harness } from './helpers';
import { byContact, lotteryApplies, offersDuring, stayDays, totalsByCurrency, tripDays, tripPhase } from '../../src/renderer/src/pages/trips/trip-model';

const trip: Trip = builtTrip({
  id: 1,
  title: 'Paris in December',
  startDay: '2026-12-04',
  endDay: '2026-12-09',
  companions: [
    { id: 11, name: 'Anna', adult: true },
    { id: 12, name: 'Léo', adult: false },
  ],
});

let nextId = 1;
function attempt(over: Partial<AppointmentAttempt>): AppointmentAttempt {
  return {
    id: nextId++,
    method: 'lottery',
    wantedDay: '2026-12-07',
    boutiqueId: null,
    tripId: 1,
    companionId: null,
    contactId: null,
    formAcceptedAt: null,
    emailReceivedAt: null,
    linkClickedAt: null,
    registeredAt: null,
    stepReached: 'none',
    blockedCount: 0,
    blockedNote: null,
    result: 'pending',
    appointmentAt: null,
    originalAppointmentAt: null,
    appointmentBoutiqueId: null,
    resultChannel: null,
    outcomeOffered: null,
    outcomeBought: null,
    notes: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

const purchase = (id: number, day: string, currency: string, totalMinor: number) => ({ id, day, currency, totalMinor }) as Purchase;

describe('tripPhase', () => {
  it('counts down before the trip, counts the days during it, and says how long ago it ended', () => {
    expect(tripPhase('2026-12-04', '2026-12-09', '2026-11-23')).toEqual({ kind: 'upcoming', label: 'In 11 days', daysToGo: 11 });
    expect(tripPhase('2026-12-04', '2026-12-09', '2026-12-03').label).toBe('Tomorrow');
    expect(tripPhase('2026-12-04', '2026-12-09', '2026-12-04')).toEqual({ kind: 'during', label: 'Day 1 of 6', dayNumber: 1, dayCount: 6 });
    expect(tripPhase('2026-12-04', '2026-12-09', '2026-12-06').label).toBe('Day 3 of 6');
    expect(tripPhase('2026-12-04', '2026-12-09', '2026-12-09').label).toBe('Day 6 of 6');
    expect(tripPhase('2026-12-04', '2026-12-09', '2026-12-10')).toEqual({ kind: 'past', label: 'Ended yesterday' });
    expect(tripPhase('2026-12-04', '2026-12-09', '2027-02-10').label).toBe('Ended 2 months ago');
    expect(tripPhase('2026-12-04', '2026-12-04', '2026-12-04').label).toBe('Day 1 of 1');
  });

  it('counts across a change of clocks and a year end without losing a day', () => {
    expect(stayDays('2026-10-23', '2026-10-27')).toEqual(['2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27']);
    expect(stayDays('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(tripPhase('2026-10-23', '2026-10-27', '2026-10-26').label).toBe('Day 4 of 5');
  });
});

describe('tripDays', () => {
  it('puts each record on its own day: the latest lottery try per person, appointments in time order, other tries, purchases, people, offers', () => {
    const windows = lotteryWindowsForRange(trip.startDay, trip.endDay);
    const first = attempt({ wantedDay: '2026-12-07', result: 'not_granted' });
    const retried = attempt({ wantedDay: '2026-12-07', result: 'pending', stepReached: 'registered' });
    const anna = attempt({ wantedDay: '2026-12-07', companionId: 11, result: 'granted', appointmentAt: '2026-12-07T15:00:00.000Z', boutiqueId: 2 });
    const walkIn = attempt({ method: 'walk_in', wantedDay: '2026-12-07', result: 'granted', appointmentAt: '2026-12-07T10:00:00.000Z', boutiqueId: 3 });
    const plan = attempt({ method: 'walk_in', wantedDay: '2026-12-05' });
    const days = tripDays({
      trip,
      windows,
      attempts: [anna, retried, first, walkIn, plan],
      purchases: [purchase(1, '2026-12-07', 'EUR', 72000), purchase(2, '2026-12-09', 'EUR', 1000)],
      interactions: [{ id: 1, contactId: 5, day: '2026-12-07', kind: 'visited', summary: 'x' } as Interaction],
      offers: [{ id: 9, day: '2026-12-07' } as Offer, { id: 10, day: '2026-12-10' } as Offer],
    });
    expect(days.map((d) => d.day)).toEqual(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09']);
    const monday = days[3]!;
    expect(monday.number).toBe(4);
    expect(monday.window).toMatchObject({ bookable: true, applyOn: '2026-12-05' });
    expect(monday.lottery.map((l) => [l.applicant.name, l.attempt.id])).toEqual([
      ['You', retried.id],
      ['Anna', anna.id],
    ]);
    expect(monday.appointments.map((a) => a.id)).toEqual([walkIn.id, anna.id]);
    expect(monday.otherTries).toEqual([]);
    expect(monday.purchases.map((p) => p.id)).toEqual([1]);
    expect(monday.interactions.map((x) => x.id)).toEqual([1]);
    expect(monday.offers.map((o) => o.id)).toEqual([9]);
    expect(days[1]!.otherTries.map((a) => a.id)).toEqual([plan.id]);
    expect(days[2]!.window).toEqual({ appointmentDay: '2026-12-06', bookable: false, reason: 'sunday' });
    expect(days[5]!.purchases.map((p) => p.id)).toEqual([2]);
  });
});

describe('money, people and offers of the stay', () => {
  it('sums per currency, never across currencies', () => {
    expect(totalsByCurrency([purchase(1, 'x', 'EUR', 72000), purchase(2, 'x', 'USD', 45000), purchase(3, 'x', 'EUR', 124000)])).toEqual([
      { currency: 'EUR', totalMinor: 196000, count: 2 },
      { currency: 'USD', totalMinor: 45000, count: 1 },
    ]);
    expect(totalsByCurrency([])).toEqual([]);
  });

  it('groups interactions by contact in the order first met, and keeps offers made within the stay', () => {
    const log = [
      { id: 3, contactId: 7, day: '2026-12-08' },
      { id: 1, contactId: 5, day: '2026-12-07' },
      { id: 2, contactId: 7, day: '2026-12-05' },
    ] as Interaction[];
    expect(byContact(log).map((g) => [g.contactId, g.entries.map((e) => e.id)])).toEqual([
      [7, [2, 3]],
      [5, [1]],
    ]);
    const offers = [
      { id: 1, day: '2026-12-03', time: null },
      { id: 2, day: '2026-12-08', time: '16:00' },
      { id: 3, day: '2026-12-08', time: '11:00' },
      { id: 4, day: '2026-12-09', time: null },
      { id: 5, day: '2026-12-10', time: null },
    ] as Offer[];
    expect(offersDuring(offers, trip.startDay, trip.endDay).map((o) => o.id)).toEqual([3, 2, 4]);
  });

  it('shows lottery windows for Paris trips and trips visiting a Paris leather boutique only', () => {
    const boutiques = [{ id: 1, takesLeatherAppointments: true }, { id: 9, takesLeatherAppointments: false }] as never;
    expect(lotteryApplies(trip, boutiques)).toBe(true);
    const tokyo = { city: 'Tokyo', timeZone: 'Asia/Tokyo', boutiqueIds: [9] };
    expect(lotteryApplies(tokyo, boutiques)).toBe(false);
    expect(lotteryApplies({ ...tokyo, boutiqueIds: [9, 1] }, boutiques)).toBe(true);
  });

  it('gives the Paris boutiques their street addresses (from the journal) and usual hours', () => {
    const { call } = harness();
    const stores = call('boutiques.list', undefined);
    const at = (code: string) => addressOf(stores.find((b) => b.code === code)!);
    expect(at('fsh')).toBe('24 Rue du Faubourg Saint-Honoré, 75008 Paris, France');
    expect(at('george_v')).toBe('42 Avenue George V, 75008 Paris, France');
    expect(at('sevres')).toBe('17 Rue de Sèvres, 75006 Paris, France');
    expect(hoursOf({ code: 'sevres' })).toBe('usually 10:30–19:00, Mon–Sat');
    expect(addressOf({ address: null, city: 'New York', country: 'US' })).toBe('New York, US');
    expect(hoursOf({ code: null })).toBeNull();
  });
});
