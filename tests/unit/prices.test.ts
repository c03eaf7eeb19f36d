import { describe, expect, it } from 'vitest';
import { fold, matchPrice, percentChange, yearlyIncreases, type PricePoint } from '../../src/shared/domain/price-book';
import { contentHash, harness } from './helpers';

const NOW = new Date('2026-11-23T12:00:00Z');
const setup = () => harness({ clock: () => NOW });

let nextId = 1;
const point = (model: string, size: string | null, priceMinor: number, seenOn: string, more: Partial<PricePoint> = {}): PricePoint => ({
  id: nextId++,
  model,
  size,
  leather: null,
  hardware: null,
  country: 'FR',
  currency: 'EUR',
  priceMinor,
  seenOn,
  ...more,
});

describe('price-book arithmetic', () => {
  it('folds case, accents and spacing, so "Kèlly  25" is the Kelly 25', () => {
    expect(fold('  Kèlly   25 ')).toBe('kelly 25');
    expect(fold(null)).toBe('');
  });

  it('never prices another size, and prefers the closest leather and hardware, then the latest', () => {
    const book = [
      point('Kelly', '28', 1_200_000, '2026-03-01', { leather: 'Togo', hardware: 'GHW' }),
      point('Kelly', '25', 1_000_000, '2025-03-01', { leather: 'Togo', hardware: 'GHW' }),
      point('Kelly', '25', 1_060_000, '2026-03-01', { leather: 'Togo', hardware: 'GHW' }),
      point('Kelly', '25', 1_100_000, '2026-06-01', { leather: 'Epsom', hardware: 'PHW' }),
    ];
    expect(matchPrice(book, { model: 'kelly', size: '25', leather: 'togo', hardware: 'ghw' })).toMatchObject({ how: 'exact', entry: { priceMinor: 1_060_000 } });
    expect(matchPrice(book, { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'PHW' })).toMatchObject({ how: 'leather', entry: { priceMinor: 1_060_000 } });
    expect(matchPrice(book, { model: 'Kelly', size: '25', leather: null, hardware: null })).toMatchObject({ how: 'model-size', entry: { priceMinor: 1_100_000 } });
    expect(matchPrice(book, { model: 'Kelly', size: '32', leather: 'Togo', hardware: 'GHW' })).toBeNull();
    expect(matchPrice(book, { model: 'Kelly', size: null, leather: null, hardware: null })).toBeNull();
    expect(matchPrice(book, { model: 'Kelly', size: '25', leather: null, hardware: null, currency: 'USD' })).toBeNull();
  });

  it('computes the yearly increase per country as the median of consecutive-year items, and nothing without a year before', () => {
    const book = [
      point('Kelly', '25', 1_000_000, '2025-02-01'),
      point('Kelly', '25', 1_050_000, '2026-02-01'),
      point('Birkin', '30', 1_000_000, '2025-02-01'),
      point('Birkin', '30', 1_100_000, '2026-01-15'),
      point('Picotin', '18', 300_000, '2024-01-10'),
      point('Picotin', '18', 330_000, '2026-01-10'),
      point('Kelly', '25', 1_150_000, '2026-01-01', { country: 'US', currency: 'USD' }),
    ];
    expect(yearlyIncreases(book)).toEqual([{ country: 'FR', currency: 'EUR', year: 2026, medianPercent: 7.5, items: 2 }]);
    expect(percentChange(1_000_000, 1_060_000)).toBe(6);
    expect(percentChange(0, 5)).toBeNull();
  });
});

