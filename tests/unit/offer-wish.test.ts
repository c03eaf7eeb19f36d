/**
 * An offer answers a wish: the wish is offered while deciding, bought (with the purchase the
 * offer became) when taken, wanted again when declined; and the best wish for an offer is found
 * by model, size, colour, leather and hardware (bestWishFor, used by the offer form).
 */
import { describe, expect, it } from 'vitest';
import { bestWishFor, wishScore } from '../../src/shared/domain/wishlist';
import { contentHash, harness } from './helpers';

const clock = () => new Date('2026-12-02T10:00:00.000Z');
const kellyOffer = { day: '2026-12-01', source: 'sa_call', category: 'bag', model: 'Kelly', size: '25', leather: 'Togo', colour: 'Gold', hardware: 'GHW', priceMinor: 1_040_000, currency: 'EUR' } as const;

describe('an offer answers a wish', () => {
  it('offered while deciding, bought with its purchase when taken, and in the collection', () => {
    const h = harness({ clock });
    const wish = h.call('wishlist.create', { model: 'Kelly', size: '25', exteriorColour: 'Gold', priority: 1 });
    const offer = h.call('offers.create', { ...kellyOffer, wishId: wish.id });
    expect(offer.wishId).toBe(wish.id);
    expect(h.call('wishlist.get', { id: wish.id })).toMatchObject({ status: 'offered', offerId: offer.id, purchaseId: null });
    const taken = h.call('offers.take', { id: offer.id });
    expect(h.call('wishlist.get', { id: wish.id })).toMatchObject({ status: 'bought', offerId: offer.id, purchaseId: taken.purchaseId });
    const owned = h.call('collection.list', {}).entries;
    expect(owned.map((e) => [e.title, e.offerId, e.wishlistItemId, e.priceMinor])).toEqual([['Kelly 25', offer.id, wish.id, 1_040_000]]);
  });

  it('declined: wanted again, the offer still named; set back to deciding: offered again', () => {
    const h = harness({ clock });
    const wish = h.call('wishlist.create', { model: 'Kelly', size: '25', priority: 1 });
    const offer = h.call('offers.create', { ...kellyOffer, wishId: wish.id });
    h.call('offers.decide', { id: offer.id, decision: 'declined', reason: 'Not my colour' });
    expect(h.call('wishlist.get', { id: wish.id })).toMatchObject({ status: 'wanted', offerId: offer.id });
    h.call('offers.decide', { id: offer.id, decision: 'pending' });
    expect(h.call('wishlist.get', { id: wish.id })).toMatchObject({ status: 'offered' });
    // Taken, then set back: the purchase stays in the journal, the wish no longer names it.
    const taken = h.call('offers.take', { id: offer.id });
    h.call('offers.decide', { id: offer.id, decision: 'pending' });
    expect(h.call('wishlist.get', { id: wish.id })).toMatchObject({ status: 'offered', purchaseId: null });
    expect(h.call('purchases.get', { id: taken.purchaseId! }).id).toBe(taken.purchaseId);
  });

  it('created taken: the wish is bought at once; unlinking leaves the wish wanted', () => {
    const h = harness({ clock });
    const wish = h.call('wishlist.create', { model: 'Kelly', priority: 1 });
    const offer = h.call('offers.create', { ...kellyOffer, decision: 'taken', take: {}, wishId: wish.id });
    expect(h.call('wishlist.get', { id: wish.id })).toMatchObject({ status: 'bought', purchaseId: offer.purchaseId });
    const other = h.call('wishlist.create', { model: 'Birkin', priority: 2 });
    const pending = h.call('offers.create', { ...kellyOffer, model: 'Birkin', size: '30', wishId: other.id });
    expect(h.call('offers.update', { id: pending.id, wishId: null }).wishId).toBeNull();
    expect(h.call('wishlist.get', { id: other.id })).toMatchObject({ status: 'wanted', offerId: null });
  });

  it('refuses a wish answered by another open offer, or already bought, or not there — and changes nothing', () => {
    const h = harness({ clock });
    const wish = h.call('wishlist.create', { model: 'Kelly', priority: 1 });
    h.call('offers.create', { ...kellyOffer, wishId: wish.id });
    const before = contentHash(h.journal);
    expect(h.fail('offers.create', { ...kellyOffer, wishId: wish.id })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['wishId'], message: expect.stringMatching(/already answered by the offer of 2026-12-01 \(still deciding\)/) }] });
    expect(h.fail('offers.create', { ...kellyOffer, wishId: 999 }).issues?.[0]?.path).toEqual(['wishId']);
    const bought = h.call('wishlist.create', { model: 'Picotin', priority: 3 });
    const b = h.call('boutiques.list', undefined)[0]!;
    h.call('wishlist.markBought', { id: bought.id, day: '2026-11-01', boutiqueId: b.id, currency: 'EUR', priceMinor: 300_000, category: 'bag' });
    const mid = contentHash(h.journal);
    expect(h.fail('offers.create', { ...kellyOffer, model: 'Picotin', wishId: bought.id }).issues?.[0]?.message).toMatch(/already bought/);
    expect(contentHash(h.journal)).toBe(mid);
    expect(before).not.toBe(mid);
  });

  it('a declined offer hands its wish to the next offer', () => {
    const h = harness({ clock });
    const wish = h.call('wishlist.create', { model: 'Kelly', priority: 1 });
    const first = h.call('offers.create', { ...kellyOffer, wishId: wish.id });
    h.call('offers.decide', { id: first.id, decision: 'declined' });
    const second = h.call('offers.create', { ...kellyOffer, day: '2026-12-02', wishId: wish.id });
    expect(h.call('wishlist.get', { id: wish.id })).toMatchObject({ status: 'offered', offerId: second.id });
    expect(h.call('offers.get', { id: first.id }).wishId).toBeNull();
  });
});

