import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEvent } from '../../src/shared/api/calendar';
import { contentHash, harness } from './helpers';

const december = {
  title: 'Paris in December',
  city: 'Paris',
  startDay: '2026-12-07', // a Monday
  endDay: '2026-12-09',
  timeZone: 'Europe/Paris',
};

/** The journal's clock, pinned after the December trip: its special-order steps have happened. */
let clockAt = '2026-12-20T10:00:00.000Z';
const clock = () => new Date(clockAt);
beforeEach(() => {
  clockAt = '2026-12-20T10:00:00.000Z';
});

const ids = (events: CalendarEvent[]) => events.map((e) => e.id);
const ofKind = (events: CalendarEvent[], kind: CalendarEvent['kind']) => events.filter((e) => e.kind === kind);

describe('calendar.range: trips', () => {
  it('answers nothing for an empty journal', () => {
    const { call } = harness({ clock });
    expect(call('calendar.range', { from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
  });

  it('returns a trip as an all-day span with its record link, days included at both ends', () => {
    const { call } = harness({ clock });
    const trip = call('trips.create', { ...december, hotelName: 'Le Bristol' });
    const all = call('calendar.range', { from: '2026-12-01', to: '2026-12-31', kinds: ['trip'] });
    expect(all).toEqual([
      {
        id: `trip:${trip.id}`,
        kind: 'trip',
        title: 'Paris in December',
        shortTitle: 'Paris in December',
        detail: 'Paris · Le Bristol',
        start: '2026-12-07',
        end: '2026-12-09',
        allDay: true,
        zone: 'Europe/Paris',
        muted: false,
        link: { screen: 'trips', id: trip.id },
      },
    ]);
    const inRange = (from: string, to: string) => ids(call('calendar.range', { from, to, kinds: ['trip'] }));
    expect(inRange('2026-12-09', '2026-12-20')).toEqual([`trip:${trip.id}`]); // last day
    expect(inRange('2026-12-10', '2026-12-20')).toEqual([]); // the day after
    expect(inRange('2026-11-20', '2026-12-07')).toEqual([`trip:${trip.id}`]); // first day
    expect(inRange('2026-11-20', '2026-12-06')).toEqual([]); // the day before
    expect(inRange('2026-12-08', '2026-12-08')).toEqual([`trip:${trip.id}`]); // one day inside
  });

  it('includes a long trip that covers the whole range, with its own start and end', () => {
    const { call } = harness({ clock });
    call('trips.create', { ...december, title: 'Winter', startDay: '2026-11-20', endDay: '2027-01-10' });
    const [event] = call('calendar.range', { from: '2026-12-01', to: '2026-12-07', kinds: ['trip'] });
    expect(event).toMatchObject({ title: 'Winter', start: '2026-11-20', end: '2027-01-10', allDay: true });
  });

  it("gives a trip elsewhere its own zone", () => {
    const { call } = harness({ clock });
    call('trips.create', { ...december, title: 'Tokyo', city: 'Tokyo', timeZone: 'Asia/Tokyo' });
    expect(call('calendar.range', { from: '2026-12-01', to: '2026-12-31', kinds: ['trip'] })[0]?.zone).toBe('Asia/Tokyo');
  });
});

describe('calendar.range: lottery windows derived from the trip days', () => {
  it('places the window for each day of the trip on the latest open day before it, 10:30–19:00 Paris', () => {
    const { call } = harness({ clock });
    const trip = call('trips.create', { ...december, companions: [{ name: 'Anna', adult: true }, { name: 'Léo', adult: false }] });
    const windows = ofKind(call('calendar.range', { from: '2026-12-01', to: '2026-12-31' }), 'lottery');
    expect(windows).toEqual([
      {
        id: `lottery:${trip.id}:2026-12-07`,
        kind: 'lottery',
        title: 'Lottery: apply for Mon 7 Dec',
        shortTitle: 'for Mon 7',
        detail: 'Paris in December · 2 adults can apply',
        // Monday's window is on Saturday (Sunday is closed): 10:30–19:00 Paris = 09:30–18:00 UTC.
        start: '2026-12-05T09:30:00.000Z',
        end: '2026-12-05T18:00:00.000Z',
        allDay: false,
        zone: 'Europe/Paris',
        muted: false,
        link: { screen: 'trips', id: trip.id },
      },
      expect.objectContaining({ id: `lottery:${trip.id}:2026-12-08`, start: '2026-12-07T09:30:00.000Z', end: '2026-12-07T18:00:00.000Z' }),
      expect.objectContaining({ id: `lottery:${trip.id}:2026-12-09`, start: '2026-12-08T09:30:00.000Z', title: 'Lottery: apply for Wed 9 Dec' }),
    ]);
  });

  it("finds the first day's window before the trip begins, in a range that ends before the trip", () => {
    const { call } = harness({ clock });
    const trip = call('trips.create', december);
    expect(ids(call('calendar.range', { from: '2026-12-05', to: '2026-12-05' }))).toEqual([`lottery:${trip.id}:2026-12-07`]);
    expect(ids(call('calendar.range', { from: '2026-12-06', to: '2026-12-06' }))).toEqual([]);
  });

  it("follows the user's closures and open days", () => {
    const { call } = harness({ clock });
    const trip = call('trips.create', december);
    call('calendarOverrides.set', { day: '2026-12-05', kind: 'closed', note: 'Inventory' });
    const closed = ofKind(call('calendar.range', { from: '2026-12-01', to: '2026-12-31' }), 'lottery');
    // Saturday closed: Monday's window moves back to Friday 4 December.
    expect(closed.find((w) => w.id === `lottery:${trip.id}:2026-12-07`)?.start).toBe('2026-12-04T09:30:00.000Z');

    call('calendarOverrides.delete', { day: '2026-12-05' });
    call('calendarOverrides.set', { day: '2026-12-06', kind: 'open', note: 'Christmas Sunday opening' });
    const open = ofKind(call('calendar.range', { from: '2026-12-01', to: '2026-12-31' }), 'lottery');
    expect(open.find((w) => w.id === `lottery:${trip.id}:2026-12-07`)?.start).toBe('2026-12-06T09:30:00.000Z');

    // A closed trip day has no window at all.
    call('calendarOverrides.set', { day: '2026-12-08', kind: 'closed', note: null });
    const withClosedDay = ids(ofKind(call('calendar.range', { from: '2026-12-01', to: '2026-12-31' }), 'lottery'));
    expect(withClosedDay).toEqual([`lottery:${trip.id}:2026-12-07`, `lottery:${trip.id}:2026-12-09`]);
  });

  it('skips Sundays and public holidays of the trip, and moves the window over them', () => {
    const { call } = harness({ clock });
    const trip = call('trips.create', { ...december, startDay: '2026-12-24', endDay: '2026-12-28' });
    const windows = ofKind(call('calendar.range', { from: '2026-12-20', to: '2027-01-05' }), 'lottery');
    // 25 Dec (holiday) and 27 Dec (Sunday) cannot be booked; 26 Dec is applied for on 24 Dec,
    // 28 Dec on Saturday 26 Dec.
    expect(windows.map((w) => [w.id, w.start])).toEqual([
      [`lottery:${trip.id}:2026-12-24`, '2026-12-23T09:30:00.000Z'],
      [`lottery:${trip.id}:2026-12-26`, '2026-12-24T09:30:00.000Z'],
      [`lottery:${trip.id}:2026-12-28`, '2026-12-26T09:30:00.000Z'],
    ]);
  });

  it('keeps 10:30 Paris across the March clock change', () => {
    const { call } = harness({ clock });
    call('trips.create', { ...december, startDay: '2026-03-30', endDay: '2026-03-31' });
    const windows = ofKind(call('calendar.range', { from: '2026-03-25', to: '2026-03-31' }), 'lottery');
    expect(windows.map((w) => [w.start, w.end])).toEqual([
      ['2026-03-28T09:30:00.000Z', '2026-03-28T18:00:00.000Z'], // Saturday, UTC+1
      ['2026-03-30T08:30:00.000Z', '2026-03-30T17:00:00.000Z'], // Monday, UTC+2
    ]);
  });

  it('reads the range in the zone the calendar is shown in', () => {
    const { call } = harness({ clock });
    const trip = call('trips.create', december);
    const monday = `lottery:${trip.id}:2026-12-07`;
    const on = (day: string, zone: string) => ids(call('calendar.range', { from: day, to: day, zone, kinds: ['lottery'] }));
    // Saturday 10:30–19:00 Paris is Saturday 18:30 – Sunday 03:00 in Tokyo…
    expect(on('2026-12-05', 'Asia/Tokyo')).toContain(monday);
    expect(on('2026-12-06', 'Asia/Tokyo')).toContain(monday);
    expect(on('2026-12-06', 'Europe/Paris')).not.toContain(monday);
    // …and Friday 23:30 – Saturday 08:00 in Honolulu.
    expect(on('2026-12-04', 'Pacific/Honolulu')).toContain(monday);
    expect(on('2026-12-03', 'Pacific/Honolulu')).not.toContain(monday);
    // The instants do not change with the zone.
    const tokyo = call('calendar.range', { from: '2026-12-05', to: '2026-12-05', zone: 'Asia/Tokyo', kinds: ['lottery'] });
    expect(tokyo.find((e) => e.id === monday)?.start).toBe('2026-12-05T09:30:00.000Z');
  });

  it('derives no windows for a trip outside France', () => {
    const { call } = harness({ clock });
    call('trips.create', { ...december, city: 'New York', timeZone: 'America/New_York' });
    expect(ofKind(call('calendar.range', { from: '2026-12-01', to: '2026-12-31' }), 'lottery')).toEqual([]);
  });
});

describe('calendar.range: attempts, purchases, follow-ups, special orders, reminders', () => {
  function seed() {
    const h = harness({ clock });
    const { call } = h;
    const [fsh, , sevres] = call('boutiques.list', undefined);
    const trip = call('trips.create', { ...december, companions: [{ name: 'Anna', adult: true }] });
    const anna = trip.companions[0]!;
    const granted = call('attempts.create', {
      method: 'lottery',
      wantedDay: '2026-12-07',
      boutiqueId: fsh!.id,
      tripId: trip.id,
      result: 'granted',
      appointmentAt: '2026-12-07T10:30:00+01:00',
    });
    const pending = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-08', tripId: trip.id, companionId: anna.id });
    const walkIn = call('attempts.create', { method: 'walk_in', wantedDay: '2026-12-09', boutiqueId: sevres!.id, tripId: trip.id });
    const lost = call('attempts.create', { method: 'lottery', wantedDay: '2026-12-09', tripId: trip.id, result: 'not_granted' });
    const sa = call('contacts.create', { name: 'Claire', role: 'sa', boutiqueId: fsh!.id, followUpOn: '2026-12-15' });
    const purchase = call('purchases.create', {
      day: '2026-12-08',
      boutiqueId: fsh!.id,
      contactId: sa.id,
      tripId: trip.id,
      currency: 'EUR',
      items: [
        { category: 'shoes', description: 'Oran sandals', priceMinor: 72000 },
        { category: 'scarves', description: 'Carré 90', priceMinor: 52000 },
      ],
    });
    const order = call('specialOrders.create', {
      boutiqueId: fsh!.id,
      contactId: sa.id,
      model: 'Kelly',
      size: '25',
      exteriorLeather: 'Epsom',
      exteriorColour: 'Gold',
      expectedFrom: '2027-09-01',
      expectedTo: '2027-12-31',
      history: [
        { status: 'offered', day: '2026-12-08', note: null },
        { status: 'placed', day: '2026-12-09', note: 'Chose gold hardware' },
      ],
    });
    const note = call('notes.create', {
      subjectType: 'special_order',
      subjectId: order.id,
      day: '2026-12-09',
      kind: 'advice',
      body: 'Wait until you see the bag before deciding anything.',
      resurfaceOn: '2027-09-01',
    });
    return { ...h, fsh: fsh!, trip, anna, granted, pending, walkIn, lost, sa, purchase, order, note };
  }

  it('shows a granted appointment at its time, in Paris, and other attempts as all-day on the day wanted', () => {
    const { call, granted, pending, walkIn, lost } = seed();
    const events = call('calendar.range', { from: '2026-12-07', to: '2026-12-09', kinds: ['appointment', 'walk_in'] });
    expect(events).toEqual([
      {
        id: `attempt:${granted.id}`,
        kind: 'appointment',
        title: 'Appointment at FSH',
        shortTitle: 'FSH',
        detail: 'online lottery',
        start: '2026-12-07T09:30:00.000Z',
        end: '2026-12-07T10:30:00.000Z',
        allDay: false,
        zone: 'Europe/Paris',
        muted: false,
        link: { screen: 'appointments', id: granted.id },
      },
      {
        id: `attempt:${pending.id}`,
        kind: 'appointment',
        title: 'Lottery request · no preference',
        shortTitle: 'Request',
        detail: 'Pending · for Anna',
        start: '2026-12-08',
        end: '2026-12-08',
        allDay: true,
        zone: 'Europe/Paris',
        muted: false,
        link: { screen: 'appointments', id: pending.id },
      },
      expect.objectContaining({ id: `attempt:${lost.id}`, kind: 'appointment', start: '2026-12-09', detail: 'Not granted', muted: true }),
      expect.objectContaining({ id: `attempt:${walkIn.id}`, kind: 'walk_in', title: 'Walk-in at Sèvres', detail: 'Planned', allDay: true, start: '2026-12-09' }),
    ]);
    // Kinds filter each other out.
    expect(ids(call('calendar.range', { from: '2026-12-07', to: '2026-12-09', kinds: ['walk_in'] }))).toEqual([`attempt:${walkIn.id}`]);
  });

  it('finds a timed appointment by the local day of the zone shown', () => {
    const { call, granted } = seed();
    const on = (day: string, zone: string) => ids(call('calendar.range', { from: day, to: day, zone, kinds: ['appointment'] }));
    // 10:30 Paris is 04:30 in New York the same day, 18:30 in Tokyo the same day.
    expect(on('2026-12-07', 'America/New_York')).toContain(`attempt:${granted.id}`);
    expect(on('2026-12-06', 'America/New_York')).not.toContain(`attempt:${granted.id}`);
    expect(on('2026-12-08', 'Asia/Tokyo')).not.toContain(`attempt:${granted.id}`);
    // Moved to 23:30 Paris it runs past midnight, so it is also on the next Paris day.
    call('attempts.update', { id: granted.id, appointmentAt: '2026-12-07T23:30:00+01:00' });
    expect(on('2026-12-08', 'Europe/Paris')).toContain(`attempt:${granted.id}`);
    const moved = call('calendar.range', { from: '2026-12-07', to: '2026-12-07', kinds: ['appointment'] }).find((e) => e.id === `attempt:${granted.id}`);
    expect(moved).toMatchObject({ start: '2026-12-07T22:30:00.000Z', end: '2026-12-07T23:30:00.000Z', detail: 'online lottery · time moved' });
  });

  it('shows purchases with their items and total, follow-ups, special-order steps and note reminders', () => {
    const { call, purchase, sa, order, note } = seed();
    const december = call('calendar.range', { from: '2026-12-01', to: '2026-12-31', kinds: ['purchase', 'follow_up', 'special_order', 'reminder'] });
    expect(december).toEqual([
      {
        id: `purchase:${purchase.id}`,
        kind: 'purchase',
        title: 'Oran sandals + 1 more',
        shortTitle: 'Oran sandals + 1 more',
        detail: 'at FSH · with Claire · €1,240.00',
        start: '2026-12-08',
        end: '2026-12-08',
        allDay: true,
        zone: 'Europe/Paris',
        muted: false,
        link: { screen: 'purchases', id: purchase.id },
      },
      expect.objectContaining({ kind: 'special_order', title: 'Kelly 25 · offered', start: '2026-12-08', detail: 'Gold Epsom · FSH', link: { screen: 'special-orders', id: order.id } }),
      expect.objectContaining({ kind: 'special_order', title: 'Kelly 25 · placed', start: '2026-12-09', detail: 'Gold Epsom · FSH · Chose gold hardware' }),
      {
        id: `follow-up:${sa.id}`,
        kind: 'follow_up',
        title: 'Follow up with Claire',
        shortTitle: 'Follow up: Claire',
        detail: 'SA · FSH',
        start: '2026-12-15',
        end: '2026-12-15',
        allDay: true,
        zone: null,
        muted: false,
        link: { screen: 'contacts', id: sa.id },
      },
    ]);

    const september = call('calendar.range', { from: '2027-09-01', to: '2027-09-30' });
    expect(september).toEqual([
      expect.objectContaining({ id: `order-expected:${order.id}`, kind: 'special_order', title: 'Kelly 25 expected', start: '2027-09-01', end: '2027-12-31', allDay: true }),
      {
        id: `reminder:${note.id}`,
        kind: 'reminder',
        title: 'Re-read: Wait until you see the bag before deciding anything.',
        shortTitle: 'Re-read: Wait until you see the bag before deciding anything.',
        detail: 'Advice to self · on Kelly 25',
        start: '2027-09-01',
        end: '2027-09-01',
        allDay: true,
        zone: null,
        muted: false,
        link: { screen: 'special-orders', id: order.id },
      },
    ]);
    // The expected range overlaps a range that starts inside it.
    expect(ids(call('calendar.range', { from: '2027-12-31', to: '2028-01-31', kinds: ['special_order'] }))).toEqual([`order-expected:${order.id}`]);
    expect(ids(call('calendar.range', { from: '2028-01-01', to: '2028-01-31', kinds: ['special_order'] }))).toEqual([]);
  });

  it('drops the expected range once the bag has arrived', () => {
    const { call, order } = seed();
    clockAt = '2027-10-05T10:00:00.000Z'; // recorded once the bag was in
    call('specialOrders.addEvent', { orderId: order.id, status: 'arrived', day: '2027-10-02', note: null });
    const autumn = call('calendar.range', { from: '2027-09-01', to: '2027-10-31', kinds: ['special_order'] });
    expect(autumn.map((e) => [e.id.split(':')[0], e.title, e.start])).toEqual([['order-step', 'Kelly 25 · arrived', '2027-10-02']]);
  });

  it('orders a day with all-day events first, then timed ones by time', () => {
    const { call, trip, granted } = seed();
    const monday = () => ids(call('calendar.range', { from: '2026-12-07', to: '2026-12-07' }));
    // The appointment (10:30 Paris) and Tuesday's window (10:30 Paris) start together: kind order decides.
    expect(monday()).toEqual([`trip:${trip.id}`, `lottery:${trip.id}:2026-12-08`, `attempt:${granted.id}`]);
    call('attempts.update', { id: granted.id, appointmentAt: '2026-12-07T09:45:00+01:00' });
    expect(monday()).toEqual([`trip:${trip.id}`, `attempt:${granted.id}`, `lottery:${trip.id}:2026-12-08`]);
  });

  it('reads each kind with one query, however many records there are', () => {
    const few = seed();
    const many = seed();
    for (let i = 0; i < 20; i++) {
      many.call('trips.create', { ...december, title: `Trip ${i}` });
      many.call('attempts.create', { method: 'walk_in', wantedDay: '2026-12-08' });
      many.call('purchases.create', { day: '2026-12-08', currency: 'EUR', items: [{ category: 'home', description: `Plate ${i}`, priceMinor: 100 }] });
      many.call('contacts.create', { name: `SA ${i}`, followUpOn: '2026-12-10' });
    }
    const count = (h: ReturnType<typeof seed>) => {
      const all = vi.spyOn(h.journal, 'all');
      const first = vi.spyOn(h.journal, 'first');
      const events = h.call('calendar.range', { from: '2026-12-01', to: '2026-12-31' });
      const n = all.mock.calls.length + first.mock.calls.length;
      all.mockRestore();
      first.mockRestore();
      return { n, events: events.length };
    };
    const a = count(few);
    const b = count(many);
    expect(b.events).toBeGreaterThan(a.events + 80);
    expect(b.n).toBe(a.n);
  });
});

describe('calendar.range: bad input', () => {
  it.each([
    [{ from: '2026-12-10', to: '2026-12-01' }, ['to'], 'The end of the range must be on or after its start.'],
    [{ from: '2026-01-01', to: '2027-12-31' }, ['to'], 'A calendar range covers at most 400 days.'],
    [{ from: '2026-02-30', to: '2026-03-01' }, ['from'], 'Enter a real calendar day like 2026-12-07.'],
    [{ from: '2026-12-01', to: '2026-12-31', kinds: ['birthday'] }, ['kinds', 0], 'Choose kinds among trip, lottery, appointment, walk_in, visit, purchase, follow_up, special_order, reminder.'],
    [{ from: '2026-12-01', to: '2026-12-31', zone: 'Mars/Olympus' }, ['zone'], 'Choose a time zone from the list, like Europe/Paris.'],
  ])('refuses %j on %j', (input, path, message) => {
    const { journal, call, fail } = harness({ clock });
    call('trips.create', december);
    const before = contentHash(journal);
    const error = fail('calendar.range', input);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    expect(contentHash(journal)).toBe(before);
  });

  it('refuses unknown fields and a missing range', () => {
    const { fail } = harness({ clock });
    expect(fail('calendar.range', { from: '2026-12-01', to: '2026-12-31', trips: true }).code).toBe('invalid_input');
    expect(fail('calendar.range', undefined).code).toBe('invalid_input');
    expect(fail('calendar.range', { from: '2026-12-01' }).issues?.[0]?.path).toEqual(['to']);
  });

  it('accepts a range of exactly 400 days', () => {
    const { call } = harness({ clock });
    expect(call('calendar.range', { from: '2026-01-01', to: '2027-02-04' })).toEqual([]);
  });
});
