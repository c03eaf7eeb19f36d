import { describe, expect, it } from 'vitest';
import type { PurchaseCreateInput } from '../../src/shared/api/purchases';
import type { Journal } from '../../src/main/db/journal';
import { contentHash, harness } from './helpers';

type H = ReturnType<typeof harness>;

function paris(call: H['call']) {
  const all = call('boutiques.list', undefined);
  const byCode = (code: string) => all.find((b) => b.code === code)!.id;
  return { fsh: byCode('fsh'), georgeV: byCode('george_v'), sevres: byCode('sevres') };
}

/** Contacts are another domain: a row is enough to link to. */
function contact(journal: Journal, name: string, boutiqueId: number | null = null): number {
  const info = journal.sqlite
    .prepare("INSERT INTO contacts (name, role, boutique_id, created_at, updated_at) VALUES (?, 'sa', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
    .run(name, boutiqueId);
  return Number(info.lastInsertRowid);
}

const receipt = (over: Partial<PurchaseCreateInput> = {}): PurchaseCreateInput => ({
  day: '2026-12-07',
  currency: 'EUR',
  items: [{ category: 'scarves', description: 'Carré 90 Brides de Gala', priceMinor: 49000 }],
  ...over,
});

const count = (journal: Journal, sql: string): number => (journal.sqlite.prepare(sql).get() as { n: number }).n;

describe('purchases: create and read', () => {
  it('creates a multi-item receipt and reads back every field, with its total and détaxe hint', () => {
    const { call, journal } = harness({ clock: () => new Date('2026-12-07T15:00:00Z') });
    const { fsh } = paris(call);
    const sa = contact(journal, 'Camille', fsh);
    const trip = call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
    const p = call('purchases.create', {
      day: '2026-12-07',
      boutiqueId: fsh,
      contactId: sa,
      tripId: trip.id,
      currency: 'EUR',
      items: [
        { category: 'bag', description: 'Picotin 18 Clemence Gold', priceMinor: 317000, offered: true },
        { category: 'shoes', description: 'Oran sandals, 38', priceMinor: 72000 },
        { category: 'bag', description: 'Kelly 25 Epsom', quota: true, priceMinor: 1085000, offered: true },
      ],
      notes: '  Camille brought the Kelly out after the Oran.  ',
    });
    expect(p).toEqual({
      id: p.id,
      day: '2026-12-07',
      boutiqueId: fsh,
      contactId: sa,
      tripId: trip.id,
      currency: 'EUR',
      items: [
        { id: p.items[0]!.id, category: 'bag', description: 'Picotin 18 Clemence Gold', quota: null, priceMinor: 317000, offered: true },
        { id: p.items[1]!.id, category: 'shoes', description: 'Oran sandals, 38', quota: null, priceMinor: 72000, offered: false },
        { id: p.items[2]!.id, category: 'bag', description: 'Kelly 25 Epsom', quota: true, priceMinor: 1085000, offered: true },
      ],
      online: false,
      totalMinor: 1474000,
      detaxe: { status: 'not_applicable', amountMinor: null, eligible: true, deadline: '2027-03-31', formId: null },
      notes: 'Camille brought the Kelly out after the Oran.',
      createdAt: '2026-12-07T15:00:00.000Z',
      updatedAt: '2026-12-07T15:00:00.000Z',
    });
    expect(new Set(p.items.map((i) => i.id)).size).toBe(3);
    expect(call('purchases.get', { id: p.id })).toEqual(p);
  });

  it('stores a refunded détaxe with the amount received', () => {
    const { call } = harness();
    const p = call('purchases.create', receipt({ detaxe: { status: 'refunded', amountMinor: 6370 } }));
    expect(p.detaxe).toEqual({ status: 'refunded', amountMinor: 6370, eligible: true, deadline: '2027-03-31', formId: null });
  });
});

describe('purchases: quota is for bags only', () => {
  it('defaults a bag to unknown (null) and keeps a non-quota bag as false', () => {
    const { call } = harness();
    const p = call('purchases.create', receipt({
      items: [
        { category: 'bag', description: 'Evelyne 29', priceMinor: 245000 },
        { category: 'bag', description: 'Lindy 26', quota: false, priceMinor: 780000 },
        { category: 'bag', description: 'Birkin 30', quota: null, priceMinor: 1200000 },
      ],
    }));
    expect(p.items.map((i) => i.quota)).toEqual([null, false, null]);
  });

  it.each([true, false])('refuses quota = %s on a non-bag item, on that item\'s field, and writes nothing', (quota) => {
    const { journal, fail } = harness();
    const before = contentHash(journal);
    const error = fail('purchases.create', receipt({
      items: [
        { category: 'bag', description: 'Kelly 28', quota: true, priceMinor: 1100000 },
        { category: 'jewelry', description: 'Clic H', quota, priceMinor: 71000 },
      ],
    }));
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'Only bags are quota or non-quota; leave this empty for other items.',
      issues: [{ path: ['items', 1, 'quota'], message: 'Only bags are quota or non-quota; leave this empty for other items.' }],
    });
    expect(contentHash(journal)).toBe(before);
  });
});

