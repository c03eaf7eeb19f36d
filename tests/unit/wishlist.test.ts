import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/main/dispatch';
import { migrations } from '../../src/main/db/migrations';
import { openJournal } from '../../src/main/db/open';
import { contentHash, harness, tempDir, tempJournal } from './helpers';

const NOW = new Date('2026-11-23T12:00:00Z');
const setup = () => harness({ clock: () => NOW });
const STAMP = '2026-01-01T00:00:00.000Z';

describe('migration 019 carries the trip wishlists into the standing wishlist', () => {
  it('loses nothing: every trip line stays, points at a standing item, and the same bag on two trips is one item', () => {
    const file = path.join(tempDir(), 'journal.sqlite');
    const old = openJournal(file, { migrations: migrations.filter((m) => m.id < '019'), clock: () => NOW });
    const trip = (title: string, start: string) =>
      Number(
        old.sqlite
          .prepare("INSERT INTO trips (title, city, start_day, end_day, time_zone, created_at, updated_at) VALUES (?, 'Paris', ?, ?, 'Europe/Paris', ?, ?)")
          .run(title, start, start, STAMP, STAMP).lastInsertRowid,
      );
    const spring = trip('Paris in spring', '2026-04-10');
    const winter = trip('Paris in December', '2026-12-04');
    const wish = old.sqlite.prepare(
      'INSERT INTO trip_wishlist (trip_id, position, model, size, leather, colour, hardware, priority, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    wish.run(spring, 0, 'Kelly', '25', 'Epsom', 'Gold', 'GHW', 2, 'wanted');
    wish.run(spring, 1, 'Evelyne', 'PM', null, 'Étoupe', null, 3, 'bought');
    wish.run(winter, 0, ' kelly ', '25', 'epsom', 'GOLD', 'ghw', 1, 'offered');
    wish.run(winter, 1, 'Picotin', '18', 'Clemence', 'Vert Criquet', null, 2, 'wanted');
    const before = old.sqlite.prepare('SELECT id, trip_id, position, model, size, leather, colour, hardware, priority, status FROM trip_wishlist ORDER BY id').all();
    old.close();

    const journal = tempJournal({ clock: () => NOW }, file);
    const h = createDispatch(journal);
    // Every trip line is still there, as it was.
    expect(journal.sqlite.prepare('SELECT id, trip_id, position, model, size, leather, colour, hardware, priority, status FROM trip_wishlist ORDER BY id').all()).toEqual(before);
    const r = h('wishlist.list', undefined);
    if (!r.ok) throw new Error(r.error.message);
    const items = r.value as { id: number; model: string; size: string | null; exteriorLeather: string | null; exteriorColour: string | null; hardware: string | null; priority: number; status: string; notes: string | null; trips: { title: string; status: string }[] }[];
    // Three bags: the Kelly named on both trips is one item, most wanted and offered (the furthest along).
    expect(items.map((i) => [i.model, i.size, i.exteriorLeather, i.exteriorColour, i.hardware, i.priority, i.status])).toEqual([
      ['Kelly', '25', 'Epsom', 'Gold', 'GHW', 1, 'offered'],
      ['Picotin', '18', 'Clemence', 'Vert Criquet', null, 2, 'wanted'],
      ['Evelyne', 'PM', null, 'Étoupe', null, 3, 'bought'],
    ]);
    expect(items[0]!.notes).toBe('From the wishlist of Paris in spring, Paris in December.');
    expect(items[0]!.trips.map((t) => [t.title, t.status])).toEqual([
      ['Paris in spring', 'wanted'],
      ['Paris in December', 'offered'],
    ]);
    // Every line points at its item.
    expect(journal.sqlite.prepare('SELECT count(*) FROM trip_wishlist WHERE wishlist_item_id IS NULL').pluck().get()).toBe(0);
    journal.close();
  });
});

describe('wishlist channels', () => {
  it('creates, lists in order, updates, reorders and deletes', () => {
    const h = setup();
    const kelly = h.call('wishlist.create', { model: 'Kelly', size: '25', exteriorLeather: 'Epsom', exteriorColour: 'Gold', hardware: 'Gold', priority: 1, alternatives: 'Etoupe, PHW' });
    const birkin = h.call('wishlist.create', { model: 'Birkin', size: '30' });
    expect(kelly).toMatchObject({ model: 'Kelly', status: 'wanted', priority: 1, alternatives: 'Etoupe, PHW', trips: [] });
    expect(birkin.priority).toBe(2);
    expect(h.call('wishlist.list', undefined).map((w) => w.model)).toEqual(['Kelly', 'Birkin']);
    expect(h.call('wishlist.reorder', { ids: [birkin.id, kelly.id] }).map((w) => w.model)).toEqual(['Birkin', 'Kelly']);
    expect(h.call('wishlist.update', { id: kelly.id, status: 'let_go' }).status).toBe('let_go');
    h.call('notes.create', { subjectType: 'wishlist_item', subjectId: birkin.id, kind: 'reflection', body: 'Only in Gold.' });
    h.call('wishlist.delete', { id: birkin.id });
    expect(h.call('wishlist.list', undefined).map((w) => w.model)).toEqual(['Kelly']);
    expect(h.journal.sqlite.prepare('SELECT count(*) FROM decision_notes').pluck().get()).toBe(0);
  });

  it('refuses bad input in the words of the form, and changes nothing', () => {
    const h = setup();
    const wish = h.call('wishlist.create', { model: 'Kelly' });
    const purchase = h.call('purchases.create', { day: '2026-11-02', currency: 'EUR', items: [{ category: 'bag', description: 'Kelly 25', priceMinor: 1_000_000 }] });
    const before = contentHash(h.journal);
    const cases: [string, unknown, string, string][] = [
      ['wishlist.create', { model: '  ' }, 'model', 'Model is required.'],
      ['wishlist.create', { model: 'Kelly', priority: 4 }, 'priority', 'Priority is 1 (most wanted), 2 or 3 (if the chance comes).'],
      ['wishlist.create', { model: 'Kelly', status: 'maybe' }, 'status', 'Choose wanted, offered, bought or let go.'],
      ['wishlist.create', { model: 'Kelly', colour: 'Gold' }, '', ''],
      ['wishlist.create', { model: 'Kelly', status: 'let_go', purchaseId: purchase.id }, 'purchaseId', 'A wish you let go cannot name the purchase'],
      ['wishlist.update', { id: wish.id, offerId: 999 }, 'offerId', 'Offer 999 does not exist (it may have been deleted).'],
      ['wishlist.markBought', { id: wish.id }, 'day', 'Enter the day you bought it.'],
      ['wishlist.markBought', { id: wish.id, purchaseId: purchase.id, day: '2026-11-02' }, 'day', 'Choose the purchase, or enter a new one: not both.'],
      ['wishlist.reorder', { ids: [wish.id, wish.id] }, 'ids', 'The new order must name every wishlist item once'],
    ];
    for (const [channel, input, field, message] of cases) {
      const error = h.fail(channel as 'wishlist.create', input as never);
      expect(error.code, channel + JSON.stringify(input)).toBe('invalid_input');
      if (field) {
        const issue = error.issues?.find((i) => i.path[0] === field);
        expect(issue?.message, JSON.stringify(input)).toContain(message);
      }
    }
    expect(contentHash(h.journal)).toBe(before);
    // A bought wish linked to a purchase cannot then be let go.
    h.call('wishlist.markBought', { id: wish.id, purchaseId: purchase.id });
    const letGo = h.fail('wishlist.update', { id: wish.id, status: 'let_go' });
    expect(letGo.issues?.[0]).toMatchObject({ path: ['status'] });
    expect(h.fail('wishlist.get', { id: 999 }).code).toBe('not_found');
  });

  it('a trip line joins the standing item naming the same bag, and moves it on', () => {
    const h = setup();
    const kelly = h.call('wishlist.create', { model: 'Kelly', size: '25', exteriorColour: 'Gold' });
    const trip = h.call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-12-04', endDay: '2026-12-09', wishlist: [{ model: 'kelly', size: '25', colour: 'gold' }, { model: 'Lindy', size: '26' }] });
    expect(trip.wishlist[0]!.wishlistItemId).toBe(kelly.id);
    const items = h.call('wishlist.list', undefined);
    expect(items.map((w) => w.model)).toEqual(['Kelly', 'Lindy']);
    h.call('trips.update', { id: trip.id, wishlist: trip.wishlist.map((w) => ({ ...w, status: w.model === 'kelly' ? ('offered' as const) : w.status })) });
    expect(h.call('wishlist.get', { id: kelly.id })).toMatchObject({ status: 'offered', trips: [{ tripId: trip.id, title: 'Paris', status: 'offered' }] });
    // Chosen from the standing list by id.
    const other = h.call('trips.create', { title: 'Tokyo', city: 'Tokyo', startDay: '2027-03-01', endDay: '2027-03-05', wishlist: [{ model: 'Kelly', wishlistItemId: kelly.id }] });
    expect(other.wishlist[0]!.wishlistItemId).toBe(kelly.id);
    expect(h.fail('trips.create', { title: 'X', city: 'Paris', startDay: '2027-03-01', endDay: '2027-03-05', wishlist: [{ model: 'Kelly', wishlistItemId: 999 }] }).issues?.[0]?.path).toEqual(['wishlist', 0, 'wishlistItemId']);
  });
});

describe('the collection', () => {
  it('derives owned bags from purchase lines once, with an accepted special order and bags added by hand; totals per currency', () => {
    const h = setup();
    const boutique = h.call('boutiques.list', undefined)[0]!;
    const wish = h.call('wishlist.create', { model: 'Kelly', size: '25', exteriorLeather: 'Epsom', exteriorColour: 'Gold', hardware: 'Gold' });
    const bought = h.call('wishlist.markBought', { id: wish.id, day: '2026-11-02', boutiqueId: boutique.id, priceMinor: 1_050_000, currency: 'EUR' });
    expect(bought).toMatchObject({ status: 'bought' });
    // A receipt with a bag, a scarf (not in the collection) and a card holder.
    h.call('purchases.create', {
      day: '2025-06-01',
      currency: 'USD',
      items: [
        { category: 'scarves', description: 'Carré 90', priceMinor: 55_000 },
        { category: 'small_leather_goods', description: 'Calvi card holder', priceMinor: 42_000 },
      ],
    });
    const order = h.call('specialOrders.create', { model: 'Birkin', size: '30', exteriorColour: 'Bleu Nuit', history: [{ status: 'placed', day: '2025-01-10' }] });
    h.call('specialOrders.addEvent', { orderId: order.id, status: 'arrived', day: '2026-10-01' });
    h.call('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2026-10-02', reasons: 'Perfect.', priceMinor: 1_200_000, currency: 'EUR' });
    h.call('collection.create', { category: 'bag', model: 'Constance', size: '18', exteriorColour: 'Rouge H', provenance: 'gift', acquiredOn: '2020-12-24', from: 'My mother' });

    const c = h.call('collection.list', {});
    expect(c.entries.map((e) => [e.title, e.source])).toEqual([
      ['Kelly 25', 'purchase'],
      ['Birkin 30', 'special_order'],
      ['Calvi card holder', 'purchase'],
      ['Constance 18', 'by_hand'],
    ]);
    expect(c.entries[0]).toMatchObject({ wishlistItemId: wish.id, where: boutique.name, priceMinor: 1_050_000, currency: 'EUR', quota: true });
    expect(c.entries[1]).toMatchObject({ specialOrderId: order.id, spec: { exteriorColour: 'Bleu Nuit' } });
    expect(c.totals).toEqual([
      { currency: 'EUR', totalMinor: 2_250_000, count: 2 },
      { currency: 'USD', totalMinor: 42_000, count: 1 },
    ]);
    expect(c.choices.years).toEqual([2026, 2025, 2020]);
    expect(h.call('collection.list', { model: 'kelly' }).entries).toHaveLength(1);
    expect(h.call('collection.list', { colour: 'nuit' }).entries.map((e) => e.title)).toEqual(['Birkin 30']);
    expect(h.call('collection.list', { year: 2020 }).entries.map((e) => e.title)).toEqual(['Constance 18']);
    expect(h.call('collection.list', { quota: true }).entries.map((e) => e.title)).toEqual(['Kelly 25', 'Birkin 30']);
  });

  it('a sold bag leaves the collection, its history kept; it can come back', () => {
    const h = setup();
    const p = h.call('purchases.create', { day: '2026-03-01', currency: 'EUR', items: [{ category: 'bag', description: 'Lindy 26', priceMinor: 800_000 }] });
    const line = p.items[0]!.id;
    const sold = h.call('collection.leave', { purchaseItemId: line, how: 'sold', day: '2026-10-01', notes: 'Sold to a friend.' });
    expect(sold).toMatchObject({ left: { how: 'sold', day: '2026-10-01' }, notes: 'Sold to a friend.' });
    expect(h.call('collection.list', {}).entries).toEqual([]);
    expect(h.call('collection.list', {}).totals).toEqual([]);
    expect(h.call('collection.list', { show: 'left' }).entries.map((e) => e.title)).toEqual(['Lindy 26']);
    // Leaving twice, or editing what it is here, is no double entry.
    h.call('collection.leave', { purchaseItemId: line, how: 'given_away', day: '2026-10-02' });
    expect(h.journal.sqlite.prepare('SELECT count(*) FROM collection_items').pluck().get()).toBe(1);
    expect(h.fail('collection.update', { id: sold.id!, model: 'Kelly' }).code).toBe('conflict');
    expect(h.fail('collection.delete', { id: sold.id! }).code).toBe('conflict');
    h.call('collection.leave', { purchaseItemId: line, how: null });
    expect(h.call('collection.list', {}).entries.map((e) => e.title)).toEqual(['Lindy 26']);
    // Deleting the purchase takes the bag and what was recorded about it.
    h.call('purchases.delete', { id: p.id });
    expect(h.call('collection.list', { show: 'all' }).entries).toEqual([]);
  });

  it('refuses bad input in the words of the form', () => {
    const h = setup();
    const before = contentHash(h.journal);
    const cases: [unknown, string, string][] = [
      [{ category: 'bag', model: 'Kelly' }, 'provenance', 'Provenance is required.'],
      [{ category: 'bag', model: 'Kelly', provenance: 'found' }, 'provenance', 'Choose where it came from'],
      [{ category: 'bag', model: 'Kelly', provenance: 'gift', priceMinor: 100 }, 'currency', 'Give the price paid with its currency (or neither).'],
      [{ category: 'shoes', model: 'Oran', provenance: 'gift' }, 'category', 'Choose bag or small leather good.'],
      [{ category: 'bag', model: 'Kelly', provenance: 'gift', acquiredOn: '2026-02-30' }, 'acquiredOn', 'Enter a real calendar day'],
    ];
    for (const [input, field, message] of cases) {
      const error = h.fail('collection.create', input as never);
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.find((i) => i.path[0] === field)?.message, JSON.stringify(input)).toContain(message);
    }
    expect(h.fail('collection.leave', { how: 'sold', day: '2026-01-01' }).message).toContain('Name the collection item or the purchase line');
    expect(h.fail('collection.leave', { purchaseItemId: 5, how: 'sold' }).issues?.[0]).toMatchObject({ path: ['day'], message: 'Enter the day it left your collection.' });
    expect(contentHash(h.journal)).toBe(before);
  });
});
