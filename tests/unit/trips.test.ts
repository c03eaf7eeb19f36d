import { describe, expect, it } from 'vitest';
import { contentHash, harness } from './helpers';

const paris = {
  title: 'Paris in December',
  city: 'Paris',
  startDay: '2026-12-05',
  endDay: '2026-12-09',
  timeZone: 'Europe/Paris',
};

describe('trips', () => {
  it('creates a trip with companions, boutiques and a wishlist, and reads it back', () => {
    const { call } = harness();
    const boutiques = call('boutiques.list', undefined);
    const trip = call('trips.create', {
      ...paris,
      hotelName: 'Le Bristol',
      hotelConcierge: 'Marc, +33 1 53 43 43 00',
      companions: [{ name: 'Anna', adult: true }, { name: 'Léo', adult: false }],
      boutiqueIds: [boutiques[0]!.id, boutiques[2]!.id],
      wishlist: [{ model: 'Kelly', size: '25', leather: 'Epsom', colour: 'Gold', hardware: 'GHW', priority: 1 }],
    });
    expect(trip.id).toBeGreaterThan(0);
    expect(trip.companions.map((c) => [c.name, c.adult])).toEqual([['Anna', true], ['Léo', false]]);
    expect(trip.boutiqueIds).toEqual([boutiques[0]!.id, boutiques[2]!.id]);
    expect(trip.wishlist[0]).toMatchObject({ model: 'Kelly', priority: 1, status: 'wanted' });
    expect(call('trips.get', { id: trip.id })).toEqual(trip);
  });

  it('refuses an end day before the start day, on the endDay field, and writes nothing', () => {
    const { journal, fail } = harness();
    const before = contentHash(journal);
    const error = fail('trips.create', { ...paris, endDay: '2026-12-01' });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['endDay'], message: 'The end day must be on or after the start day.' }]);
    expect(contentHash(journal)).toBe(before);
  });

  it('refuses days that do not exist', () => {
    const { fail } = harness();
    const error = fail('trips.create', { ...paris, startDay: '2027-02-29', endDay: '2027-03-01' });
    expect(error.issues?.[0]).toEqual({ path: ['startDay'], message: 'Enter a real calendar day like 2026-12-07.' });
  });

  it('updates part of a trip, keeps companion ids for kept companions, and checks the days against the stored ones', () => {
    const { call, fail } = harness();
    const trip = call('trips.create', { ...paris, companions: [{ name: 'Anna', adult: true }] });
    const anna = trip.companions[0]!;
    const updated = call('trips.update', { id: trip.id, title: 'Paris, winter', companions: [{ id: anna.id, name: 'Anna M.', adult: true }, { name: 'Sam', adult: true }] });
    expect(updated.title).toBe('Paris, winter');
    expect(updated.city).toBe('Paris');
    expect(updated.companions[0]).toEqual({ id: anna.id, name: 'Anna M.', adult: true });
    expect(updated.companions).toHaveLength(2);
    const error = fail('trips.update', { id: trip.id, endDay: '2026-12-01' });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toEqual(['endDay']);
  });

  it('lists trips overlapping a range, newest first, and finds them by words', () => {
    const { call } = harness();
    call('trips.create', { ...paris, title: 'Autumn', startDay: '2026-10-01', endDay: '2026-10-04' });
    call('trips.create', paris);
    call('trips.create', { ...paris, title: 'Tokyo', city: 'Tokyo', timeZone: 'Asia/Tokyo', startDay: '2027-03-01', endDay: '2027-03-05' });
    expect(call('trips.list', { from: '2026-12-09', to: '2026-12-31' }).map((t) => t.title)).toEqual(['Paris in December']);
    expect(call('trips.list', undefined).map((t) => t.title)).toEqual(['Tokyo', 'Paris in December', 'Autumn']);
    expect(call('trips.list', { query: 'toky' }).map((t) => t.title)).toEqual(['Tokyo']);
    expect(call('trips.list', { query: '100%' })).toEqual([]);
  });

  it('deletes a trip with its parts; a missing trip is not_found', () => {
    const { call, fail, journal } = harness();
    const trip = call('trips.create', { ...paris, companions: [{ name: 'Anna', adult: true }], wishlist: [{ model: 'Evelyne' }] });
    expect(call('trips.delete', { id: trip.id })).toEqual({ id: trip.id });
    expect(fail('trips.get', { id: trip.id }).code).toBe('not_found');
    expect(fail('trips.delete', { id: trip.id }).code).toBe('not_found');
    const left = journal.sqlite.prepare('SELECT (SELECT count(*) FROM trip_companions) + (SELECT count(*) FROM trip_wishlist) AS n').get() as { n: number };
    expect(left.n).toBe(0);
  });

  it('refuses a boutique that does not exist, pointing at the field', () => {
    const { fail } = harness();
    const error = fail('trips.create', { ...paris, boutiqueIds: [999] });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toEqual(['boutiqueIds', 0]);
  });
});

describe('trip wishlist edits', () => {
  it('keeps the ids of kept wishes when a new wish is put before them', () => {
    const { call } = harness();
    const trip = call('trips.create', { ...paris, wishlist: [{ model: 'Kelly' }] });
    const kept = trip.wishlist[0]!.id;
    const updated = call('trips.update', { id: trip.id, wishlist: [{ model: 'Birkin' }, { id: kept, model: 'Kelly', status: 'offered' }] });
    expect(updated.wishlist.map((w) => w.model)).toEqual(['Birkin', 'Kelly']);
    expect(updated.wishlist[1]).toMatchObject({ id: kept, status: 'offered' });
    expect(updated.wishlist[0]!.id).not.toBe(kept);
    const removed = call('trips.update', { id: trip.id, wishlist: [{ id: kept, model: 'Kelly' }] });
    expect(removed.wishlist.map((w) => w.id)).toEqual([kept]);
  });
});
