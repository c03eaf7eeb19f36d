import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Typing amounts as people do: an amount that reads two ways is asked back (nothing is saved
 * until it is answered, and one click answers it), one past the cap is called too large, and
 * "1 250,50 €" or "98 000 ¥" are read without fuss.
 */

let loads = 0;
async function open(page: Page, url: string, hash: string) {
  await page.goto(`${url}?load=${++loads}${hash}`);
}

async function newReceipt(app: Page, url: string, description: string): Promise<Locator> {
  await open(app, url, '#/purchases');
  // The button, not the "n" key: a key pressed before the screen has mounted goes nowhere.
  await app.getByRole('button', { name: 'New receipt' }).click();
  const dialog = app.getByRole('dialog', { name: 'New receipt' });
  await dialog.getByLabel('Boutique').selectOption({ label: 'Faubourg Saint-Honoré' });
  await dialog.getByLabel('Item 1 description').fill(description);
  return dialog;
}

const items = (harness: { journal: { sqlite: { prepare: (s: string) => { all: () => unknown[] } } } }) =>
  harness.journal.sqlite.prepare('SELECT i.description, i.price_minor, p.currency FROM purchase_items i JOIN purchases p ON p.id = i.purchase_id ORDER BY i.id').all();

test('"12.345" as a price is asked back; nothing is saved until answered; one click saves €12,345.00', async ({ app, harness }) => {
  const dialog = await newReceipt(app, harness.url, 'Evelyne 29 Clemence');
  const price = dialog.getByLabel('Item 1 price');
  await price.fill('12.345');
  // Asked as the person types, as a question (a status), not yet as an error.
  const question = dialog.getByRole('status').filter({ hasText: 'Did you mean' });
  await expect(question).toBeVisible();
  await expect(question).toHaveText('Did you mean €12,345.00 or €12.35?');
  // The running total does not guess either.
  await expect(dialog).toContainText('1 price to check');
  await expect(dialog.getByTestId('receipt-total')).toHaveText('€0.00');

  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(dialog).toBeVisible();
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert').filter({ hasText: 'Did you mean €12,345.00 or €12.35?' })).toBeVisible();
  expect(items(harness)).toEqual([]);

  await dialog.getByRole('button', { name: '€12,345.00' }).click();
  await expect(price).toHaveValue('12345.00');
  await expect(price).toBeFocused();
  await expect(question).toBeHidden();
  await expect(dialog.getByTestId('receipt-total')).toHaveText('€12,345.00');
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(app.getByRole('heading', { name: 'Evelyne 29 Clemence', level: 1 })).toBeVisible();
  expect(items(harness)).toEqual([{ description: 'Evelyne 29 Clemence', price_minor: 1234500, currency: 'EUR' }]);

  await open(app, harness.url, '#/purchases');
  await expect(app.getByRole('row', { name: /Evelyne 29 Clemence/ })).toContainText('€12,345.00');
  await expect(app.getByTestId('table-total-EUR')).toHaveText('€12,345.00');
});

test('the other reading is one click too: "12.345" answered as €12.35', async ({ app, harness }) => {
  const dialog = await newReceipt(app, harness.url, 'Twilly');
  await dialog.getByLabel('Item 1 price').fill('12.345');
  await dialog.getByRole('button', { name: '€12.35' }).click();
  await expect(dialog.getByLabel('Item 1 price')).toHaveValue('12.35');
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(app.getByRole('heading', { name: 'Twilly', level: 1 })).toBeVisible();
  expect(items(harness)).toEqual([{ description: 'Twilly', price_minor: 1235, currency: 'EUR' }]);
});

test('an amount past the cap is called too large in words, and nothing is saved', async ({ app, harness }) => {
  const dialog = await newReceipt(app, harness.url, 'Birkin 25');
  await dialog.getByLabel('Item 1 price').fill('10000000000000000');
  const sentence = 'That is more than €100,000,000,000.00; check the number of zeros.';
  await expect(dialog.getByText(sentence)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(dialog.getByText(sentence)).toBeVisible();
  await expect(dialog.getByLabel('Item 1 price')).toHaveAttribute('aria-invalid', 'true');
  expect(items(harness)).toEqual([]);
});

test('"1 250,50 €" saves €1,250.50 and "98 000 ¥" saves ¥98,000', async ({ app, harness }) => {
  let dialog = await newReceipt(app, harness.url, 'Garden Party 36');
  await dialog.getByLabel('Item 1 price').fill('1 250,50 €');
  await expect(dialog.getByText('Reads as €1,250.50')).toBeVisible();
  await expect(dialog.getByTestId('receipt-total')).toHaveText('€1,250.50');
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(app.getByRole('heading', { name: 'Garden Party 36', level: 1 })).toBeVisible();

  dialog = await newReceipt(app, harness.url, 'Picotin 18');
  await dialog.getByLabel('Currency').selectOption('JPY');
  await dialog.getByLabel('Item 1 price').fill('98 000 ¥');
  await expect(dialog.getByText('Reads as ¥98,000')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(app.getByRole('heading', { name: 'Picotin 18', level: 1 })).toBeVisible();

  expect(items(harness)).toEqual([
    { description: 'Garden Party 36', price_minor: 125050, currency: 'EUR' },
    { description: 'Picotin 18', price_minor: 98000, currency: 'JPY' },
  ]);
  await open(app, harness.url, '#/purchases');
  await expect(app.getByRole('row', { name: /Garden Party 36/ })).toContainText('€1,250.50');
  await expect(app.getByRole('row', { name: /Picotin 18/ })).toContainText('¥98,000');
});

test('a price in another currency’s sign is refused in words', async ({ app, harness }) => {
  const dialog = await newReceipt(app, harness.url, 'Carré 90');
  await dialog.getByLabel('Item 1 price').fill('$550');
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(dialog.getByText('“$” is not EUR: type the amount in EUR, or change the currency.')).toBeVisible();
  expect(items(harness)).toEqual([]);
});
