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