describe('purchases: bad input changes nothing', () => {
  const unknownTrip = 'Trip 999 does not exist (it may have been deleted).';
  const cases: [string, Record<string, unknown>, (string | number)[], string][] = [
    ['a negative price', { items: [{ category: 'home', description: 'Plate', priceMinor: -100 }] }, ['items', 0, 'priceMinor'], 'An amount cannot be negative.'],
    ['a price in floats', { items: [{ category: 'home', description: 'Plate', priceMinor: 129.5 }] }, ['items', 0, 'priceMinor'], 'Amounts are stored in whole minor units (cents).'],
    ['a price given as text', { items: [{ category: 'home', description: 'Plate', priceMinor: '12950' }] }, ['items', 0, 'priceMinor'], 'Enter an amount.'],
    ['an unknown currency', { currency: 'EURO' }, ['currency'], 'Use a three-letter currency code such as EUR, USD or JPY.'],
    ['no items', { items: [] }, ['items'], 'A purchase has at least one item.'],
    ['101 items', { items: Array.from({ length: 101 }, () => ({ category: 'other', description: 'Twilly', priceMinor: 100 })) }, ['items'], 'A purchase has at most 100 items.'],
    ['an unknown category', { items: [{ category: 'belts', description: 'Belt', priceMinor: 100 }] }, ['items', 0, 'category'], 'Choose a category: bag, small leather goods, shoes, jewelry, scarves, ready-to-wear, home or other.'],
    ['an empty description', { items: [{ category: 'other', description: '   ', priceMinor: 100 }] }, ['items', 0, 'description'], 'Description is required.'],
    ['a day that does not exist', { day: '2027-02-29' }, ['day'], 'Enter a real calendar day like 2026-12-07.'],
    ['an unknown trip', { tripId: 999 }, ['tripId'], unknownTrip],
    ['an unknown boutique', { boutiqueId: 999 }, ['boutiqueId'], 'Boutique 999 does not exist (it may have been deleted).'],
    ['an unknown contact', { contactId: 999 }, ['contactId'], 'Contact 999 does not exist (it may have been deleted).'],
    ['a refund before the détaxe is refunded', { detaxe: { status: 'validated', amountMinor: 5000 } }, ['detaxe', 'amountMinor'], 'Enter the refund amount only once the détaxe is refunded.'],
    ['a refund larger than the receipt', { detaxe: { status: 'refunded', amountMinor: 49001 } }, ['detaxe', 'amountMinor'], 'The refund cannot be more than the purchase total.'],
    ['an unknown détaxe status', { detaxe: { status: 'paid' } }, ['detaxe', 'status'], 'Détaxe status is one of: not applicable, eligible, form issued, validated, refunded, refused.'],
    ['an unknown field', { price: 100 }, [], 'Unknown field: price.'],
  ];

  it.each(cases)('refuses %s', (_name, over, path, message) => {
    const { journal, fail, call } = harness();
    call('purchases.create', receipt()); // something in the journal, so "nothing changed" means something
    const before = contentHash(journal);
    const error = fail('purchases.create', { ...receipt(), ...over });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path, message }]);
    expect(contentHash(journal)).toBe(before);
  });

  it('refuses a missing day and currency, naming both fields', () => {
    const { fail } = harness();
    const error = fail('purchases.create', { items: receipt().items });
    expect(error.issues?.map((i) => i.path)).toEqual([['day'], ['currency']]);
  });
});

