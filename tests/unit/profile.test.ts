import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/api';
import type { SpendScope } from '../../src/shared/api/profile';
import { quotaYearAt, quotaYearOf, scopeFigures, spendRatio, summarizeQuota } from '../../src/shared/domain/spend-profile';
import { contentHash, harness } from './helpers';

/** 15 June 2026, midday UTC: the same calendar day from UTC-11 to UTC+11. */
const JUNE = new Date('2026-06-15T12:00:00Z');

function stores(h: ReturnType<typeof harness>) {
  const [fsh, georgeV, sevres] = h.call('boutiques.list', undefined);
  const newYork = h.call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  const tokyo = h.call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
  return { fsh: fsh!, georgeV: georgeV!, sevres: sevres!, newYork, tokyo };
}

type Item = InputOf<'purchases.create'>['items'][number];
const buy = (h: ReturnType<typeof harness>, day: string, boutiqueId: number | null, currency: string, items: Item[]) =>
  h.call('purchases.create', { day, boutiqueId, currency, items });
const item = (category: Item['category'], priceMinor: number, description: string = category, quota: boolean | null = null): Item => ({ category, priceMinor, description, quota });

const offer = (h: ReturnType<typeof harness>, patch: Partial<InputOf<'offers.create'>>) =>
  h.call('offers.create', { day: '2026-03-01', source: 'sa_call', model: 'Kelly', quota: true, ...patch });

const scopeOf = (scopes: SpendScope[], key: string): SpendScope => {
  const s = scopes.find((x) => x.key === key);
  if (!s) throw new Error(`no scope ${key} in ${scopes.map((x) => x.key).join(', ')}`);
  return s;
};

describe('the quota year (Paris time)', () => {
  it('puts an offer at 23:30 on 31 December in Paris in that year, and 00:30 on 1 January in the next', () => {
    expect(quotaYearOf('2026-12-31', '23:30', 'Europe/Paris')).toBe(2026);
    expect(quotaYearOf('2027-01-01', '00:30', 'Europe/Paris')).toBe(2027);
    // 20:00 on 31 December in New York is 02:00 on 1 January in Paris.
    expect(quotaYearOf('2026-12-31', '20:00', 'America/New_York')).toBe(2027);
    // 07:30 on 1 January in Tokyo is 23:30 on 31 December in Paris; 08:00 is Paris midnight.
    expect(quotaYearOf('2027-01-01', '07:30', 'Asia/Tokyo')).toBe(2026);
    expect(quotaYearOf('2027-01-01', '08:00', 'Asia/Tokyo')).toBe(2027);
    // Without a time, the day's own year.
    expect(quotaYearOf('2026-12-31', null, 'America/New_York')).toBe(2026);
  });

  it('reads "this year" in Paris: 23:30 UTC on 31 December is already next year', () => {
    expect(quotaYearAt('2026-12-31T22:30:00.000Z')).toBe(2026);
    expect(quotaYearAt('2026-12-31T23:30:00.000Z')).toBe(2027);
  });

  it('counts through the service at the year boundary, with the journal clock on either side of Paris midnight', () => {
    // 23:30 in Paris on 31 Dec 2026 (22:30 UTC): the quota year is 2026.
    let now = new Date('2026-12-31T22:30:00Z');
    const h = harness({ clock: () => now });
    const s = stores(h);
    const late = offer(h, { day: '2026-12-31', time: '23:30', boutiqueId: s.fsh.id });
    const ny = offer(h, { day: '2026-12-31', time: '20:00', boutiqueId: s.newYork.id });
    expect([late.quotaYear, ny.quotaYear]).toEqual([2026, 2027]);
    expect(h.call('profile.quota', undefined)).toMatchObject({ currentYear: 2026, limit: 2, current: { year: 2026, offered: 1, counted: 1 } });
    // One hour later it is 00:30 on 1 Jan 2027 in Paris (still 2026 in UTC): the New York offer counts now.
    now = new Date('2026-12-31T23:30:00Z');
    const q = h.call('profile.quota', undefined);
    expect(q.currentYear).toBe(2027);
    expect(q.current).toMatchObject({ year: 2027, offered: 1, counted: 1 });
    expect(q.history.map((y) => [y.year, y.offered])).toEqual([
      [2027, 1],
      [2026, 1],
    ]);
    expect(h.call('offers.list', { year: 2027 }).map((o) => o.id)).toEqual([ny.id]);
  });

  it('counts quota offers by decision, quota bags bought, and bags bought without a recorded offer', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    const taken = offer(h, { day: '2026-02-10', boutiqueId: s.fsh.id, priceMinor: 1_000_000, currency: 'EUR' });
    h.call('offers.take', { id: taken.id });
    const declined = offer(h, { day: '2026-04-02', boutiqueId: s.georgeV.id });
    h.call('offers.decide', { id: declined.id, decision: 'declined', reason: 'Wrong size' });
    offer(h, { day: '2026-06-01', boutiqueId: s.sevres.id }); // still deciding
    offer(h, { day: '2026-06-02', boutiqueId: s.sevres.id, model: 'Picotin', quota: false }); // non-quota: not counted
    offer(h, { day: '2026-06-03', boutiqueId: s.sevres.id, model: 'Evelyne', quota: null }); // not said: not counted
    buy(h, '2026-05-05', s.newYork.id, 'USD', [item('bag', 1_200_000, 'Birkin 25', true), item('scarves', 50_000)]);
    buy(h, '2025-09-09', s.fsh.id, 'EUR', [item('bag', 950_000, 'Kelly 28', true)]);
    const q = h.call('profile.quota', undefined);
    expect(q.current).toEqual({ year: 2026, offered: 3, taken: 1, declined: 1, pending: 1, bought: 2, boughtWithoutOffer: 1, counted: 4 });
    expect(q.history).toEqual([q.current, { year: 2025, offered: 0, taken: 0, declined: 0, pending: 0, bought: 1, boughtWithoutOffer: 1, counted: 1 }]);
    expect(q.limitLabel).toMatch(/Community-reported.*not Hermès policy/);
  });

  it('shows an empty current year when nothing is recorded', () => {
    const q = summarizeQuota([], [], 2026);
    expect(q.current).toEqual({ year: 2026, offered: 0, taken: 0, declined: 0, pending: 0, bought: 0, boughtWithoutOffer: 0, counted: 0 });
    expect(q.history).toEqual([q.current]);
  });
});

