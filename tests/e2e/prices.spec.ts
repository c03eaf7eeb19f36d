/**
 * The price book through the UI: two prices of the same bag a year apart show its history and the
 * yearly increase "from your entries"; a bag in the collection shows today's price and its change
 * since it was paid; bad input is refused in the form's words and saves nothing; a deleted price
 * goes to the Trash with Undo.
 */
import { test, expect } from './fixtures';

const count = (harness: { journal: { sqlite: { prepare: (s: string) => { get: () => unknown } } } }) =>
  (harness.journal.sqlite.prepare('SELECT count(*) AS n FROM price_entries').get() as { n: number }).n;

test('from an empty journal: two prices a year apart give the history, the increase, and today’s price in the collection', async ({ app, harness, call }) => {
  await call('collection.create', { category: 'bag', model: 'Kelly', size: '25', exteriorLeather: 'Togo', exteriorColour: 'Gold', hardware: 'GHW', provenance: 'before_carnet', acquiredOn: '2024-05-01', priceMinor: 950_000, currency: 'EUR' });
  await app.goto(`${harness.url}#/collection`);
  await app.getByRole('link', { name: 'Price book' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Price book' })).toBeVisible();
  await expect(app.getByText('No prices yet')).toBeVisible();

  const add = async (day: string, price: string, source: string) => {
    await app.getByRole('button', { name: 'Add a price' }).click();
    const dialog = app.getByRole('dialog', { name: 'Add a price' });
    await expect(dialog.getByLabel('Model')).toBeFocused();
    await dialog.getByLabel('Model').fill('Kelly');
    await dialog.getByLabel('Size').fill('25');
    await dialog.getByLabel('Leather').fill('Togo');
    await dialog.getByLabel('Hardware').fill('GHW');
    await dialog.getByLabel('Price', { exact: true }).fill(price);
    await dialog.getByLabel('Seen on').fill(day);
    await dialog.getByLabel('Where you saw it').fill(source);
    await dialog.getByRole('button', { name: 'Add the price' }).click();
    await expect(dialog).toBeHidden();
  };
  await add('2025-02-10', '10 000', 'My receipt');
  await add('2026-02-10', '10,640', 'Seen at the Faubourg');
  expect(count(harness)).toBe(2);

  const item = app.getByRole('listitem', { name: 'Kelly 25 · Togo · GHW, FR' });
  await expect(item.locator('.pb-change')).toHaveText(/^\+6\.4 % since /);
  await expect(item.getByRole('img', { name: /^From €10,000\.00 on .* to €10,640\.00 on / })).toBeVisible();
  await expect(item.getByRole('row')).toHaveCount(3);
  const increases = app.getByRole('region', { name: 'Yearly increase, from your entries' });
  await expect(increases.getByRole('row').nth(1)).toHaveText(/FR\s*\(EUR\)\s*2025 → 2026\s*\+6\.4 %\s*1/);

  await app.locator('#main').getByRole('link', { name: 'My collection' }).click();
  const card = app.getByRole('listitem', { name: 'Kelly 25' });
  await expect(card).toContainText('Today €10,640.00 · +12 % since paid');
  await expect(app.getByLabel('Today’s prices, per currency')).toContainText('€10,640.00 · 1 piece');
  await app.getByRole('button', { name: 'List' }).click();
  await expect(app.getByRole('table', { name: 'Collection' })).toContainText('Today €10,640.00');

  // A wish for the same bag shows what it would cost; the SA's card shows it only when asked.
  await call('wishlist.create', { model: 'Kelly', size: '25', exteriorLeather: 'Togo', exteriorColour: 'Étoupe', hardware: 'GHW', priority: 1, status: 'wanted' });
  await app.goto(`${harness.url}#/wishlist`);
  await expect(app.getByRole('listitem', { name: /^Kelly 25/ })).toContainText('About €10,640.00 · price book');
  await app.goto(`${harness.url}#/wishlist/sa`);
  await expect(app.getByRole('heading', { name: 'What I am looking for' })).toBeVisible();
  await expect(app.locator('.wl-sa-card')).not.toContainText('€');
  await app.getByLabel('Show prices').check();
  await expect(app.locator('.wl-sa-card')).toContainText('€10,640.00');
});

test('bad input in the price form is refused in its words and saves nothing; a delete can be undone', async ({ app, harness, call }) => {
  await call('prices.create', { model: 'Evelyne', size: 'PM', country: 'FR', currency: 'EUR', priceMinor: 250_000, seenOn: '2026-02-10' });
  await app.goto(`${harness.url}#/collection/prices`);
  await app.getByRole('button', { name: 'Add a price' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add a price' });
  await dialog.getByLabel('Model').fill('Picotin');
  await dialog.getByRole('button', { name: 'Add the price' }).click();
  await expect(dialog.getByText('Enter the price you saw.')).toBeVisible();
  await dialog.getByLabel('Price', { exact: true }).fill('3100');
  await dialog.getByLabel('Country').fill('F1');
  await dialog.getByRole('button', { name: 'Add the price' }).click();
  await expect(dialog.getByText('Use a two-letter country code such as FR, US or JP.')).toBeVisible();
  expect(count(harness)).toBe(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await app.getByRole('button', { name: /^Delete the price of / }).click();
  const confirm = app.getByRole('alertdialog', { name: 'Delete this price?' }).or(app.getByRole('dialog', { name: 'Delete this price?' }));
  await confirm.getByRole('button', { name: 'Delete the price' }).click();
  await expect(app.getByText('No prices yet')).toBeVisible();
  expect(count(harness)).toBe(0);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('listitem', { name: 'Evelyne PM, FR' })).toBeVisible();
  expect(count(harness)).toBe(1);
});

test('a waiting special order shows the price when it was placed and the latest known, with the change', async ({ app, harness, call }) => {
  const order = await call('specialOrders.create', { model: 'Birkin', size: '25', exteriorLeather: 'Togo', hardware: 'Palladium', history: [{ status: 'placed', day: '2025-10-02' }, { status: 'waiting', day: '2025-11-01' }] });
  await call('prices.create', { model: 'Birkin', size: '25', leather: 'Togo', hardware: 'Palladium', country: 'FR', currency: 'EUR', priceMinor: 1_050_000, seenOn: '2025-03-01' });
  await call('prices.create', { model: 'Birkin', size: '25', leather: 'Togo', hardware: 'Palladium', country: 'FR', currency: 'EUR', priceMinor: 1_120_000, seenOn: '2026-01-15' });
  await app.goto(`${harness.url}#/special-orders/${order.id}`);
  const spec = app.getByRole('region', { name: 'Specification' });
  await expect(spec).toContainText(/Price when placed\s*€10,500\.00 · seen/);
  await expect(spec).toContainText(/Latest known price\s*€11,200\.00 · seen .*· \+6\.7 % since placed/);
});