describe('purchases: update', () => {
  it('changes only what is given, and null clears a link', () => {
    const { call, journal } = harness();
    const { fsh } = paris(call);
    const sa = contact(journal, 'Camille', fsh);
    const p = call('purchases.create', receipt({ boutiqueId: fsh, contactId: sa, notes: 'first visit' }));
    const u = call('purchases.update', { id: p.id, contactId: null, notes: 'Camille was off; bought at the scarf bar.' });
    expect(u).toMatchObject({ day: '2026-12-07', boutiqueId: fsh, contactId: null, currency: 'EUR', notes: 'Camille was off; bought at the scarf bar.' });
    expect(u.items).toEqual(p.items);
    const cleared = call('purchases.update', { id: p.id, notes: null, day: '2026-12-08' });
    expect(cleared.notes).toBeNull();
    expect(cleared.day).toBe('2026-12-08');
    expect(cleared.boutiqueId).toBe(fsh);
  });

  it('replaces the items whole: kept ids stay, new items get new ids, dropped items are gone', () => {
    const { call, journal } = harness();
    const p = call('purchases.create', receipt({
      items: [
        { category: 'scarves', description: 'Carré 90', priceMinor: 49000 },
        { category: 'shoes', description: 'Oran', priceMinor: 72000 },
      ],
    }));
    const [carre, oran] = p.items;
    const u = call('purchases.update', {
      id: p.id,
      items: [
        { category: 'bag', description: 'Kelly 25', quota: true, priceMinor: 1085000 },
        { id: carre!.id, category: 'scarves', description: 'Carré 90 (exchanged colourway)', priceMinor: 49000 },
      ],
    });
    expect(u.items.map((i) => i.description)).toEqual(['Kelly 25', 'Carré 90 (exchanged colourway)']);
    expect(u.items[1]!.id).toBe(carre!.id);
    expect(u.items[0]!.id).not.toBe(oran!.id);
    expect(u.totalMinor).toBe(1134000);
    expect(count(journal, `SELECT count(*) AS n FROM purchase_items WHERE id = ${oran!.id}`)).toBe(0);
    expect(count(journal, `SELECT count(*) AS n FROM purchase_items WHERE purchase_id = ${p.id}`)).toBe(2);
  });

  it('does not let one receipt take over another receipt\'s item id', () => {
    const { call } = harness();
    const a = call('purchases.create', receipt());
    const b = call('purchases.create', receipt());
    const u = call('purchases.update', { id: b.id, items: [{ id: a.items[0]!.id, category: 'other', description: 'Twilly', priceMinor: 21000 }] });
    expect(u.items[0]!.id).not.toBe(a.items[0]!.id);
    expect(call('purchases.get', { id: a.id }).items).toEqual(a.items);
  });

  it('keeps the refund while refunded, drops it when the status moves back, refuses it for other statuses', () => {
    const { call, fail, journal } = harness();
    const p = call('purchases.create', receipt({ detaxe: { status: 'form_issued' } }));
    expect(call('purchases.update', { id: p.id, detaxe: { status: 'refunded', amountMinor: 6200 } }).detaxe.amountMinor).toBe(6200);
    expect(call('purchases.update', { id: p.id, notes: 'refund came by card' }).detaxe).toMatchObject({ status: 'refunded', amountMinor: 6200 });
    expect(call('purchases.update', { id: p.id, detaxe: { amountMinor: 6350 } }).detaxe).toMatchObject({ status: 'refunded', amountMinor: 6350 });
    expect(call('purchases.update', { id: p.id, detaxe: { status: 'validated' } }).detaxe).toMatchObject({ status: 'validated', amountMinor: null });
    const before = contentHash(journal);
    const error = fail('purchases.update', { id: p.id, detaxe: { amountMinor: 6000 } });
    expect(error.issues).toEqual([{ path: ['detaxe', 'amountMinor'], message: 'Enter the refund amount only once the détaxe is refunded.' }]);
    expect(contentHash(journal)).toBe(before);
  });

  it('refuses new items that would make the receipt smaller than its refund', () => {
    const { call, fail, journal } = harness();
    const p = call('purchases.create', receipt({ detaxe: { status: 'refunded', amountMinor: 6000 } }));
    const before = contentHash(journal);
    const error = fail('purchases.update', { id: p.id, items: [{ category: 'other', description: 'Twilly', priceMinor: 5000 }] });
    expect(error.issues).toEqual([{ path: ['detaxe', 'amountMinor'], message: 'The refund cannot be more than the purchase total.' }]);
    expect(contentHash(journal)).toBe(before);
  });

  it('refuses an unknown link, bad items or a missing purchase, changing nothing', () => {
    const { call, fail, journal } = harness();
    const p = call('purchases.create', receipt());
    const before = contentHash(journal);
    expect(fail('purchases.update', { id: p.id, tripId: 42 }).issues).toEqual([{ path: ['tripId'], message: 'Trip 42 does not exist (it may have been deleted).' }]);
    expect(fail('purchases.update', { id: p.id, items: [] }).issues?.[0]?.path).toEqual(['items']);
    expect(fail('purchases.update', { id: p.id, items: [{ category: 'home', description: 'Cup', quota: false, priceMinor: 100 }] }).issues?.[0]?.path).toEqual(['items', 0, 'quota']);
    expect(fail('purchases.update', { id: p.id, currency: 'EURO' }).issues?.[0]?.path).toEqual(['currency']);
    const missing = fail('purchases.update', { id: p.id + 100, notes: 'x' });
    expect(missing).toEqual({ code: 'not_found', message: `Purchase ${p.id + 100} does not exist (it may have been deleted).` });
    expect(contentHash(journal)).toBe(before);
  });
});

