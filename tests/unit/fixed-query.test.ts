import { describe, expect, it } from 'vitest';
import { fixedQuery } from '../../src/main/db/fixed-query';
import { harness } from './helpers';

describe('fixedQuery', () => {
  it('compiles once and puts each call’s values where the markers were', () => {
    const { journal, call } = harness();
    const a = call('trips.create', { title: 'A', city: 'Paris', startDay: '2026-12-01', endDay: '2026-12-03' });
    const b = call('trips.create', { title: 'B', city: 'Tokyo', startDay: '2026-12-02', endDay: '2026-12-04', timeZone: 'Asia/Tokyo' });
    const byCityAfter = fixedQuery((q, p: { city: string; after: string }) =>
      q.selectFrom('trips').select(['id', 'title']).where('city', '=', p.city).where('start_day', '>=', p.after).where('title', '!=', 'never'),
    );
    expect(journal.all(byCityAfter({ city: 'Paris', after: '2026-01-01' }))).toEqual([{ id: a.id, title: 'A' }]);
    expect(journal.all(byCityAfter({ city: 'Tokyo', after: '2026-12-02' }))).toEqual([{ id: b.id, title: 'B' }]);
    expect(journal.all(byCityAfter({ city: 'Tokyo', after: '2026-12-03' }))).toEqual([]);
    const first = byCityAfter({ city: 'x', after: 'y' }).compile();
    const second = byCityAfter({ city: 'z', after: 'w' }).compile();
    expect(second.sql).toBe(first.sql);
    expect(second.parameters).toEqual(['z', 'w', 'never']);
  });
});

describe('Journal.shaped: one compiled shape per combination of filters', () => {
  it('binds each call’s values, keys the shape by the other inputs, and refuses a parameter the builder changed', () => {
    const { journal, call } = harness();
    const a = call('trips.create', { title: 'A', city: 'Paris', startDay: '2026-12-01', endDay: '2026-12-03' });
    const b = call('trips.create', { title: 'B', city: 'Tokyo', startDay: '2026-12-02', endDay: '2026-12-04', timeZone: 'Asia/Tokyo' });
    let built = 0;
    const trips = (input: { city?: string; newestFirst?: boolean }) =>
      journal.shaped('test.trips', input, ['city'], (p) => {
        built++;
        let q = journal.q.selectFrom('trips').select(['id', 'title']);
        if (p.city !== undefined) q = q.where('city', '=', p.city);
        return q.orderBy('id', p.newestFirst ? 'desc' : 'asc');
      });
    expect(trips({ city: 'Paris' })).toEqual([{ id: a.id, title: 'A' }]);
    expect(trips({ city: 'Tokyo' })).toEqual([{ id: b.id, title: 'B' }]);
    expect(built).toBe(1);
    expect(trips({}).map((t) => t.id)).toEqual([a.id, b.id]);
    expect(trips({ newestFirst: true }).map((t) => t.id)).toEqual([b.id, a.id]);
    expect(built).toBe(3);
    expect(() => journal.shaped('test.changed', { day: '2026-12-01' }, ['day'], (p) => journal.q.selectFrom('trips').select('id').where('start_day', '>=', `${p.day}T00:00`))).toThrow(
      /a parameter was changed while the query was built/,
    );
  });
});
