import { describe, expect, it, vi } from 'vitest';
import type { Journal } from '../../src/main/db/journal';
import type { InputOf } from '../../src/shared/api';
import { describeOffer } from '../../src/shared/domain/offer-item';
import { contentHash, harness } from './helpers';

/** "Today" for every journal here: 15 June 2026, midday UTC (the same calendar day from UTC-11 to UTC+11). */
const NOW = new Date('2026-06-15T12:00:00Z');
const setup = () => harness({ clock: () => NOW });
type H = ReturnType<typeof setup>;

const count = (journal: Journal, table: string): number => (journal.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function world(h: H) {
  const [fsh, georgeV] = h.call('boutiques.list', undefined);
  const newYork = h.call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  const camille = h.call('contacts.create', { name: 'Camille', role: 'sa', boutiqueId: georgeV!.id });
  const trip = h.call('trips.create', { title: 'Paris in June', city: 'Paris', startDay: '2026-06-08', endDay: '2026-06-14' });
  const attempt = h.call('attempts.create', {
    method: 'lottery',
    wantedDay: '2026-06-10',
    boutiqueId: georgeV!.id,
    tripId: trip.id,
    contactId: camille.id,
    result: 'granted',
    appointmentAt: '2026-06-10T14:00:00+02:00',
  });
  return { fsh: fsh!, georgeV: georgeV!, newYork, camille, trip, attempt };
}

const kelly = {
  day: '2026-06-10',
  time: '14:20',
  source: 'appointment',
  model: 'Kelly',
  size: '25',
  leather: 'Epsom',
  colour: 'Gold',
  hardware: 'GHW',
  quota: true,
  priceMinor: 1_040_000,
  currency: 'EUR',
} satisfies InputOf<'offers.create'>;

describe('offers', () => {
  it('records an offer from an appointment attempt, taking the boutique and SA from it, and reads it back', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, attemptId: w.attempt.id });
    expect(offer).toEqual({
      id: expect.any(Number),
      day: '2026-06-10',
      time: '14:20',
      timeZone: 'Europe/Paris',
      offeredAt: '2026-06-10T12:20:00.000Z',
      quotaYear: 2026,
      boutiqueId: w.georgeV.id,
      contactId: w.camille.id,
      source: 'appointment',
      attemptId: w.attempt.id,
      specialOrderId: null,
      category: 'bag',
      model: 'Kelly',
      size: '25',
      leather: 'Epsom',
      colour: 'Gold',
      hardware: 'GHW',
      quota: true,
      priceMinor: 1_040_000,
      currency: 'EUR',
      decision: 'pending',
      decidedOn: null,
      reason: null,
      purchaseId: null,
      wishId: null,
      notes: null,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(h.call('offers.get', { id: offer.id })).toEqual(offer);
    // An explicit null keeps "no SA" even when the attempt names one.
    expect(h.call('offers.create', { ...kelly, attemptId: w.attempt.id, contactId: null }).contactId).toBeNull();
  });

  it('writes the time on the boutique’s wall clock: New York offers keep New York’s zone', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.newYork.id, source: 'sa_call', time: '18:05' });
    expect(offer.timeZone).toBe('America/New_York');
    expect(offer.offeredAt).toBe('2026-06-10T22:05:00.000Z');
    const moved = h.call('offers.update', { id: offer.id, boutiqueId: w.fsh.id });
    expect(moved.timeZone).toBe('Europe/Paris');
    expect(moved.offeredAt).toBe('2026-06-10T16:05:00.000Z');
    const noTime = h.call('offers.update', { id: offer.id, time: null });
    expect(noTime.offeredAt).toBeNull();
  });

  it('taking an offer creates its purchase in the same transaction: one offered line, the attempt’s trip, the offer linked', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, attemptId: w.attempt.id });
    const taken = h.call('offers.take', { id: offer.id, reason: 'The colour I hoped for.' });
    expect(taken).toMatchObject({ decision: 'taken', decidedOn: '2026-06-10', reason: 'The colour I hoped for.', purchaseId: expect.any(Number) });
    const purchase = h.call('purchases.get', { id: taken.purchaseId! });
    expect(purchase).toMatchObject({
      day: '2026-06-10',
      boutiqueId: w.georgeV.id,
      contactId: w.camille.id,
      tripId: w.trip.id,
      currency: 'EUR',
      totalMinor: 1_040_000,
      notes: 'Taken offer of 2026-06-10.',
    });
    expect(purchase.items).toEqual([
      { id: expect.any(Number), category: 'bag', description: 'Kelly 25 · Epsom Gold · GHW', quota: true, priceMinor: 1_040_000, offered: true },
    ]);
    expect(describeOffer(offer)).toBe('Kelly 25 · Epsom Gold · GHW');
  });

  it('takes at the price actually paid, on a later day, and in another trip when told', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, priceMinor: null, currency: null, boutiqueId: w.fsh.id, source: 'sa_call', category: 'small_leather_goods', model: 'Calvi', quota: null });
    const other = h.call('trips.create', { title: 'Second stay', city: 'Paris', startDay: '2026-06-11', endDay: '2026-06-13' });
    const taken = h.call('offers.take', { id: offer.id, day: '2026-06-12', priceMinor: 42_000, currency: 'EUR', tripId: other.id });
    const purchase = h.call('purchases.get', { id: taken.purchaseId! });
    expect(purchase).toMatchObject({ day: '2026-06-12', tripId: other.id, totalMinor: 42_000, contactId: null });
    expect(purchase.items[0]).toMatchObject({ category: 'small_leather_goods', quota: null, offered: true, description: 'Calvi 25 · Epsom Gold · GHW' });
    expect(taken.decidedOn).toBe('2026-06-12');
  });

  it('is atomic: when the decision cannot be written, the purchase it created is rolled back too', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, attemptId: w.attempt.id });
    // Make the last write of the transaction (the offer's update) fail, after the purchase was inserted.
    h.journal.sqlite.exec(`CREATE TRIGGER offers_locked BEFORE UPDATE ON offers BEGIN SELECT RAISE(ABORT, 'locked for the test'); END`);
    const before = contentHash(h.journal);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = h.fail('offers.take', { id: offer.id });
    logged.mockRestore();
    expect(error.code).toBe('internal');
    expect(contentHash(h.journal)).toBe(before);
    expect(count(h.journal, 'purchases')).toBe(0);
    expect(count(h.journal, 'purchase_items')).toBe(0);
  });

  it('refuses a purchase day before the offer, after writing the purchase, and leaves nothing behind', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, attemptId: w.attempt.id });
    const before = contentHash(h.journal);
    const error = h.fail('offers.take', { id: offer.id, day: '2026-06-09' });
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'The purchase cannot be before the offer (2026-06-10).',
      issues: [{ path: ['day'], message: 'The purchase cannot be before the offer (2026-06-10).' }],
    });
    expect(contentHash(h.journal)).toBe(before);
  });

  it.each([
    [{ priceMinor: undefined, currency: undefined }, {}, ['priceMinor'], 'Enter the price paid; it becomes the purchase.'],
    [{ priceMinor: undefined, currency: undefined }, { priceMinor: 5000 }, ['currency'], 'Choose the currency the price was paid in.'],
    [{}, { tripId: 99 }, ['tripId'], 'Trip 99 does not exist (it may have been deleted).'],
    [{}, { purchaseId: 99 }, ['purchaseId'], 'Purchase 99 does not exist (it may have been deleted).'],
    [{}, { purchaseId: 1, priceMinor: 10 }, ['purchaseId'], 'Either link an existing purchase or enter the price paid, not both.'],
    [{}, { priceMinor: 10.5 }, ['priceMinor'], 'Amounts are stored in whole minor units (cents).'],
    [{}, { currency: 'EURO' }, ['currency'], 'Use a three-letter currency code such as EUR, USD or JPY.'],
  ] as const)('refuses to take %j with %j, on its field, and writes nothing', (offerPatch, take, path, message) => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, ...offerPatch, boutiqueId: w.fsh.id, source: 'walk_in' });
    const before = contentHash(h.journal);
    const error = h.fail('offers.take', { id: offer.id, ...take });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path, message }]);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('refuses to take an offer twice (conflict) and a missing offer (not_found)', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id });
    const taken = h.call('offers.take', { id: offer.id });
    const before = contentHash(h.journal);
    expect(h.fail('offers.take', { id: offer.id })).toEqual({
      code: 'conflict',
      message: `This offer is already taken (purchase ${taken.purchaseId}); nothing was changed.`,
    });
    expect(h.fail('offers.take', { id: 404 }).code).toBe('not_found');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('links a receipt already in the journal instead of creating one, and refuses one from before the offer', () => {
    const h = setup();
    const w = world(h);
    const early = h.call('purchases.create', { day: '2026-06-01', currency: 'EUR', boutiqueId: w.fsh.id, items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 55_000 }] });
    const receipt = h.call('purchases.create', {
      day: '2026-06-11',
      currency: 'EUR',
      boutiqueId: w.fsh.id,
      items: [{ category: 'bag', description: 'Kelly 25', quota: true, priceMinor: 1_040_000, offered: true }],
    });
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id });
    expect(h.fail('offers.take', { id: offer.id, purchaseId: early.id }).issues).toEqual([
      { path: ['purchaseId'], message: 'That purchase (2026-06-01) is from before the offer (2026-06-10); choose the receipt of this offer.' },
    ]);
    const taken = h.call('offers.take', { id: offer.id, purchaseId: receipt.id });
    expect(taken).toMatchObject({ decision: 'taken', purchaseId: receipt.id, decidedOn: '2026-06-11' });
    expect(count(h.journal, 'purchases')).toBe(2);
  });

  it('records an offer already taken in one write, with the purchase; errors point inside "take"', () => {
    const h = setup();
    const w = world(h);
    const before = contentHash(h.journal);
    const bad = h.fail('offers.create', { ...kelly, boutiqueId: w.fsh.id, priceMinor: null, currency: null, decision: 'taken', take: {} });
    expect(bad.issues).toEqual([{ path: ['take', 'priceMinor'], message: 'Enter the price paid; it becomes the purchase.' }]);
    expect(contentHash(h.journal)).toBe(before);
    expect(h.fail('offers.create', { ...kelly, decision: 'taken' }).issues).toEqual([
      { path: ['take'], message: 'Say what the taken offer became: the price paid, or the purchase to link.' },
    ]);
    expect(h.fail('offers.create', { ...kelly, decision: 'declined', take: {} }).issues?.[0]?.path).toEqual(['decision']);
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id, decision: 'taken', reason: 'Yes!', take: { priceMinor: 1_050_000 } });
    expect(offer).toMatchObject({ decision: 'taken', decidedOn: '2026-06-10', reason: 'Yes!' });
    expect(h.call('purchases.get', { id: offer.purchaseId! }).totalMinor).toBe(1_050_000);
  });

  it('declines with a reason and a day; setting a taken offer back keeps its purchase and drops the link', () => {
    const h = setup();
    const w = world(h);
    const first = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id });
    const declined = h.call('offers.decide', { id: first.id, decision: 'declined', reason: 'Not my colour.' });
    expect(declined).toMatchObject({ decision: 'declined', decidedOn: '2026-06-15', reason: 'Not my colour.', purchaseId: null });
    expect(h.fail('offers.decide', { id: first.id, decision: 'declined', day: '2026-06-01' }).issues).toEqual([
      { path: ['day'], message: 'An offer cannot be declined before it was made (2026-06-10).' },
    ]);
    expect(h.fail('offers.decide', { id: first.id, decision: 'taken' }).issues?.[0]?.message).toBe(
      'Choose declined or still deciding (taking an offer records its purchase).',
    );

    const second = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id });
    const taken = h.call('offers.take', { id: second.id });
    const back = h.call('offers.decide', { id: second.id, decision: 'pending' });
    expect(back).toMatchObject({ decision: 'pending', decidedOn: null, purchaseId: null });
    expect(h.call('purchases.get', { id: taken.purchaseId! }).totalMinor).toBe(1_040_000);
    // It can be taken again, as a new purchase.
    expect(h.call('offers.take', { id: second.id }).purchaseId).not.toBe(taken.purchaseId);
  });

  it.each([
    [{ category: 'shoes', quota: true }, ['quota'], 'Only bags are quota or non-quota; leave this empty for other items.'],
    [{ source: 'sa_call', attemptId: 1 }, ['source'], 'An offer from an appointment attempt came at an appointment or a walk-in; choose one of those.'],
    [{ source: 'appointment', specialOrderId: 1 }, ['source'], 'An offer linked to a special order is its arrival; choose "special-order arrival".'],
    [{ currency: null }, ['currency'], 'Enter the price and its currency together, or neither.'],
    [{ priceMinor: null }, ['priceMinor'], 'Enter the price and its currency together, or neither.'],
    [{ time: '24:00' }, ['time'], 'Enter a time like 14:30 (24-hour clock).'],
    [{ time: '9:30' }, ['time'], 'Enter a time like 14:30 (24-hour clock).'],
    [{ day: '2026-06-31' }, ['day'], 'Enter a real calendar day like 2026-12-07.'],
    [{ day: '2026-06-17' }, ['day'], 'An offer is recorded once it has happened; 2026-06-17 is still to come.'],
    [{ model: '  ' }, ['model'], 'Model is required.'],
    [{ source: 'lottery' }, ['source'], 'Choose how the offer came: appointment, call from the SA, walk-in, special-order arrival or other.'],
    [{ boutiqueId: 99 }, ['boutiqueId'], 'Boutique 99 does not exist (it may have been deleted).'],
    [{ contactId: 99 }, ['contactId'], 'Contact 99 does not exist (it may have been deleted).'],
    [{ attemptId: 99 }, ['attemptId'], 'Appointment attempt 99 does not exist (it may have been deleted).'],
    [{ source: 'special_order', specialOrderId: 99 }, ['specialOrderId'], 'Special order 99 does not exist (it may have been deleted).'],
    [{ extra: 1 }, [], 'Unknown field: extra.'],
  ] as const)('refuses %j on its field and writes nothing', (patch, path, message) => {
    const h = setup();
    world(h);
    const before = contentHash(h.journal);
    const error = h.fail('offers.create', { ...kelly, ...patch });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path, message }]);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('accepts tomorrow (a boutique’s day can be ahead of this machine’s)', () => {
    const h = setup();
    expect(h.call('offers.create', { ...kelly, day: '2026-06-16' }).day).toBe('2026-06-16');
  });

  it('checks the merged offer on update, drops the quota mark when leaving bags, and refuses a day after its decision', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id });
    const before = contentHash(h.journal);
    expect(h.fail('offers.update', { id: offer.id, attemptId: w.attempt.id, source: 'other' }).issues?.[0]?.path).toEqual(['source']);
    // The stored source is "appointment"; an attempt link alone is fine, and a source that no longer fits is refused on the merged values.
    h.call('offers.update', { id: offer.id, attemptId: w.attempt.id });
    expect(h.fail('offers.update', { id: offer.id, source: 'sa_call' }).issues).toEqual([
      { path: ['source'], message: 'An offer from an appointment attempt came at an appointment or a walk-in; choose one of those.' },
    ]);
    expect(h.fail('offers.update', { id: offer.id, currency: null }).issues?.[0]?.path).toEqual(['currency']);
    expect(h.call('offers.update', { id: offer.id, category: 'small_leather_goods' }).quota).toBeNull();
    h.call('offers.decide', { id: offer.id, decision: 'declined', day: '2026-06-11' });
    expect(h.fail('offers.update', { id: offer.id, day: '2026-06-12' }).issues).toEqual([
      { path: ['day'], message: 'This offer was declined on 2026-06-11; it cannot have been made after that.' },
    ]);
    expect(h.fail('offers.update', { id: 404, model: 'x' }).code).toBe('not_found');
    expect(before).not.toBe(contentHash(h.journal));
  });

  it('lists newest first, filtered by quota year, decision, store, source, attempt and words', () => {
    const h = setup();
    const w = world(h);
    const a = h.call('offers.create', { ...kelly, day: '2025-12-31', time: '23:30', boutiqueId: w.fsh.id, source: 'walk_in', model: 'Birkin' });
    const b = h.call('offers.create', { ...kelly, day: '2026-06-10', time: '11:00', attemptId: w.attempt.id });
    const c = h.call('offers.create', { ...kelly, day: '2026-06-10', time: null, attemptId: w.attempt.id, category: 'shoes', model: 'Oran', quota: null });
    const d = h.call('offers.create', { ...kelly, day: '2026-06-10', time: '16:00', boutiqueId: w.newYork.id, source: 'sa_call', model: 'Constance', quota: false });
    h.call('offers.decide', { id: d.id, decision: 'declined', reason: 'Too small for me' });
    const ids = (input: InputOf<'offers.list'>) => h.call('offers.list', input).map((o) => o.id);
    expect(ids(undefined)).toEqual([d.id, b.id, c.id, a.id]);
    expect(ids({ year: 2025 })).toEqual([a.id]);
    expect(ids({ year: 2026, decision: 'declined' })).toEqual([d.id]);
    expect(ids({ boutiqueId: w.georgeV.id })).toEqual([b.id, c.id]);
    expect(ids({ attemptId: w.attempt.id, category: 'shoes' })).toEqual([c.id]);
    expect(ids({ quota: true })).toEqual([b.id, a.id]);
    expect(ids({ quota: false })).toEqual([d.id]);
    expect(ids({ source: 'walk_in' })).toEqual([a.id]);
    expect(ids({ query: 'too small' })).toEqual([d.id]);
    expect(ids({ query: 'birk' })).toEqual([a.id]);
    expect(ids({ limit: 1, offset: 1 })).toEqual([b.id]);
  });

  it('deletes an offer with its decision notes; its purchase stays', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id });
    const taken = h.call('offers.take', { id: offer.id });
    h.call('notes.create', { subjectType: 'offer', subjectId: offer.id, kind: 'decision', body: 'Took it: the Gold I wanted.' });
    expect(h.call('notes.list', { subjectType: 'offer', subjectId: offer.id })).toHaveLength(1);
    expect(h.call('offers.delete', { id: offer.id })).toEqual({ id: offer.id, purchaseId: taken.purchaseId });
    expect(count(h.journal, 'decision_notes')).toBe(0);
    expect(h.call('purchases.get', { id: taken.purchaseId! }).id).toBe(taken.purchaseId);
    expect(h.fail('offers.get', { id: offer.id }).code).toBe('not_found');
    expect(h.fail('offers.delete', { id: offer.id }).code).toBe('not_found');
  });

  it('keeps the offer when the attempt, special order or purchase it points at is deleted (only the link goes)', () => {
    const h = setup();
    const w = world(h);
    const fromAttempt = h.call('offers.create', { ...kelly, attemptId: w.attempt.id });
    const order = h.call('specialOrders.create', { model: 'Kelly', boutiqueId: w.fsh.id, history: [{ status: 'placed', day: '2025-01-10' }] });
    const fromOrder = h.call('offers.create', { ...kelly, source: 'special_order', specialOrderId: order.id });
    expect(fromOrder.boutiqueId).toBe(w.fsh.id);
    const taken = h.call('offers.take', { id: fromOrder.id });

    h.call('attempts.delete', { id: w.attempt.id });
    h.call('specialOrders.delete', { id: order.id });
    h.call('purchases.delete', { id: taken.purchaseId! });
    expect(h.call('offers.get', { id: fromAttempt.id }).attemptId).toBeNull();
    expect(h.call('offers.get', { id: fromOrder.id })).toMatchObject({ specialOrderId: null, purchaseId: null, decision: 'taken' });
  });
});