describe('purchases: bought online', () => {
  const column = (journal: Journal, id: number) => journal.sqlite.prepare('SELECT online FROM purchases WHERE id = ?').pluck().get(id);

  it('is false unless said, is stored in purchases.online, and changes only when given', () => {
    const { call, journal } = harness();
    const inStore = call('purchases.create', receipt());
    expect(inStore.online).toBe(false);
    expect(column(journal, inStore.id)).toBe(0);
    const web = call('purchases.create', receipt({ online: true, items: [{ category: 'home', description: 'Avalon throw', priceMinor: 139000 }] }));
    expect(web.online).toBe(true);
    expect(column(journal, web.id)).toBe(1);
    expect(call('purchases.get', { id: web.id }).online).toBe(true);
    expect(call('purchases.list', undefined).map((p) => [p.id, p.online])).toEqual(
      expect.arrayContaining([
        [inStore.id, false],
        [web.id, true],
      ]),
    );
    // Another field changed: the flag stays; then set and cleared.
    expect(call('purchases.update', { id: web.id, notes: 'Delivered to the hotel.' }).online).toBe(true);
    expect(call('purchases.update', { id: web.id, online: false }).online).toBe(false);
    expect(column(journal, web.id)).toBe(0);
    expect(call('purchases.update', { id: inStore.id, online: true }).online).toBe(true);
  });

  it('is the flag the spend profile reads: an online receipt leaves its store and shows apart', () => {
    const { call } = harness();
    const { fsh } = paris(call);
    const p = call('purchases.create', receipt({ boutiqueId: fsh }));
    expect(call('profile.spend', undefined).onlinePurchaseIds).toEqual([]);
    call('purchases.update', { id: p.id, online: true });
    const profile = call('profile.spend', undefined);
    expect(profile.onlinePurchaseIds).toEqual([p.id]);
    expect(profile.scopes.find((s) => s.key === 'online')?.purchaseCount).toBe(1);
    expect(profile.scopes.find((s) => s.key === `store:${fsh}`)?.purchaseCount ?? 0).toBe(0);
    // …and profile.setOnline is read back by purchases.get.
    call('profile.setOnline', { purchaseIds: [p.id], online: false });
    expect(call('purchases.get', { id: p.id }).online).toBe(false);
  });

  it('refuses a flag that is not yes or no, on its field, and writes nothing', () => {
    const { call, fail, journal } = harness();
    const p = call('purchases.create', receipt());
    const before = contentHash(journal);
    for (const bad of ['yes', 1, null]) {
      const created = fail('purchases.create', { ...receipt(), online: bad } as never);
      expect(created).toMatchObject({ code: 'invalid_input', issues: [{ path: ['online'], message: 'Say whether the purchase was made online (yes / no).' }] });
      const updated = fail('purchases.update', { id: p.id, online: bad } as never);
      expect(updated).toMatchObject({ code: 'invalid_input', issues: [{ path: ['online'], message: 'Say whether the purchase was made online (yes / no).' }] });
    }
    expect(contentHash(journal)).toBe(before);
  });
});

