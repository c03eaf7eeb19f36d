/**
 * The wish-to-collection journey through the UI: a wish on the list is seen in a trip, an offer
 * of that bag suggests the wish it answers, taking the offer marks the wish bought, and the bag
 * is in My collection with the price paid and today's price from two price-book entries a year
 * apart (the increase shown). The clock is the fixture's: Monday 23 November 2026.
 */
import { test, expect } from './fixtures';

test('a wish, an offer that answers it, taken: bought, and in the collection with today’s price', async ({ app, harness, call }) => {
  const wish = await call('wishlist.create', { model: 'Kelly', size: '25', exteriorLeather: 'Togo', exteriorColour: 'Gold', hardware: 'GHW', priority: 1 });
  await call('wishlist.create', { model: 'Birkin', size: '30', priority: 2 });
  const trip = await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09', wishlist: [{ model: 'Kelly', size: '25', leather: 'Togo', colour: 'Gold', hardware: 'GHW', priority: 1, wishlistItemId: wish.id }] });
  for (const [seenOn, priceMinor] of [['2025-02-10', 1_000_000], ['2026-02-10', 1_064_000]] as const) {
    await call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor, seenOn });
  }

  // The wish is on the trip.
  await app.goto(`${harness.url}#/trips/${trip.id}`);
  await expect(app.getByRole('row').filter({ hasText: 'Togo' })).toContainText(/Kelly\s*25\s*Togo\s*Gold\s*GHW\s*Wanted/);

  // An offer of that bag: the form suggests the wish, and taking it records the purchase.
  await app.goto(`${harness.url}#/offers`);
  await app.getByRole('button', { name: 'Record an offer' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'Record an offer' });
  await dialog.getByLabel('Day offered').fill('2026-11-20');
  await dialog.getByLabel('How it came').selectOption('sa_call');
  await dialog.getByLabel('Model').fill('Kelly');
  await dialog.getByLabel('Size').fill('25');
  await dialog.getByLabel('Leather').fill('Togo');
  await dialog.getByLabel('Colour').fill('Gold');
  await expect(dialog.getByLabel('For a wish on your list')).toHaveValue(String(wish.id));
  await expect(dialog.getByText('Suggested: it matches this wish.')).toBeVisible();
  await dialog.getByLabel('Price', { exact: true }).fill('10,400.00');
  await dialog.getByLabel('Currency').selectOption('EUR');
  await dialog.getByLabel('Taken — record the purchase').check();
  await dialog.getByRole('button', { name: 'Record offer' }).click();
  await expect(dialog).toBeHidden();

  // The wish is bought.
  await app.goto(`${harness.url}#/wishlist`);
  await app.getByRole('button', { name: /^Bought/ }).click();
  await expect(app.locator('#main')).toContainText('Kelly 25');
  const stored = (harness.journal.sqlite.prepare('SELECT status, purchase_id FROM wishlist_items WHERE id = ?').get(wish.id) as { status: string; purchase_id: number | null });
  expect(stored.status).toBe('bought');
  expect(stored.purchase_id).not.toBeNull();

  // In the collection: paid €10,400, today €10,640 from the later entry, the change since paid.
  await app.goto(`${harness.url}#/collection`);
  const card = app.getByRole('listitem', { name: 'Kelly 25' });
  await expect(card).toContainText('€10,400.00');
  await expect(card).toContainText(/Today €10,640\.00 · \+2(\.3)? % since paid/);
  // The price book shows the increase between the two entries.
  await app.getByRole('link', { name: 'Price book' }).click();
  await expect(app.getByRole('listitem', { name: 'Kelly 25 · Togo · GHW, FR' }).locator('.pb-change')).toHaveText(/^\+6\.4 % since /);
});
