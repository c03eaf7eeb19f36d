import { describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../src/shared/api/dashboard';
import { contentHash, harness } from './helpers';

/** Monday 23 November 2026, 10:00 UTC (11:00 in Paris): the same calendar day from UTC-9 to UTC+13. */
const MONDAY = '2026-11-23T10:00:00.000Z';
const at = (iso: string) => harness({ clock: () => new Date(iso) });
type H = ReturnType<typeof at>;
const summary = (h: H): DashboardSummary => h.call('dashboard.summary', undefined);

/** Friday 4 – Wednesday 9 December 2026, with an adult and a child. */
function decemberTrip(h: H) {
  return h.call('trips.create', {
    title: 'Paris in December',
    city: 'Paris',
    startDay: '2026-12-04',
    endDay: '2026-12-09',
    hotelName: 'Le Bristol',
    companions: [
      { name: 'Anna', adult: true },
      { name: 'Léo', adult: false },
    ],
    wishlist: [
      { model: 'Kelly', priority: 1 },
      { model: 'Constance', priority: 2 },
      { model: 'Oran sandals', priority: 3, status: 'bought' },
    ],
  });
}

describe('an empty journal', () => {
  it('has nothing next and nothing waiting, and says so with zero counts', () => {
    const h = at(MONDAY);
    expect(summary(h)).toEqual({
      now: MONDAY,
      today: '2026-11-23',
      homeZone: expect.any(String),
      nextLottery: null,
      nextTrip: null,
      specialOrders: [],
      followUpsDue: [],
      followUpsDueCount: 0,
      nextFollowUp: null,
      cadenceOverdue: [],
      birthdaysThisWeek: [],
      spend: { year: 2026, totals: [], quotaBags: 0 },
      offers: {
        quota: {
          year: 2026,
          limit: 2,
          limitLabel: expect.stringContaining('not Hermès policy'),
          current: { year: 2026, offered: 0, taken: 0, declined: 0, pending: 0, bought: 0, boughtWithoutOffer: 0, counted: 0 },
        },
        lastOffer: null,
        lastBagOffer: null,
        count: 0,
      },
      wishes: { offered: [], wanted: 0 },
      collection: { pieces: 0, paid: [], today: [] },
      counts: { trips: 0, contacts: 0, purchases: 0, specialOrders: 0 },
    });
  });
});

describe('the next lottery window and the next trip', () => {
  it('weeks before the trip: the window for its first day, on the day before, not open yet', () => {
    const h = at(MONDAY);
    h.call('settings.update', { homeZone: 'America/New_York' });
    const trip = decemberTrip(h);
    const s = summary(h);
    expect(s.nextLottery).toEqual({
      tripId: trip.id,
      tripTitle: 'Paris in December',
      appointmentDay: '2026-12-04',
      applyOn: '2026-12-03',
      opensAt: '2026-12-03T10:30:00.000+01:00',
      closesAt: '2026-12-03T19:00:00.000+01:00',
      state: 'not_yet_open',
      local: {
        zone: 'America/New_York',
        applyOnLocalDay: '2026-12-03',
        opensLocal: '04:30',
        closesLocal: '13:00',
        dayShift: 0,
        closesLocalDay: '2026-12-03',
        closesDayShift: 0,
        offsetChanges: false,
      },
      // Applying on 3 December means being in France the day before the trip starts.
      beforeTripStarts: true,
      applicants: 2,
      registered: 0,
      // 5, 7, 8 and 9 December (Sunday the 6th has no window).
      laterWindows: 4,
    });
    expect(s.nextTrip).toEqual({
      id: trip.id,
      title: 'Paris in December',
      city: 'Paris',
      startDay: '2026-12-04',
      endDay: '2026-12-09',
      hotelName: 'Le Bristol',
      inProgress: false,
      daysUntil: 11,
      dayOfTrip: null,
      wanted: 2,
      travellers: 3,
      laterTrips: 0,
    });
  });

  it('during the trip, while a window is open: that window, open, with the registered requests counted', () => {
    // Friday 4 December, 13:00 in Paris.
    const h = at('2026-12-04T12:00:00.000Z');
    const trip = decemberTrip(h);
    const anna = trip.companions[0]!.id;
    const steps = { formAcceptedAt: '2026-12-04T10:40:00Z', emailReceivedAt: '2026-12-04T10:45:00Z', linkClickedAt: '2026-12-04T10:50:00Z', registeredAt: '2026-12-04T10:51:00Z' };
    h.call('attempts.create', { method: 'lottery', wantedDay: '2026-12-05', tripId: trip.id, ...steps });
    h.call('attempts.create', { method: 'lottery', wantedDay: '2026-12-05', tripId: trip.id, companionId: anna, formAcceptedAt: '2026-12-04T11:05:00Z' });
    // A registered request for another day (Friday's, made on Thursday) does not count.
    const thursday = { formAcceptedAt: '2026-12-03T10:40:00Z', emailReceivedAt: '2026-12-03T10:45:00Z', linkClickedAt: '2026-12-03T10:50:00Z', registeredAt: '2026-12-03T10:51:00Z' };
    h.call('attempts.create', { method: 'lottery', wantedDay: '2026-12-04', tripId: trip.id, ...thursday });
    const s = summary(h);
    expect(s.nextLottery).toMatchObject({
      appointmentDay: '2026-12-05',
      applyOn: '2026-12-04',
      state: 'open',
      beforeTripStarts: false,
      applicants: 2,
      registered: 1,
      laterWindows: 3,
    });
    expect(s.nextTrip).toMatchObject({ inProgress: true, daysUntil: 0, dayOfTrip: 1 });
  });

  it('after 19:00 Paris the next window is Saturday’s, for Monday; a closure the user added moves it', () => {
    // Friday 4 December, 19:30 in Paris.
    const h = at('2026-12-04T18:30:00.000Z');
    decemberTrip(h);
    expect(summary(h).nextLottery).toMatchObject({ appointmentDay: '2026-12-07', applyOn: '2026-12-05', state: 'not_yet_open' });
    // The boutiques closed on Saturday 5th: Monday's request would be made on Friday (already past), so Tuesday's is next.
    h.call('calendarOverrides.set', { day: '2026-12-05', kind: 'closed', note: 'Inventory' });
    expect(summary(h).nextLottery).toMatchObject({ appointmentDay: '2026-12-08', applyOn: '2026-12-07', laterWindows: 1 });
  });

  it('picks the earliest of several trips, counts the later ones, and ignores past trips', () => {
    const h = at(MONDAY);
    h.call('trips.create', { title: 'Autumn', city: 'Paris', startDay: '2026-09-18', endDay: '2026-09-22' });
    const spring = h.call('trips.create', { title: 'Spring', city: 'Paris', startDay: '2027-04-14', endDay: '2027-04-18' });
    const december = decemberTrip(h);
    const s = summary(h);
    expect(s.nextTrip).toMatchObject({ id: december.id, laterTrips: 1 });
    expect(s.nextLottery).toMatchObject({ tripId: december.id });
    h.call('trips.delete', { id: december.id });
    expect(summary(h).nextTrip).toMatchObject({ id: spring.id, daysUntil: 142, laterTrips: 0 });
    // Wednesday 14 April 2027: applied for on Tuesday 13th.
    expect(summary(h).nextLottery).toMatchObject({ tripId: spring.id, appointmentDay: '2027-04-14', applyOn: '2027-04-13' });
  });

  it('a trip on a holiday only has no window; a trip that is over is not next', () => {
    const h = at(MONDAY);
    h.call('trips.create', { title: 'Christmas day', city: 'Paris', startDay: '2026-12-25', endDay: '2026-12-25' });
    const s = summary(h);
    expect(s.nextLottery).toBeNull();
    expect(s.nextTrip).toMatchObject({ title: 'Christmas day', daysUntil: 32 });
    const later = at('2026-12-26T10:00:00.000Z');
    later.call('trips.create', { title: 'Christmas day', city: 'Paris', startDay: '2026-12-25', endDay: '2026-12-25' });
    expect(summary(later).nextTrip).toBeNull();
  });

  it('shows the window on the home-zone clock, a day later in Tokyo at closing', () => {
    const h = at(MONDAY);
    h.call('settings.update', { homeZone: 'Asia/Tokyo' });
    decemberTrip(h);
    expect(summary(h).nextLottery!.local).toMatchObject({
      zone: 'Asia/Tokyo',
      applyOnLocalDay: '2026-12-03',
      opensLocal: '18:30',
      closesLocal: '03:00',
      closesLocalDay: '2026-12-04',
      closesDayShift: 1,
    });
  });
});

describe('special orders waiting', () => {
  it('lists the orders still in play: an arrived bag first, then the longest waits, with days waited', () => {
    const h = at(MONDAY);
    const offered = h.call('specialOrders.create', { model: 'Constance', boutiqueId: 2, history: [{ status: 'offered', day: '2026-11-01' }] });
    const waiting = h.call('specialOrders.create', {
      model: 'Kelly',
      size: '25',
      boutiqueId: 1,
      expectedFrom: '2026-09-01',
      expectedTo: '2027-03-01',
      history: [
        { status: 'offered', day: '2026-01-05' },
        { status: 'placed', day: '2026-01-10' },
        { status: 'waiting', day: '2026-02-01' },
      ],
    });
    const arrived = h.call('specialOrders.create', {
      model: 'Birkin',
      size: '30',
      history: [
        { status: 'placed', day: '2025-11-01' },
        { status: 'arrived', day: '2026-11-01' },
      ],
    });
    h.call('specialOrders.create', { model: 'Lindy', history: [{ status: 'offered', day: '2026-01-01' }, { status: 'cancelled', day: '2026-02-01' }] });
    const accepted = h.call('specialOrders.create', { model: 'Picotin', history: [{ status: 'placed', day: '2025-01-01' }, { status: 'arrived', day: '2025-06-01' }] });
    h.call('specialOrders.decide', { id: accepted.id, decision: 'accepted', day: '2025-06-02', reasons: 'Perfect.', priceMinor: 300_000, currency: 'EUR' });

    const s = summary(h);
    expect(s.specialOrders).toEqual([
      {
        id: arrived.id,
        model: 'Birkin',
        size: '30',
        status: 'arrived',
        boutiqueName: null,
        offeredOn: null,
        placedOn: '2025-11-01',
        arrivedOn: '2026-11-01',
        daysWaited: 365,
        expectedFrom: null,
        expectedTo: null,
        rangePosition: null,
      },
      {
        id: waiting.id,
        model: 'Kelly',
        size: '25',
        status: 'waiting',
        boutiqueName: 'Faubourg Saint-Honoré',
        offeredOn: '2026-01-05',
        placedOn: '2026-01-10',
        arrivedOn: null,
        daysWaited: 317,
        expectedFrom: '2026-09-01',
        expectedTo: '2027-03-01',
        rangePosition: 'within',
      },
      {
        id: offered.id,
        model: 'Constance',
        size: null,
        status: 'offered',
        boutiqueName: 'George V',
        offeredOn: '2026-11-01',
        placedOn: null,
        arrivedOn: null,
        daysWaited: null,
        expectedFrom: null,
        expectedTo: null,
        rangePosition: null,
      },
    ]);
    expect(s.counts.specialOrders).toBe(5);
  });
});

describe('contact follow-ups', () => {
  it('lists follow-ups due today or earlier, oldest first, with days overdue and the last contact; then the next one', () => {
    const h = at(MONDAY);
    const camille = h.call('contacts.create', { name: 'Camille', boutiqueId: 3, followUpOn: '2026-11-20' });
    h.call('interactions.create', { contactId: camille.id, day: '2026-10-02', kind: 'messaged', summary: 'Asked about the Kelly.' });
    h.call('interactions.create', { contactId: camille.id, day: '2026-11-02', kind: 'called', summary: 'No news yet.' });
    const marc = h.call('contacts.create', { name: 'Marc', role: 'concierge', followUpOn: '2026-11-23' });
    const zoe = h.call('contacts.create', { name: 'Zoé', followUpOn: '2026-11-30' });
    h.call('contacts.create', { name: 'Anne', followUpOn: '2026-12-15' });
    h.call('contacts.create', { name: 'No follow-up' });
    const s = summary(h);
    expect(s.followUpsDue).toEqual([
      { id: camille.id, name: 'Camille', role: 'sa', boutiqueName: 'Sèvres', followUpOn: '2026-11-20', daysOverdue: 3, lastInteractionDay: '2026-11-02', reason: 'explicit' },
      { id: marc.id, name: 'Marc', role: 'concierge', boutiqueName: null, followUpOn: '2026-11-23', daysOverdue: 0, lastInteractionDay: null, reason: 'explicit' },
    ]);
    expect(s.followUpsDueCount).toBe(2);
    expect(s.nextFollowUp).toEqual({ id: zoe.id, name: 'Zoé', followUpOn: '2026-11-30' });
    expect(s.counts.contacts).toBe(5);
  });

  it('shows at most eight, and counts them all', () => {
    const h = at(MONDAY);
    for (let i = 0; i < 11; i++) h.call('contacts.create', { name: `SA ${String(i).padStart(2, '0')}`, followUpOn: '2026-11-01' });
    const s = summary(h);
    expect(s.followUpsDue.map((f) => f.name)).toEqual(['SA 00', 'SA 01', 'SA 02', 'SA 03', 'SA 04', 'SA 05', 'SA 06', 'SA 07']);
    expect(s.followUpsDueCount).toBe(11);
  });
});

describe("this year's spend", () => {
  it('totals this calendar year per currency, never across currencies, and counts quota bags', () => {
    const h = at(MONDAY);
    const eur = (day: string, items: { category: 'bag' | 'shoes' | 'scarves'; description: string; priceMinor: number; quota?: boolean }[]) =>
      h.call('purchases.create', { day, currency: 'EUR', items });
    eur('2026-01-01', [
      { category: 'shoes', description: 'Oran sandals', priceMinor: 72_000 },
      { category: 'scarves', description: 'Twilly', priceMinor: 20_500 },
    ]);
    eur('2026-12-31', [{ category: 'bag', description: 'Kelly 28', priceMinor: 1_000_000, quota: true }]);
    eur('2026-06-01', [{ category: 'bag', description: 'Lindy 26', priceMinor: 800_000, quota: false }]);
    eur('2025-12-31', [{ category: 'bag', description: 'Birkin 30', priceMinor: 1_100_000, quota: true }]);
    h.call('purchases.create', { day: '2026-03-03', currency: 'USD', items: [{ category: 'scarves', description: 'Carré', priceMinor: 59_500 }] });
    h.call('purchases.create', { day: '2027-01-01', currency: 'JPY', items: [{ category: 'scarves', description: 'Carré', priceMinor: 88_000 }] });
    expect(summary(h).spend).toEqual({
      year: 2026,
      totals: [
        { currency: 'EUR', totalMinor: 1_892_500, purchases: 3 },
        { currency: 'USD', totalMinor: 59_500, purchases: 1 },
      ],
      quotaBags: 1,
    });
    expect(summary(h).counts.purchases).toBe(6);
  });
});

describe('offers and the quota year', () => {
  it('gives the quota year exactly as profile.quota does, and the latest offer and bag offer with days since', () => {
    const h = at(MONDAY);
    const fsh = h.call('boutiques.list', undefined).find((b) => b.name.includes('Faubourg'))!;
    // A quota bag offered on 31 Dec 2025 at 23:30 in Paris counts in 2025, not 2026.
    h.call('offers.create', { day: '2025-12-31', time: '23:30', boutiqueId: fsh.id, source: 'sa_call', model: 'Birkin', size: '30', quota: true });
    const kelly = h.call('offers.create', {
      day: '2026-03-10',
      boutiqueId: fsh.id,
      source: 'appointment',
      model: 'Kelly',
      size: '25',
      leather: 'Epsom',
      colour: 'Gold',
      hardware: 'gold hardware',
      quota: true,
      decision: 'taken',
      take: { priceMinor: 1_010_000, currency: 'EUR' },
    });
    const birkin = h.call('offers.create', { day: '2026-09-02', source: 'sa_call', model: 'Birkin', size: '25', quota: true });
    h.call('offers.decide', { id: birkin.id, decision: 'declined', day: '2026-09-03', reason: 'Not the colour' });
    // A quota bag bought without a recorded offer counts too; a later non-bag offer is the last offer.
    h.call('purchases.create', { day: '2026-05-05', currency: 'EUR', items: [{ category: 'bag', description: 'Kelly 28', priceMinor: 1_000_000, quota: true }] });
    const belt = h.call('offers.create', { day: '2026-11-13', boutiqueId: fsh.id, source: 'walk_in', category: 'small_leather_goods', model: 'Kelly belt' });

    const { offers } = summary(h);
    const profile = h.call('profile.quota', undefined);
    expect(offers.quota).toEqual({ year: profile.currentYear, limit: profile.limit, limitLabel: profile.limitLabel, current: profile.current });
    expect(offers.quota.current).toEqual({ year: 2026, offered: 2, taken: 1, declined: 1, pending: 0, bought: 2, boughtWithoutOffer: 1, counted: 3 });
    expect(offers.lastOffer).toEqual({ id: belt.id, day: '2026-11-13', label: 'Kelly belt', boutiqueName: fsh.name, decision: 'pending', daysSince: 10 });
    expect(offers.lastBagOffer).toEqual({ id: birkin.id, day: '2026-09-02', label: 'Birkin 25', boutiqueName: null, decision: 'declined', daysSince: 82 });
    expect(offers.count).toBe(4);
    // Deleting the belt offer: the bag offer is the last offer again.
    h.call('offers.delete', { id: belt.id });
    expect(summary(h).offers.lastOffer).toMatchObject({ id: birkin.id, daysSince: 82 });
    expect(summary(h).offers.lastBagOffer?.label).toBe('Birkin 25');
    expect(h.call('offers.get', { id: kelly.id }).purchaseId).not.toBeNull();
  });

  it('counts the quota year in Paris time: at 23:30 on 31 Dec in Paris it is still that year', () => {
    const h = at('2026-12-31T22:30:00.000Z');
    h.call('offers.create', { day: '2026-12-31', time: '23:15', source: 'sa_call', model: 'Kelly', quota: true });
    expect(summary(h).offers.quota).toMatchObject({ year: 2026, current: { year: 2026, offered: 1, counted: 1 } });
    const after = at('2026-12-31T23:30:00.000Z');
    expect(summary(after).offers.quota.year).toBe(2027);
  });
});

describe('the channel', () => {
  it('takes no input (or an empty object), refuses anything else, and writes nothing', () => {
    const h = at(MONDAY);
    decemberTrip(h);
    const before = contentHash(h.journal);
    expect(h.call('dashboard.summary', {})).toEqual(summary(h));
    expect(h.fail('dashboard.summary', { year: 2025 })).toMatchObject({ code: 'invalid_input', message: 'Unknown field: year.' });
    expect(h.fail('dashboard.summary', 'now').code).toBe('invalid_input');
    expect(contentHash(h.journal)).toBe(before);
  });
});

describe('the wishlist and the collection on the dashboard', () => {
  it('lists a wish an open offer answers, counts the wishes still wanted, and sums the collection per currency', () => {
    const h = harness({ clock: () => new Date('2026-12-02T10:00:00.000Z') });
    const wish = h.call('wishlist.create', { model: 'Kelly', size: '25', exteriorColour: 'Gold', priority: 1 });
    h.call('wishlist.create', { model: 'Birkin', priority: 2 });
    const offer = h.call('offers.create', { day: '2026-11-30', source: 'sa_call', category: 'bag', model: 'Kelly', size: '25', wishId: wish.id });
    h.call('collection.create', { category: 'bag', model: 'Picotin', provenance: 'gift', priceMinor: 300_000, currency: 'EUR' });
    h.call('collection.create', { category: 'bag', model: 'Lindy', provenance: 'gift', priceMinor: 700_000, currency: 'EUR' });
    h.call('collection.create', { category: 'bag', model: 'Evelyne', provenance: 'gift', priceMinor: 250_000, currency: 'USD' });
    const s = h.call('dashboard.summary', undefined);
    expect(s.wishes).toEqual({ offered: [{ wishId: wish.id, wish: 'Kelly 25, exterior Gold', offerId: offer.id, offerDay: '2026-11-30', boutiqueName: null, daysSince: 2 }], wanted: 1 });
    expect(s.collection.pieces).toBe(3);
    expect(s.collection.paid).toEqual(expect.arrayContaining([{ currency: 'EUR', totalMinor: 1_000_000, count: 2 }, { currency: 'USD', totalMinor: 250_000, count: 1 }]));
    h.call('offers.take', { id: offer.id, priceMinor: 1_040_000, currency: 'EUR' });
    const after = h.call('dashboard.summary', undefined);
    expect(after.wishes.offered).toEqual([]);
    expect(after.collection.pieces).toBe(4);
  });
});