describe('purchases: détaxe eligibility is computed from what one form could hold', () => {
  const one = (priceMinor: number) => [{ category: 'jewelry' as const, description: 'Clic H', priceMinor }];

  it('€100.00 at a Paris boutique is not eligible; €100.01 is', () => {
    const { call } = harness();
    const { fsh, georgeV } = paris(call);
    const exactly100 = call('purchases.create', receipt({ boutiqueId: fsh, items: one(10000) }));
    const just_over = call('purchases.create', receipt({ boutiqueId: georgeV, items: one(10001) }));
    expect(exactly100.detaxe).toEqual({ status: 'not_applicable', amountMinor: null, eligible: false, deadline: null, formId: null });
    expect(just_over.detaxe).toEqual({ status: 'not_applicable', amountMinor: null, eligible: true, deadline: '2027-03-31', formId: null });
  });

  it('adds up the receipts of one town over up to three consecutive days (service-public.fr F20558), not another town, currency or an online order', () => {
    const { call } = harness();
    const { fsh, sevres } = paris(call);
    const lyon = call('boutiques.create', { name: 'Lyon', city: 'Lyon', country: 'FR', timeZone: 'Europe/Paris' });
    const morning = call('purchases.create', receipt({ boutiqueId: fsh, items: one(6000) }));
    expect(morning.detaxe.eligible).toBe(false);
    // Two days later at another Paris boutique: one form may cover both (7–9 Dec).
    const sevresLater = call('purchases.create', receipt({ boutiqueId: sevres, day: '2026-12-09', items: one(4001) }));
    expect(sevresLater.detaxe).toMatchObject({ eligible: true, deadline: '2027-03-31' });
    expect(call('purchases.get', { id: morning.id }).detaxe).toMatchObject({ eligible: true, deadline: '2027-03-31' });
    const tenth = call('purchases.create', receipt({ boutiqueId: fsh, day: '2026-12-10', items: one(6000) }));
    expect(tenth.detaxe.eligible).toBe(true); // 9–10 Dec: €40.01 + €60.00
    // Four days after the first: beyond any run of three days that holds another receipt.
    expect(call('purchases.create', receipt({ boutiqueId: fsh, day: '2026-12-14', items: one(3000) })).detaxe.eligible).toBe(false);
    expect(call('purchases.create', receipt({ boutiqueId: lyon.id, items: one(6000) })).detaxe.eligible).toBe(false);
    // Neither dollars nor an online order count toward the euros of the town.
    const fourteenth = call('purchases.create', receipt({ boutiqueId: fsh, day: '2026-12-15', items: one(6000) }));
    expect(call('purchases.create', receipt({ boutiqueId: fsh, day: '2026-12-15', currency: 'USD', items: one(90000) })).detaxe.eligible).toBe(false);
    expect(call('purchases.create', receipt({ boutiqueId: fsh, day: '2026-12-15', online: true, items: one(90000) })).detaxe.eligible).toBe(false);
    expect(call('purchases.get', { id: fourteenth.id }).detaxe.eligible).toBe(false);
    // Deleting the middle receipt takes the others back under the threshold: eligibility is live.
    call('purchases.delete', { id: sevresLater.id });
    expect(call('purchases.get', { id: morning.id }).detaxe.eligible).toBe(false);
    expect(call('purchases.get', { id: tenth.id }).detaxe.eligible).toBe(false);
    // The list computes the same thing as get.
    const listed = call('purchases.list', { from: '2026-12-07', to: '2026-12-10', boutiqueId: fsh });
    expect(listed.map((p) => [p.id, p.detaxe.eligible])).toEqual([[tenth.id, false], [morning.id, false]]);
  });

  it('is never eligible outside France or outside euros; with no boutique, only the receipt itself counts', () => {
    const { call } = harness();
    const nyc = call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
    expect(call('purchases.create', receipt({ boutiqueId: nyc.id, items: one(500000) })).detaxe.eligible).toBe(false);
    expect(call('purchases.create', receipt({ currency: 'USD', items: one(500000) })).detaxe.eligible).toBe(false);
    expect(call('purchases.create', receipt({ items: one(15000) })).detaxe.eligible).toBe(true);
    const a = call('purchases.create', receipt({ day: '2026-12-09', items: one(6000) }));
    const b = call('purchases.create', receipt({ day: '2026-12-09', items: one(6000) }));
    expect([call('purchases.get', { id: a.id }).detaxe.eligible, b.detaxe.eligible]).toEqual([false, false]);
  });

  it('gives the customs deadline: end of the third month after the month of purchase (leap years included)', () => {
    const { call } = harness();
    const { fsh } = paris(call);
    expect(call('purchases.create', receipt({ boutiqueId: fsh, day: '2026-11-30' })).detaxe.deadline).toBe('2027-02-28');
    expect(call('purchases.create', receipt({ boutiqueId: fsh, day: '2027-11-15' })).detaxe.deadline).toBe('2028-02-29');
  });

  it('gives the deadline when the user says a form is in play even though the rule does not see it', () => {
    const { call } = harness();
    const p = call('purchases.create', receipt({ items: one(9000), detaxe: { status: 'form_issued' } }));
    expect(p.detaxe).toEqual({ status: 'form_issued', amountMinor: null, eligible: false, deadline: '2027-03-31', formId: null });
  });
});

