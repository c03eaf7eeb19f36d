/**
 * The dashboard's wishlist and collection cards: from an empty journal each says what to do
 * first; a wish answered by an offer still being decided is listed, one click from the offer; the
 * collection shows the pieces owned, what was paid and today's price, per currency.
 */
import { test, expect } from './fixtures';

test('wishlist and collection cards: empty, then a wish offered and a bag owned with today’s price', async ({ app, harness, call }) => {
  await app.goto(`${harness.url}#/dashboard`);
  const wishes = app.getByRole('region', { name: 'Wishlist' });
  const owned = app.getByRole('region', { name: 'My collection' });
  await expect(wishes).toContainText('Add the bags you hope for');
  await expect(owned).toContainText('are your collection');

  const wish = await call('wishlist.create', { model: 'Kelly', size: '25', exteriorLeather: 'Togo', exteriorColour: 'Gold', priority: 1 });
  await call('wishlist.create', { model: 'Birkin', size: '30', priority: 2 });
  const offer = await call('offers.create', { day: '2026-11-20', source: 'sa_call', category: 'bag', model: 'Kelly', size: '25', colour: 'Gold', wishId: wish.id });
  await call('collection.create', { category: 'bag', model: 'Picotin', size: '18', provenance: 'before_carnet', acquiredOn: '2024-05-01', priceMinor: 300_000, currency: 'EUR' });
  await call('collection.create', { category: 'bag', model: 'Evelyne', size: 'PM', provenance: 'gift', acquiredOn: '2023-05-01', priceMinor: 250_000, currency: 'USD' });
  await call('prices.create', { model: 'Picotin', size: '18', country: 'FR', currency: 'EUR', priceMinor: 330_000, seenOn: '2026-02-10' });
  await app.reload();

  await expect(wishes.getByRole('link', { name: 'Kelly 25, exterior Togo Gold' })).toHaveAttribute('href', `#/offers/${offer.id}`);
  await expect(wishes).toContainText('Offered 3 days ago · Fri 20 Nov 2026 · still deciding');
  await expect(wishes).toContainText('1 more still wanted.');
  await expect(owned).toContainText('2 pieces owned');
  await expect(owned.getByRole('list', { name: 'Paid, per currency' })).toContainText(/€3,000\.00\s*paid · 1 piece/);
  await expect(owned.getByRole('list', { name: 'Paid, per currency' })).toContainText(/US\$2,500\.00|\$2,500\.00/);
  await expect(owned.getByRole('list', { name: 'Today, from your price book' })).toContainText(/€3,300\.00\s*today · 1 piece, from your price book/);
  await expect(owned).toContainText('never added across currencies');

  // Declined: the wish is wanted again and leaves the card.
  await call('offers.decide', { id: offer.id, decision: 'declined', day: '2026-11-21' });
  await app.reload();
  await expect(wishes).toContainText('2 wishes still wanted; no offer to decide on.');
});