describe('prices.* channels', () => {
  it('records prices, groups each item’s history oldest first with its change, and the increases from the entries', () => {
    const h = setup();
    const b = h.call('boutiques.list', undefined)[0]!;
    h.call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor: 1_060_000, seenOn: '2026-02-10', boutiqueId: b.id });
    h.call('prices.create', { model: 'kelly', size: '25', leather: 'togo', hardware: 'ghw', country: 'fr', currency: 'EUR', priceMinor: 1_000_000, seenOn: '2025-02-10', source: 'My receipt' });
    h.call('prices.create', { model: 'Kelly', size: '25', country: 'US', currency: 'USD', priceMinor: 1_250_000, seenOn: '2026-05-01' });
    const book = h.call('prices.list', undefined);
    expect(book.count).toBe(3);
    expect(book.items.map((i) => [i.model, i.country, i.entries.map((e) => e.priceMinor), i.changePercent])).toEqual([
      ['Kelly', 'FR', [1_000_000, 1_060_000], 6],
      ['Kelly', 'US', [1_250_000], null],
    ]);
    expect(book.items[0]!.entries[1]!.boutique).toBe(b.name);
    expect(book.increases).toEqual([{ country: 'FR', currency: 'EUR', year: 2026, medianPercent: 6, items: 1 }]);
    expect(h.call('prices.list', { country: 'US' }).items).toHaveLength(1);
    expect(h.call('prices.list', { model: 'kelly togo' }).items).toHaveLength(1);
  });

  it('refuses bad input in the form’s words and changes nothing', () => {
    const h = setup();
    const before = contentHash(h.journal);
    const base = { model: 'Kelly', size: '25', country: 'FR', currency: 'EUR', priceMinor: 1_000_000, seenOn: '2026-02-10' };
    expect(h.fail('prices.create', { ...base, priceMinor: 0 }).issues?.[0]?.message).toBe('Enter the price you saw: more than zero.');
    expect(h.fail('prices.create', { ...base, priceMinor: 12.5 }).issues?.[0]?.message).toBe('Amounts are stored in whole minor units (cents).');
    expect(h.fail('prices.create', { ...base, currency: 'XXXX' }).issues?.[0]?.message).toBe('Use a three-letter currency code such as EUR, USD or JPY.');
    expect(h.fail('prices.create', { ...base, country: 'France' }).issues?.[0]?.message).toBe('Use a two-letter country code such as FR, US or JP.');
    expect(h.fail('prices.create', { ...base, seenOn: '2026-02-30' }).issues?.[0]?.message).toBe('Enter a real calendar day like 2026-12-07.');
    expect(h.fail('prices.create', { ...base, model: '  ' }).issues?.[0]?.message).toBe('Model is required.');
    expect(h.fail('prices.create', { ...base, boutiqueId: 999 }).code).toBe('invalid_input');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('updates only what is given, and a delete goes to the Trash and comes back', () => {
    const h = setup();
    const e = h.call('prices.create', { model: 'Evelyne', size: 'PM', country: 'FR', currency: 'EUR', priceMinor: 250_000, seenOn: '2026-02-10', notes: 'From the window' });
    const u = h.call('prices.update', { id: e.id, priceMinor: 260_000 });
    expect([u.priceMinor, u.notes, u.size]).toEqual([260_000, 'From the window', 'PM']);
    h.call('prices.delete', { id: e.id });
    expect(h.call('prices.list', undefined).count).toBe(0);
    const trash = h.call('trash.list', undefined);
    const item = trash.find((t) => t.kind === 'price_entry')!;
    expect(item.label).toBe('Evelyne PM (FR, 2026-02-10)');
    h.call('trash.restore', { id: item.id });
    expect(h.call('prices.list', undefined).items[0]!.entries[0]!.priceMinor).toBe(260_000);
  });

  it('gives a collection bag today’s price from two entries a year apart, and its change since it was paid', () => {
    const h = setup();
    h.call('collection.create', { category: 'bag', model: 'Kelly', size: '25', exteriorLeather: 'Togo', hardware: 'GHW', provenance: 'before_carnet', acquiredOn: '2024-05-01', priceMinor: 950_000, currency: 'EUR' });
    h.call('collection.create', { category: 'bag', model: 'Kelly', size: '28', provenance: 'gift', priceMinor: 1_000_000, currency: 'EUR' });
    let c = h.call('collection.list', undefined);
    expect(c.entries.map((e) => e.todayPrice)).toEqual([null, null]);
    h.call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor: 1_000_000, seenOn: '2025-02-10' });
    h.call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor: 1_064_000, seenOn: '2026-02-10' });
    c = h.call('collection.list', undefined);
    const k25 = c.entries.find((e) => e.spec?.size === '25')!;
    const k28 = c.entries.find((e) => e.spec?.size === '28')!;
    expect(k25.todayPrice).toMatchObject({ priceMinor: 1_064_000, currency: 'EUR', seenOn: '2026-02-10', how: 'exact' });
    expect(k25.changeSincePaid).toBe(12);
    expect(k28.todayPrice).toBeNull();
    expect(c.totals).toEqual([{ currency: 'EUR', totalMinor: 1_950_000, count: 2 }]);
    expect(c.todayTotals).toEqual([{ currency: 'EUR', totalMinor: 1_064_000, count: 1 }]);
  });

  it('gives a wish what it would cost: in the default currency when an entry is in it, else the latest in any; never another size', () => {
    const h = setup();
    const wish = h.call('wishlist.create', { model: 'Kelly', size: '25', exteriorLeather: 'Togo', hardware: 'GHW', priority: 1, status: 'wanted' });
    const k28 = h.call('wishlist.create', { model: 'Kelly', size: '28', priority: 2, status: 'wanted' });
    expect(h.call('wishlist.list', undefined).map((w) => w.price)).toEqual([null, null]);
    h.call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'US', currency: 'USD', priceMinor: 1_300_000, seenOn: '2026-05-01' });
    expect(h.call('wishlist.get', { id: wish.id }).price).toMatchObject({ priceMinor: 1_300_000, currency: 'USD' });
    h.call('prices.create', { model: 'Kelly', size: '25', country: 'FR', currency: 'EUR', priceMinor: 1_020_000, seenOn: '2026-02-18' });
    expect(h.call('wishlist.get', { id: wish.id }).price).toMatchObject({ priceMinor: 1_020_000, currency: 'EUR', how: 'model-size' });
    expect(h.call('wishlist.get', { id: k28.id }).price).toBeNull();
  });

  it('gives a special order the price known when it was placed and the latest known, with the change', () => {
    const h = setup();
    const order = h.call('specialOrders.create', { model: 'Birkin', size: '25', exteriorLeather: 'Togo', hardware: 'Palladium', history: [{ status: 'placed', day: '2025-10-02' }] });
    expect(order.prices).toEqual({ atPlacing: null, latest: null, changePercent: null });
    h.call('prices.create', { model: 'Birkin', size: '25', leather: 'Togo', hardware: 'Palladium', country: 'FR', currency: 'EUR', priceMinor: 1_050_000, seenOn: '2025-03-01' });
    let got = h.call('specialOrders.get', { id: order.id }).prices;
    expect([got.atPlacing?.priceMinor, got.latest?.priceMinor, got.changePercent]).toEqual([1_050_000, 1_050_000, null]);
    h.call('prices.create', { model: 'Birkin', size: '25', leather: 'Togo', hardware: 'Palladium', country: 'FR', currency: 'EUR', priceMinor: 1_120_000, seenOn: '2026-01-15' });
    got = h.call('specialOrders.get', { id: order.id }).prices;
    expect([got.atPlacing?.seenOn, got.latest?.seenOn, got.changePercent]).toEqual(['2025-03-01', '2026-01-15', 6.7]);
  });
});