describe('purchases: list', () => {
  function seed(h: H) {
    const { call, journal } = h;
    const { fsh, georgeV } = paris(call);
    const camille = contact(journal, 'Camille', fsh);
    const trip = call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
    const a = call('purchases.create', receipt({ day: '2026-12-05', boutiqueId: fsh, contactId: camille, tripId: trip.id, items: [{ category: 'bag', description: 'Kelly 25 Epsom', quota: true, priceMinor: 1085000 }], detaxe: { status: 'form_issued' } }));
    const b = call('purchases.create', receipt({ day: '2026-12-07', boutiqueId: georgeV, tripId: trip.id, items: [{ category: 'shoes', description: 'Oran sandals', priceMinor: 72000 }, { category: 'bag', description: 'Lindy 26', quota: false, priceMinor: 780000 }], notes: 'Walk-in, 100% luck' }));
    const c = call('purchases.create', receipt({ day: '2027-03-02', currency: 'USD', items: [{ category: 'scarves', description: 'Twilly pair', priceMinor: 44000 }] }));
    const d = call('purchases.create', receipt({ day: '2026-06-15', boutiqueId: fsh, contactId: camille, items: [{ category: 'home', description: 'Mosaique plates', priceMinor: 38000 }] }));
    return { fsh, georgeV, camille, trip, a, b, c, d };
  }
  const ids = (list: { id: number }[]) => list.map((p) => p.id);

  it('sorts by day, newest first, by default; and by total or oldest first on request; pages', () => {
    const h = harness();
    const { a, b, c, d } = seed(h);
    expect(ids(h.call('purchases.list', undefined))).toEqual([c.id, b.id, a.id, d.id]);
    expect(ids(h.call('purchases.list', { sort: 'day_asc' }))).toEqual([d.id, a.id, b.id, c.id]);
    expect(ids(h.call('purchases.list', { sort: 'total_desc' }))).toEqual([a.id, b.id, c.id, d.id]);
    expect(ids(h.call('purchases.list', { sort: 'total_asc' }))).toEqual([d.id, c.id, b.id, a.id]);
    expect(ids(h.call('purchases.list', { limit: 2, offset: 1 }))).toEqual([b.id, a.id]);
  });

  it('filters by days, boutique, contact, trip, category, quota, currency, détaxe status and words', () => {
    const h = harness();
    const { fsh, georgeV, camille, trip, a, b, c, d } = seed(h);
    const list = (input: Parameters<H['call']>[1]) => ids(h.call('purchases.list', input as never));
    expect(list({ from: '2026-12-01', to: '2026-12-31' })).toEqual([b.id, a.id]);
    expect(list({ from: '2026-12-07' })).toEqual([c.id, b.id]);
    expect(list({ to: '2026-12-05' })).toEqual([a.id, d.id]);
    expect(list({ boutiqueId: fsh })).toEqual([a.id, d.id]);
    expect(list({ boutiqueId: georgeV })).toEqual([b.id]);
    expect(list({ contactId: camille })).toEqual([a.id, d.id]);
    expect(list({ tripId: trip.id })).toEqual([b.id, a.id]);
    expect(list({ category: 'bag' })).toEqual([b.id, a.id]);
    expect(list({ category: 'shoes' })).toEqual([b.id]);
    expect(list({ category: 'jewelry' })).toEqual([]);
    expect(list({ quota: true })).toEqual([a.id]);
    expect(list({ quota: false })).toEqual([b.id]);
    expect(list({ currency: 'USD' })).toEqual([c.id]);
    expect(list({ detaxeStatus: 'form_issued' })).toEqual([a.id]);
    expect(list({ query: 'oran' })).toEqual([b.id]);
    expect(list({ query: 'twill' })).toEqual([c.id]);
    expect(list({ query: '100%' })).toEqual([b.id]);
    expect(list({ query: '50%' })).toEqual([]);
    expect(list({ category: 'bag', boutiqueId: fsh, contactId: camille })).toEqual([a.id]);
  });

  it('refuses a range that ends before it starts', () => {
    const { fail } = harness();
    expect(fail('purchases.list', { from: '2026-12-31', to: '2026-12-01' }).issues).toEqual([
      { path: ['to'], message: 'The end of the range must be on or after its start.' },
    ]);
    expect(fail('purchases.list', { category: 'belts' }).issues?.[0]?.path).toEqual(['category']);
  });
});