describe('a boutique or SA that offers name cannot be deleted', () => {
  it('refuses to delete a boutique offers name, naming the offers with what else points at it, and changes nothing', () => {
    const h = setup();
    const w = world(h);
    h.call('offers.create', { ...kelly, boutiqueId: w.newYork.id, contactId: null });
    h.call('offers.create', { ...kelly, day: '2026-06-11', boutiqueId: w.newYork.id, contactId: null, model: 'Birkin', size: '30' });
    const before = contentHash(h.journal);
    expect(h.fail('boutiques.delete', { id: w.newYork.id })).toEqual({
      code: 'conflict',
      message: 'Madison Avenue is still named by 2 offers; nothing was deleted. Archive it instead to take it out of the pickers.',
    });
    expect(contentHash(h.journal)).toBe(before);
    h.call('purchases.create', { day: '2026-06-12', boutiqueId: w.newYork.id, currency: 'USD', items: [{ category: 'scarves', description: 'Carré', priceMinor: 59_500 }] });
    const withPurchase = contentHash(h.journal);
    expect(h.fail('boutiques.delete', { id: w.newYork.id }).message).toBe('Madison Avenue is still named by 1 purchase and 2 offers; nothing was deleted. Archive it instead to take it out of the pickers.');
    expect(contentHash(h.journal)).toBe(withPurchase);
    expect(count(h.journal, 'offers')).toBe(2);
  });

  it('deletes the boutique once its offers are moved elsewhere', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.newYork.id, contactId: null });
    const before = contentHash(h.journal);
    expect(h.fail('boutiques.delete', { id: w.newYork.id }).message).toBe('Madison Avenue is still named by 1 offer; nothing was deleted. Archive it instead to take it out of the pickers.');
    expect(contentHash(h.journal)).toBe(before);
    h.call('offers.update', { id: offer.id, boutiqueId: w.fsh.id });
    expect(h.call('boutiques.delete', { id: w.newYork.id })).toEqual({ id: w.newYork.id });
  });

  it('refuses to delete an SA offers name, naming the offers, and changes nothing; deletes once none does', () => {
    const h = setup();
    const w = world(h);
    const lone = h.call('contacts.create', { name: 'Odile', role: 'sa', boutiqueId: w.fsh.id });
    const offer = h.call('offers.create', { ...kelly, boutiqueId: w.fsh.id, contactId: lone.id });
    const before = contentHash(h.journal);
    expect(h.fail('contacts.delete', { id: lone.id })).toEqual({
      code: 'conflict',
      message: 'Odile is still named by 1 offer. Delete them or move them to another contact first; nothing was deleted.',
    });
    expect(contentHash(h.journal)).toBe(before);
    // Camille: the attempt and the offer taken from it.
    h.call('offers.create', { ...kelly, attemptId: w.attempt.id });
    expect(h.fail('contacts.delete', { id: w.camille.id }).message).toBe(
      'Camille is still named by 1 appointment attempt and 1 offer. Delete them or move them to another contact first; nothing was deleted.',
    );
    h.call('offers.update', { id: offer.id, contactId: null });
    expect(h.call('contacts.delete', { id: lone.id })).toEqual({ id: lone.id });
  });
});

