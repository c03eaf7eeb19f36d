/**
 * The standing wishlist and My collection, as a person uses them: add a wish, see it, mark it
 * bought, and find the bag in the collection with the price paid — from an empty journal and
 * from the sample journal (whose trip wishlists are on the standing list).
 */
import type { Page } from '@playwright/test';
import { seedSample } from '../../scripts/sample-journal';
import { expect, test } from './fixtures';

async function addAndBuy(page: Page, openForm: () => Promise<void>, model: string, size: string) {
  const name = `${model} ${size}`;
  await openForm();
  const form = page.getByRole('dialog', { name: 'New wish' });
  await form.getByLabel('Model').fill(model);
  await form.getByLabel('Size').fill(size);
  await form.getByLabel('Exterior leather').fill('Epsom');
  await form.getByLabel('Exterior colour').fill('Gold');
  await form.getByLabel('Hardware').fill('Gold');
  await form.getByLabel('Acceptable alternatives').fill('Etoupe, PHW');
  await form.getByRole('button', { name: 'Add to my wishlist' }).click();
  await expect(form).toBeHidden();

  const card = page.getByRole('listitem', { name });
  await expect(card).toContainText('exterior Epsom Gold, hardware Gold');
  await expect(card).toContainText('Would also take: Etoupe, PHW');
  await expect(card).toContainText('Wanted');

  await card.getByRole('button', { name: 'Mark bought' }).click();
  const bought = page.getByRole('dialog', { name: `You bought ${name}` });
  await bought.getByLabel('Price paid').fill('10400');
  await bought.getByRole('button', { name: 'Record the purchase' }).click();
  await expect(bought).toBeHidden();
  // Bought: no longer among the wishes still wanted, there under "Bought".
  await expect(page.getByRole('listitem', { name })).toBeHidden();
  await page.getByRole('button', { name: /^Bought/ }).click();
  await expect(page.getByRole('listitem', { name })).toContainText('Bought');
}

test('from an empty journal: a wish is added, bought, and is in My collection with its price', async ({ app }) => {
  await app.getByRole('link', { name: 'Wishlist' }).click();
  await expect(app.getByRole('heading', { name: 'Nothing on your wishlist yet' })).toBeVisible();
  await addAndBuy(app, () => app.getByRole('button', { name: 'Add a wish' }).click(), 'Kelly', '25');

  await app.getByRole('link', { name: 'My collection' }).click();
  const bag = app.getByRole('list', { name: 'Collection' }).getByRole('listitem', { name: 'Kelly 25' });
  await expect(bag).toContainText('€10,400.00');
  await expect(bag).toContainText('Purchase');
  await expect(app.getByLabel('Paid, per currency')).toContainText('€10,400.00 · 1 piece');

  // Sold: it leaves the collection; its history stays.
  await bag.getByRole('button', { name: 'Sold or given away…' }).click();
  await app.getByRole('dialog', { name: 'Kelly 25 leaves your collection' }).getByRole('button', { name: 'It left my collection' }).click();
  await expect(app.getByRole('heading', { name: 'Nothing matches these filters' }).or(app.getByRole('heading', { name: 'Your collection is empty' }))).toBeVisible();
  await app.getByLabel('Show').selectOption('left');
  await expect(app.getByRole('listitem', { name: 'Kelly 25' })).toContainText('Sold');
});

test('from the sample journal: the trips’ wishes are on the standing list; a new wish bought joins the collection', async ({ harness, page }) => {
  seedSample(harness.journal);
  await page.goto(`${harness.url}#/wishlist`);
  // The sample trip's wishes, each naming the trip that carries it.
  await expect(page.getByRole('list', { name: 'Wishes' }).getByRole('listitem').first()).toContainText('On the wishlist of');
  await addAndBuy(page, () => page.getByRole('button', { name: 'New wish' }).click(), 'Birkin', '30');

  await page.getByRole('link', { name: 'My collection' }).click();
  await page.getByRole('button', { name: 'List' }).click();
  const table = page.getByRole('table', { name: 'Collection' });
  await expect(table.getByRole('row', { name: /Birkin 30/ })).toContainText('€10,400.00');
  // A bag from the sample's purchases is there once, as its purchase line.
  const rows = await table.getByRole('row').count();
  expect(rows).toBeGreaterThan(2);
});