describe('purchases: totals per group and currency', () => {
  function seed(h: H) {
    const { call, journal } = h;
    const { fsh, sevres } = paris(call);
    const nyc = call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York' }).id;
    const camille = contact(journal, 'Camille', fsh);
    const jordan = contact(journal, 'Jordan', nyc);
    call('purchases.create', receipt({ day: '2025-09-10', boutiqueId: fsh, contactId: camille, items: [
      { category: 'scarves', description: 'Carré 90', priceMinor: 49000 },
      { category: 'scarves', description: 'Carré 70', priceMinor: 39000 },
    ] }));
    call('purchases.create', receipt({ day: '2026-12-07', boutiqueId: fsh, contactId: camille, items: [
      { category: 'bag', description: 'Kelly 25', quota: true, priceMinor: 1085000 },
      { category: 'shoes', description: 'Oran', priceMinor: 72000 },
    ] }));
    call('purchases.create', receipt({ day: '2026-12-08', boutiqueId: sevres, items: [{ category: 'home', description: 'Cups', priceMinor: 30000 }] }));
    call('purchases.create', receipt({ day: '2026-03-01', boutiqueId: nyc, contactId: jordan, currency: 'USD', items: [
      { category: 'scarves', description: 'Twilly', priceMinor: 23500 },
      { category: 'bag', description: 'Evelyne 29', priceMinor: 300000 },
    ] }));
    call('purchases.create', receipt({ day: '2026-04-01', contactId: jordan, currency: 'USD', items: [{ category: 'scarves', description: 'Twilly', priceMinor: 23500 }] }));
    return { fsh, sevres, nyc, camille, jordan };
  }

  it('by year: one row per year and currency, euros and dollars never added', () => {
    const h = harness();
    seed(h);
    expect(h.call('purchases.totals', { groupBy: 'year' })).toEqual([
      { key: 2026, label: '2026', currency: 'EUR', totalMinor: 1187000, count: 2 },
      { key: 2026, label: '2026', currency: 'USD', totalMinor: 347000, count: 2 },
      { key: 2025, label: '2025', currency: 'EUR', totalMinor: 88000, count: 1 },
    ]);
  });

  it('by boutique, with receipts that have no boutique as their own row', () => {
    const h = harness();
    const { fsh, sevres, nyc } = seed(h);
    expect(h.call('purchases.totals', { groupBy: 'boutique' })).toEqual([
      { key: fsh, label: 'Faubourg Saint-Honoré', currency: 'EUR', totalMinor: 1245000, count: 2 },
      { key: nyc, label: 'Madison Avenue', currency: 'USD', totalMinor: 323500, count: 1 },
      { key: sevres, label: 'Sèvres', currency: 'EUR', totalMinor: 30000, count: 1 },
      { key: null, label: 'No boutique recorded', currency: 'USD', totalMinor: 23500, count: 1 },
    ]);
  });

  it('by contact, per currency', () => {
    const h = harness();
    const { camille, jordan } = seed(h);
    expect(h.call('purchases.totals', { groupBy: 'contact' })).toEqual([
      { key: camille, label: 'Camille', currency: 'EUR', totalMinor: 1245000, count: 2 },
      { key: jordan, label: 'Jordan', currency: 'USD', totalMinor: 347000, count: 2 },
      { key: null, label: 'No contact recorded', currency: 'EUR', totalMinor: 30000, count: 1 },
    ]);
  });

  it('by category: item sums and item counts, each currency apart', () => {
    const h = harness();
    seed(h);
    expect(h.call('purchases.totals', { groupBy: 'category' })).toEqual([
      { key: 'bag', label: 'Bags', currency: 'EUR', totalMinor: 1085000, count: 1 },
      { key: 'bag', label: 'Bags', currency: 'USD', totalMinor: 300000, count: 1 },
      { key: 'shoes', label: 'Shoes', currency: 'EUR', totalMinor: 72000, count: 1 },
      { key: 'scarves', label: 'Scarves', currency: 'EUR', totalMinor: 88000, count: 2 },
      { key: 'scarves', label: 'Scarves', currency: 'USD', totalMinor: 47000, count: 2 },
      { key: 'home', label: 'Home', currency: 'EUR', totalMinor: 30000, count: 1 },
    ]);
  });

  it('within a range and for one boutique or contact', () => {
    const h = harness();
    const { fsh, jordan } = seed(h);
    expect(h.call('purchases.totals', { groupBy: 'year', from: '2026-01-01', to: '2026-12-07' })).toEqual([
      { key: 2026, label: '2026', currency: 'EUR', totalMinor: 1157000, count: 1 },
      { key: 2026, label: '2026', currency: 'USD', totalMinor: 347000, count: 2 },
    ]);
    expect(h.call('purchases.totals', { groupBy: 'category', boutiqueId: fsh, from: '2026-01-01' })).toEqual([
      { key: 'bag', label: 'Bags', currency: 'EUR', totalMinor: 1085000, count: 1 },
      { key: 'shoes', label: 'Shoes', currency: 'EUR', totalMinor: 72000, count: 1 },
    ]);
    expect(h.call('purchases.totals', { groupBy: 'year', contactId: jordan })).toEqual([
      { key: 2026, label: '2026', currency: 'USD', totalMinor: 347000, count: 2 },
    ]);
  });

  it('is empty for an empty journal and refuses an unknown grouping', () => {
    const { call, fail } = harness();
    expect(call('purchases.totals', { groupBy: 'year' })).toEqual([]);
    expect(fail('purchases.totals', { groupBy: 'month' }).issues).toEqual([
      { path: ['groupBy'], message: 'Group totals by year, boutique, contact or category.' },
    ]);
    expect(fail('purchases.totals', {}).issues?.[0]?.path).toEqual(['groupBy']);
  });
});