describe('the best wish for an offer', () => {
  const wish = (id: number, spec: Partial<Parameters<typeof wishScore>[0]>, extra: Partial<{ status: 'wanted' | 'offered' | 'bought' | 'let_go'; priority: 1 | 2 | 3; offerId: number | null }> = {}) => ({
    id,
    position: id,
    model: 'Kelly',
    size: null,
    exteriorLeather: null,
    exteriorColour: null,
    hardware: null,
    alternatives: null,
    status: 'wanted' as const,
    priority: 2 as const,
    offerId: null,
    ...spec,
    ...extra,
  });
  const offered = { model: 'kélly', size: '25', leather: 'Togo', colour: 'Gold', hardware: 'GHW' };

  it('never another model or another size; accents and case do not matter', () => {
    expect(wishScore(wish(1, { model: 'Birkin' }), offered)).toBeNull();
    expect(wishScore(wish(1, { size: '28' }), offered)).toBeNull();
    expect(wishScore(wish(1, { size: '25' }), offered)).toBe(1);
    expect(wishScore(wish(1, {}), offered)).toBe(1);
  });

  it('the colour counts most, then leather, then hardware; alternatives count; a word is a whole word', () => {
    expect(wishScore(wish(1, { exteriorColour: 'Gold' }), offered)).toBe(5);
    expect(wishScore(wish(1, { exteriorColour: 'Etoupe', alternatives: 'Gold or Etoupe, GHW or PHW' }), offered)).toBe(6);
    expect(wishScore(wish(1, { exteriorColour: 'Rose Gold' }), { ...offered, colour: 'Old' })).toBe(1);
    expect(wishScore(wish(1, { exteriorLeather: 'Togo', hardware: 'GHW' }), offered)).toBe(4);
  });

  it('picks the best score, then the most wanted, then the first; skips bought, let go and wishes already answered', () => {
    const wishes = [wish(1, {}, { priority: 3 }), wish(2, { exteriorColour: 'Gold' }, { status: 'bought' }), wish(3, {}, { priority: 1 }), wish(4, { exteriorColour: 'Gold' }, { status: 'offered', offerId: 9 }), wish(5, { model: 'Birkin' })];
    expect(bestWishFor(wishes, offered)?.id).toBe(3);
    expect(bestWishFor([...wishes, wish(6, { exteriorColour: 'Gold' }, { priority: 3 })], offered)?.id).toBe(6);
    expect(bestWishFor([wish(1, {}, { status: 'let_go' })], offered)).toBeNull();
  });
});