describe('quota from the item (issue 14 §2): Birkin and Kelly count unless the user says No', () => {
  it('a Kelly left "Not sure" is a quota offer; taking it buys a quota bag line; the year counts it once, bought once', () => {
    const h = setup();
    const w = world(h);
    const offer = h.call('offers.create', { ...kelly, model: 'Kelly', leather: 'Togo', quota: null, attemptId: w.attempt.id });
    expect(offer.quota).toBe(true);
    h.call('offers.take', { id: offer.id, day: '2026-06-10', priceMinor: 1_040_000, currency: 'EUR', tripId: null, reason: null });
    const line = h.journal.sqlite.prepare('SELECT category, description, quota, offered FROM purchase_items').get();
    expect(line).toEqual({ category: 'bag', description: 'Kelly 25 · Togo Gold · GHW', quota: 1, offered: 1 });
    expect(h.call('profile.quota', undefined).current).toMatchObject({ year: 2026, offered: 1, taken: 1, bought: 1, boughtWithoutOffer: 0, counted: 1 });
  });

  it('No on a Kelly stays No; an Evelyne left "Not sure" stays unknown; a model edited to Birkin becomes quota', () => {
    const h = setup();
    world(h);
    expect(h.call('offers.create', { ...kelly, quota: false }).quota).toBe(false);
    const evelyne = h.call('offers.create', { ...kelly, model: 'Evelyne', size: 'PM', quota: null });
    expect(evelyne.quota).toBe(null);
    expect(h.call('offers.update', { id: evelyne.id, model: 'Birkin' }).quota).toBe(true);
    expect(h.call('offers.update', { id: evelyne.id, category: 'small_leather_goods' }).quota).toBe(null);
  });
});