describe('purchases: delete', () => {
  it('deletes the receipt with its items and its decision notes', () => {
    const { call, fail, journal } = harness();
    const keep = call('purchases.create', receipt());
    const p = call('purchases.create', receipt({ items: [{ category: 'bag', description: 'Kelly', priceMinor: 1 }, { category: 'other', description: 'Twilly', priceMinor: 2 }] }));
    const note = journal.sqlite.prepare(
      "INSERT INTO decision_notes (subject_type, subject_id, day, kind, body, created_at, updated_at) VALUES (?, ?, '2026-12-07', 'reflection', ?, '2026-12-07T00:00:00.000Z', '2026-12-07T00:00:00.000Z')",
    );
    note.run('purchase', p.id, 'Worth it.');
    note.run('purchase', keep.id, 'Keep this note.');
    note.run('trip', p.id, 'A trip note with the same id stays.');
    expect(call('purchases.delete', { id: p.id })).toEqual({ id: p.id });
    expect(fail('purchases.get', { id: p.id })).toEqual({ code: 'not_found', message: `Purchase ${p.id} does not exist (it may have been deleted).` });
    expect(count(journal, `SELECT count(*) AS n FROM purchase_items WHERE purchase_id = ${p.id}`)).toBe(0);
    expect(count(journal, 'SELECT count(*) AS n FROM purchase_items')).toBe(1);
    expect(journal.sqlite.prepare('SELECT body FROM decision_notes ORDER BY id').pluck().all()).toEqual(['Keep this note.', 'A trip note with the same id stays.']);
    expect(fail('purchases.delete', { id: p.id }).code).toBe('not_found');
  });

  it('refuses to delete a purchase a special order points at, and changes nothing', () => {
    const { call, fail, journal } = harness();
    const p = call('purchases.create', receipt({ items: [{ category: 'bag', description: 'HSS Kelly 25', priceMinor: 1250000 }] }));
    journal.sqlite
      .prepare("INSERT INTO special_orders (model, purchase_id, created_at, updated_at) VALUES ('Kelly 25 HSS', ?, '2026-12-07T00:00:00.000Z', '2026-12-07T00:00:00.000Z')")
      .run(p.id);
    const before = contentHash(journal);
    expect(fail('purchases.delete', { id: p.id })).toEqual({
      code: 'conflict',
      message: 'This purchase is the payment of 1 special order. Unlink it from the special order first; nothing was deleted.',
    });
    expect(contentHash(journal)).toBe(before);
    expect(call('purchases.get', { id: p.id })).toEqual(p);
  });

  it('refuses a bad id', () => {
    const { fail } = harness();
    expect(fail('purchases.delete', { id: 0 }).issues?.[0]?.path).toEqual(['id']);
    expect(fail('purchases.get', { id: 1.5 }).issues?.[0]?.path).toEqual(['id']);
  });
});