describe('the spend profile', () => {
  it('keeps every currency apart, per store, per group of linked stores, by year and all time', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    buy(h, '2025-03-01', s.fsh.id, 'EUR', [item('scarves', 45_000), item('shoes', 80_000)]);
    buy(h, '2026-02-01', s.fsh.id, 'EUR', [item('small_leather_goods', 60_000)]);
    buy(h, '2026-02-01', s.fsh.id, 'USD', [item('jewelry', 70_000)]); // paid in USD at FSH: kept apart
    buy(h, '2026-04-01', s.newYork.id, 'USD', [item('ready_to_wear', 300_000), item('bag', 900_000, 'Picotin', false)]);
    buy(h, '2026-05-01', s.tokyo.id, 'JPY', [item('home', 120_000)]);
    h.call('profile.createGroup', { name: 'Paris and New York', boutiqueIds: [s.fsh.id, s.newYork.id] });

    const p = h.call('profile.spend', undefined);
    expect(p.today).toBe('2026-06-15');
    // Home store first, then by number of receipts.
    expect(p.scopes.map((x) => x.key)).toEqual([`store:${s.newYork.id}`, `store:${s.fsh.id}`, `store:${s.tokyo.id}`, 'group:1']);

    const fsh = scopeOf(p.scopes, `store:${s.fsh.id}`);
    expect(fsh.purchaseCount).toBe(3);
    expect(fsh.currencies.map((c) => [c.currency, c.allTimeMinor, c.byYear])).toEqual([
      ['EUR', 185_000, [{ year: 2026, minor: 60_000 }, { year: 2025, minor: 125_000 }]],
      ['USD', 70_000, [{ year: 2026, minor: 70_000 }]],
    ]);

    const group = scopeOf(p.scopes, 'group:1');
    expect(group.boutiqueIds.sort()).toEqual([s.fsh.id, s.newYork.id].sort());
    expect(group.currencies.map((c) => [c.currency, c.allTimeMinor])).toEqual([
      ['EUR', 185_000],
      ['USD', 1_270_000],
    ]);
    const tokyo = scopeOf(p.scopes, `store:${s.tokyo.id}`);
    expect(tokyo.currencies.map((c) => [c.currency, c.allTimeMinor])).toEqual([['JPY', 120_000]]);
  });

  it('gives the share by category per currency, with leather (bags + small leather goods) called out', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    buy(h, '2026-01-10', s.fsh.id, 'EUR', [item('bag', 300_000), item('small_leather_goods', 100_000), item('scarves', 100_000)]);
    buy(h, '2026-01-11', s.fsh.id, 'EUR', [item('shoes', 500_000)]);
    const eur = scopeOf(h.call('profile.spend', undefined).scopes, `store:${s.fsh.id}`).currencies[0]!;
    expect(eur.categories).toEqual([
      { category: 'bag', minor: 300_000, share: 0.3 },
      { category: 'small_leather_goods', minor: 100_000, share: 0.1 },
      { category: 'shoes', minor: 500_000, share: 0.5 },
      { category: 'scarves', minor: 100_000, share: 0.1 },
    ]);
    expect(eur.leatherMinor).toBe(400_000);
    expect(eur.leatherShare).toBe(0.4);
  });

  it('measures spend since the last bag offer and days since the last offer, per store', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    buy(h, '2026-01-05', s.fsh.id, 'EUR', [item('scarves', 50_000)]);
    offer(h, { day: '2026-03-01', boutiqueId: s.fsh.id }); // the last bag offer
    buy(h, '2026-03-01', s.fsh.id, 'EUR', [item('shoes', 70_000)]); // same day: before "since"
    buy(h, '2026-03-02', s.fsh.id, 'EUR', [item('jewelry', 40_000), item('bag', 400_000, 'Picotin', false)]);
    offer(h, { day: '2026-05-20', boutiqueId: s.fsh.id, category: 'shoes', model: 'Oran', quota: null }); // the last offer
    const fsh = scopeOf(h.call('profile.spend', undefined).scopes, `store:${s.fsh.id}`);
    expect(fsh.lastBagOffer).toMatchObject({ day: '2026-03-01', model: 'Kelly' });
    expect(fsh.lastOffer).toMatchObject({ day: '2026-05-20', model: 'Oran' });
    expect(fsh.daysSinceLastOffer).toBe(26);
    expect(fsh.daysSinceLastBagOffer).toBe(106);
    expect(fsh.currencies[0]).toMatchObject({ allTimeMinor: 560_000, sinceLastBagOfferMinor: 440_000, nonBagSinceLastBagOfferMinor: 40_000 });
    // Another store has no offer at all.
    buy(h, '2026-02-02', s.georgeV.id, 'EUR', [item('home', 10_000)]);
    const gv = scopeOf(h.call('profile.spend', undefined).scopes, `store:${s.georgeV.id}`);
    expect(gv).toMatchObject({ lastOffer: null, lastBagOffer: null, daysSinceLastOffer: null, daysSinceLastBagOffer: null });
    expect(gv.currencies[0]).toMatchObject({ sinceLastBagOfferMinor: 10_000, nonBagSinceLastBagOfferMinor: 10_000 });
  });

  it('compares spend with the hoped-for bag only in its own currency, and never divides by zero', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    expect(h.call('profile.setTarget', { currency: 'EUR', priceMinor: 1_000_000, label: 'Kelly 25' })).toEqual([{ currency: 'EUR', priceMinor: 1_000_000, label: 'Kelly 25' }]);
    h.call('profile.setTarget', { currency: 'USD', priceMinor: 1_200_000 });
    buy(h, '2026-01-05', s.fsh.id, 'EUR', [item('scarves', 500_000), item('shoes', 1_000_000)]);
    buy(h, '2026-01-05', s.newYork.id, 'USD', [item('bag', 1_100_000, 'Lindy', false)]); // bags are not "other items"
    offer(h, { day: '2026-02-01', boutiqueId: s.georgeV.id });
    buy(h, '2026-01-05', s.georgeV.id, 'EUR', [item('home', 300_000)]); // before the bag offer

    const scopes = h.call('profile.spend', undefined).scopes;
    expect(scopeOf(scopes, `store:${s.fsh.id}`).ratios).toEqual([
      { currency: 'EUR', label: 'Kelly 25', priceMinor: 1_000_000, spendMinor: 1_500_000, ratio: 1.5, standing: 'within' },
      { currency: 'USD', label: null, priceMinor: 1_200_000, spendMinor: 0, ratio: null, standing: 'no_spend' },
    ]);
    expect(scopeOf(scopes, `store:${s.newYork.id}`).ratios.map((r) => [r.currency, r.spendMinor, r.ratio, r.standing])).toEqual([
      ['EUR', 0, null, 'no_spend'],
      ['USD', 0, null, 'no_spend'],
    ]);
    // Spend before the last bag offer does not count toward the next one.
    expect(scopeOf(scopes, `store:${s.georgeV.id}`).ratios[0]).toMatchObject({ spendMinor: 0, ratio: null, standing: 'no_spend' });

    expect(h.call('profile.deleteTarget', { currency: 'USD' })).toEqual([{ currency: 'EUR', priceMinor: 1_000_000, label: 'Kelly 25' }]);
    expect(h.fail('profile.deleteTarget', { currency: 'USD' })).toEqual({ code: 'not_found', message: 'No bag price is set in USD; nothing was removed.' });
    const before = contentHash(h.journal);
    expect(h.fail('profile.setTarget', { currency: 'EUR', priceMinor: 0 }).issues).toEqual([{ path: ['priceMinor'], message: 'Enter the price of the bag (more than zero).' }]);
    expect(h.fail('profile.setTarget', { currency: 'XYZ1', priceMinor: 10 }).issues?.[0]?.path).toEqual(['currency']);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('places the folklore band edges exactly: 1:1 and 1:2 are within', () => {
    expect(spendRatio(0, 1000)).toEqual({ ratio: null, standing: 'no_spend' });
    expect(spendRatio(999, 1000).standing).toBe('below');
    expect(spendRatio(1000, 1000)).toEqual({ ratio: 1, standing: 'within' });
    expect(spendRatio(2000, 1000)).toEqual({ ratio: 2, standing: 'within' });
    expect(spendRatio(2001, 1000).standing).toBe('above');
    const empty = scopeFigures([], [], [{ currency: 'EUR', priceMinor: 1000, label: null }], '2026-06-15');
    expect(empty).toEqual({
      purchaseCount: 0,
      offerCount: 0,
      currencies: [],
      lastOffer: null,
      lastBagOffer: null,
      daysSinceLastOffer: null,
      daysSinceLastBagOffer: null,
      ratios: [{ currency: 'EUR', label: null, priceMinor: 1000, spendMinor: 0, ratio: null, standing: 'no_spend' }],
    });
    // A receipt of zero: no share to divide by.
    const zero = scopeFigures([{ id: 1, day: '2026-01-01', currency: 'EUR', items: [{ category: 'other', priceMinor: 0 }] }], [], [], '2026-06-15');
    expect(zero.currencies[0]).toMatchObject({ allTimeMinor: 0, leatherShare: null, categories: [{ category: 'other', minor: 0, share: 0 }] });
  });

  it('shows online purchases apart: never in a store or group, in their own scope', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    const inStore = buy(h, '2026-01-05', s.newYork.id, 'USD', [item('scarves', 50_000)]);
    const web = buy(h, '2026-01-06', s.newYork.id, 'USD', [item('home', 30_000)]);
    const loose = buy(h, '2026-01-07', null, 'EUR', [item('other', 5_000)]);
    h.call('profile.createGroup', { name: 'US', boutiqueIds: [s.newYork.id, s.tokyo.id] });
    expect(h.call('profile.setOnline', { purchaseIds: [web.id], online: true })).toEqual({ purchaseIds: [web.id], online: true });

    const p = h.call('profile.spend', undefined);
    expect(p.onlinePurchaseIds).toEqual([web.id]);
    expect(scopeOf(p.scopes, `store:${s.newYork.id}`).currencies.map((c) => c.allTimeMinor)).toEqual([50_000]);
    expect(scopeOf(p.scopes, 'group:1').currencies.map((c) => c.allTimeMinor)).toEqual([50_000]);
    expect(scopeOf(p.scopes, 'unassigned').currencies.map((c) => [c.currency, c.allTimeMinor])).toEqual([['EUR', 5_000]]);
    expect(scopeOf(p.scopes, 'online')).toMatchObject({ kind: 'online', label: 'Online', purchaseCount: 1, offerCount: 0 });
    expect(p.scopes.map((x) => x.kind)).toEqual(['store', 'group', 'unassigned', 'online']);

    const before = contentHash(h.journal);
    expect(h.fail('profile.setOnline', { purchaseIds: [inStore.id, 999], online: true }).issues).toEqual([
      { path: ['purchaseIds', 1], message: 'Purchase 999 does not exist (it may have been deleted).' },
    ]);
    expect(h.fail('profile.setOnline', { purchaseIds: [], online: true }).issues?.[0]?.message).toBe('Choose at least one purchase.');
    expect(contentHash(h.journal)).toBe(before);
    h.call('profile.setOnline', { purchaseIds: [web.id], online: false });
    expect(h.call('profile.spend', undefined).scopes.some((x) => x.kind === 'online')).toBe(false);
    expect(loose.id).toBeGreaterThan(0);
  });

  it('keeps groups of linked stores: at least two stores, unique names, stores that exist', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    const before = contentHash(h.journal);
    expect(h.fail('profile.createGroup', { name: 'Solo', boutiqueIds: [s.fsh.id] }).issues).toEqual([{ path: ['boutiqueIds'], message: 'A group links at least two stores.' }]);
    expect(h.fail('profile.createGroup', { name: 'Twice', boutiqueIds: [s.fsh.id, s.fsh.id] }).issues?.[0]?.message).toBe('Each store is listed once.');
    expect(h.fail('profile.createGroup', { name: 'Ghost', boutiqueIds: [s.fsh.id, 99] }).issues).toEqual([
      { path: ['boutiqueIds', 1], message: 'Boutique 99 does not exist (it may have been deleted).' },
    ]);
    expect(h.fail('profile.createGroup', { name: ' ', boutiqueIds: [s.fsh.id, s.sevres.id] }).issues?.[0]).toEqual({ path: ['name'], message: 'Group name is required.' });
    expect(contentHash(h.journal)).toBe(before);

    const paris = h.call('profile.createGroup', { name: 'Paris', boutiqueIds: [s.sevres.id, s.fsh.id, s.georgeV.id] });
    expect(paris).toMatchObject({ name: 'Paris', notes: null });
    expect([...paris.boutiqueIds].sort()).toEqual([s.fsh.id, s.georgeV.id, s.sevres.id].sort());
    expect(h.fail('profile.createGroup', { name: 'paris', boutiqueIds: [s.fsh.id, s.newYork.id] }).issues).toEqual([
      { path: ['name'], message: 'You already have a group named “paris”.' },
    ]);
    const renamed = h.call('profile.updateGroup', { id: paris.id, name: 'Paris boutiques', boutiqueIds: [s.fsh.id, s.newYork.id] });
    expect(renamed.name).toBe('Paris boutiques');
    expect([...renamed.boutiqueIds].sort()).toEqual([s.fsh.id, s.newYork.id].sort());
    expect(h.call('profile.updateGroup', { id: paris.id, name: 'Paris boutiques' }).name).toBe('Paris boutiques'); // its own name is no clash
    expect(h.call('profile.listGroups', undefined)).toHaveLength(1);
    // Deleting a store drops it from its groups.
    h.call('boutiques.delete', { id: s.tokyo.id });
    expect(h.call('profile.deleteGroup', { id: paris.id })).toEqual({ id: paris.id });
    expect(h.fail('profile.deleteGroup', { id: paris.id }).code).toBe('not_found');
    expect(h.fail('profile.updateGroup', { id: paris.id, name: 'x' }).code).toBe('not_found');
  });

  it('puts offers and purchases on one time axis, one lane per store, the offer before the purchase it became', () => {
    const h = harness({ clock: () => JUNE });
    const s = stores(h);
    buy(h, '2025-11-02', s.newYork.id, 'USD', [item('scarves', 50_000, 'Carré 90'), item('shoes', 90_000, 'Oran'), item('home', 10_000, 'Cup')]);
    const o = offer(h, { day: '2026-02-10', boutiqueId: s.fsh.id, size: '25', priceMinor: 1_000_000, currency: 'EUR' });
    const taken = h.call('offers.take', { id: o.id });
    const web = buy(h, '2026-03-03', null, 'EUR', [item('other', 5_000, 'Twilly')]);
    h.call('profile.setOnline', { purchaseIds: [web.id], online: true });

    const t = h.call('profile.timeline', undefined);
    expect(t.from).toBe('2025-11-02');
    expect(t.to).toBe('2026-06-15');
    expect(t.today).toBe('2026-06-15');
    expect(t.lanes.map((l) => l.key)).toEqual([`store:${s.newYork.id}`, `store:${s.fsh.id}`, 'online']);
    expect(t.lanes[0]!.events).toEqual([
      { kind: 'purchase', id: 1, day: '2025-11-02', label: 'Carré 90 + Oran + 1 more', currency: 'USD', totalMinor: 150_000, hasBag: false, online: false },
    ]);
    expect(t.lanes[1]!.events.map((e) => [e.kind, e.day])).toEqual([
      ['offer', '2026-02-10'],
      ['purchase', '2026-02-10'],
    ]);
    expect(t.lanes[1]!.events[0]).toMatchObject({ label: 'Kelly 25', decision: 'taken', purchaseId: taken.purchaseId, quota: true });
    expect(h.call('profile.timeline', { from: '2026-01-01' }).lanes.map((l) => l.key)).toEqual([`store:${s.fsh.id}`, 'online']);
    expect(h.fail('profile.timeline', { from: '2026-02-01', to: '2026-01-01' }).issues).toEqual([
      { path: ['to'], message: 'The end of the range must be on or after its start.' },
    ]);
    const empty = harness({ clock: () => JUNE }).call('profile.timeline', undefined);
    expect(empty).toEqual({ from: '2026-06-15', to: '2026-06-15', today: '2026-06-15', lanes: [] });
  });
});
